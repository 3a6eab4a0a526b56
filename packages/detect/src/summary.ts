// A rule set in numbers, for `vigil-collector rules check` and the loader test: what loaded, per
// logsource, and what was left out grouped by the unsupported feature.
import type { RuleSet } from './loader.js';

export interface RuleSetSummary {
  files: number;
  documents: number;
  detections: number;
  correlations: number;
  /** Rule documents left out (documents minus loaded rules). */
  leftOut: number;
  byLogsource: Record<string, number>;
  byFeature: Record<string, number>;
}

export function summarizeRuleSet(set: RuleSet): RuleSetSummary {
  const byLogsource: Record<string, number> = {};
  for (const d of set.detections) byLogsource[d.bucket] = (byLogsource[d.bucket] ?? 0) + 1;
  const byFeature: Record<string, number> = {};
  for (const p of set.problems) byFeature[p.feature] = (byFeature[p.feature] ?? 0) + 1;
  const loaded = set.detections.length + set.correlations.length;
  return {
    files: set.files,
    documents: set.documents,
    detections: set.detections.length,
    correlations: set.correlations.length,
    leftOut: Math.max(0, set.documents - loaded),
    byLogsource,
    byFeature,
  };
}
