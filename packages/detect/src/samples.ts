// Runs each rule against the sample events it carries (vigil.samples.match / nomatch), so every
// rule in the pack is tested as data: a rule without a passing positive and negative sample fails.
import { vigil } from '@vigil/proto';
import { DetectionEngine, type RuleMatch } from './engine.js';
import type { RuleSet } from './loader.js';
import { parseDuration, type RuleInfo } from './sigma/rule.js';
import type { DetectInput } from './taxonomy/context.js';

export interface SampleResult {
  rule: RuleInfo;
  expect: 'match' | 'nomatch';
  index: number;
  /** Matches of this rule produced by the sample. */
  matches: number;
  ok: boolean;
  error?: string;
}

const SAMPLE_BASE_MS = Date.UTC(2025, 0, 1);

/** A sample written in the proto's JSON shape (camelCase payload), made into a real vigil.v1.Event. */
export function sampleEvent(obj: Record<string, unknown>, id: string, timeMs: number, agentId = 'sample-agent'): DetectInput {
  const { id: _id, agentId: _agent, timeNs: _t, seq: _s, ...payload } = obj;
  const event = vigil.v1.Event.fromObject({ ...payload, id, agentId, timeNs: String(BigInt(timeMs) * 1_000_000n), seq: 1 });
  return { id, agentId, timeMs, event };
}

interface Step {
  event: Record<string, unknown>;
  repeat: number;
  everyMs: number;
  afterMs: number;
}

function steps(sample: unknown): Step[] {
  if (!sample || typeof sample !== 'object' || Array.isArray(sample)) throw new Error('a sample must be an event map or {sequence: [...]}');
  const s = sample as Record<string, unknown>;
  if (!('sequence' in s)) return [{ event: s, repeat: 1, everyMs: 0, afterMs: 0 }];
  if (!Array.isArray(s.sequence)) throw new Error('sequence must be a list');
  return s.sequence.map((raw) => {
    const st = raw as Record<string, unknown>;
    if (!st || typeof st.event !== 'object') throw new Error('each sequence step needs an event');
    const every = st.every === undefined ? 1000 : parseDuration(st.every);
    const after = st.after === undefined ? 0 : parseDuration(st.after);
    if (every === undefined || after === undefined) throw new Error('every/after must be durations like 5s');
    return { event: st.event as Record<string, unknown>, repeat: typeof st.repeat === 'number' ? st.repeat : 1, everyMs: every, afterMs: after };
  });
}

/** Evaluate every rule's samples against a fresh engine over the whole set (correlations need their base rules). */
export function runRuleSamples(set: RuleSet): SampleResult[] {
  const results: SampleResult[] = [];
  const infos = [...set.detections.map((d) => d.info), ...set.correlations.map((c) => c.info)];
  for (const info of infos) {
    const samples = (info.samples ?? {}) as Record<string, unknown>;
    for (const expect of ['match', 'nomatch'] as const) {
      const list = samples[expect];
      if (list === undefined) continue;
      (Array.isArray(list) ? list : [list]).forEach((sample, index) => {
        const engine = new DetectionEngine(set, { emitReferenced: true });
        let matches = 0;
        const onMatch = (m: RuleMatch): void => {
          if (m.rule === info) matches++;
        };
        try {
          let t = SAMPLE_BASE_MS;
          let n = 0;
          for (const st of steps(sample)) {
            t += st.afterMs;
            for (let r = 0; r < st.repeat; r++) {
              if (r > 0) t += st.everyMs;
              engine.evaluate(sampleEvent(st.event, `${info.id}-${expect}-${index}-${n++}`, t), onMatch);
            }
          }
          results.push({ rule: info, expect, index, matches, ok: expect === 'match' ? matches > 0 : matches === 0 });
        } catch (err) {
          results.push({ rule: info, expect, index, matches, ok: false, error: (err as Error).message });
        }
      });
    }
  }
  return results;
}
