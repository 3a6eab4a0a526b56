// A rule set in numbers, for `vigil-collector rules check` and the loader test: what loaded, per
// logsource, and what was left out grouped by the unsupported feature.
import type { RuleSet } from './loader.js';
import { CATEGORY_KIND } from './taxonomy/kinds.js';
import { knownFields } from './taxonomy/fields.js';

/** A rule that loads and runs but reads a field Vigil's events of that logsource never carry. */
export interface FieldNote {
  file: string;
  line: number;
  rule: string;
  logsource: string;
  fields: string[];
}

/** Rules reading fields that Vigil never sets for their category (they evaluate, but those selections cannot match). */
export function unavailableFields(set: RuleSet): FieldNote[] {
  const out: FieldNote[] = [];
  for (const d of set.detections) {
    const kind = CATEGORY_KIND[d.bucket];
    if (!kind) continue; // log services expose whatever their parser extracts
    const known = new Set(knownFields(kind));
    const missing = d.fields.filter((f) => !known.has(f));
    if (missing.length) out.push({ file: d.info.file, line: d.info.line, rule: d.info.title, logsource: d.bucket, fields: missing });
  }
  return out;
}

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
