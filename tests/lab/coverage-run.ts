// Runs every technique's procedures and benign twin in the lab, one at a time, and measures each: did
// an alert tagged with the technique take an event from the procedure's own run, how long after the
// procedure started did the alert show in the collector's database, which rules; and did the benign twin
// stay free of high and critical alerts. Attribution is by event time: each run has its window.
import { TechniqueLab, severityRank, type AlertHit } from './technique-lab.js';
import type { Procedure, Technique } from './procedures/types.js';

/** A procedure must raise its alert within this long of starting. */
export const DETECT_WITHIN_MS = 5000;
/** How long a benign twin's window stays open for late alerts. */
const BENIGN_SETTLE_MS = 2500;
const POLL_MS = 100;
/** Pause between runs (procedures, and the twin after them), so one run's late evidence is not attributed to the next. */
const QUIET_GAP_MS = 1000;

export interface ProcedureResult {
  name: string;
  code: number;
  detected: boolean;
  delayMs?: number;
  /** The rules that fired, as `<id> <title>`. */
  rules: string[];
  output: string;
}

export interface TechniqueResult {
  technique: Technique;
  procedures: ProcedureResult[];
  benign: { name: string; code: number; clean: boolean; highAlerts: string[]; output: string };
}

const tagged = (h: AlertHit, id: string) => h.attack.includes(id.toUpperCase());

async function runProcedure(lab: TechniqueLab, techniqueId: string, p: Procedure): Promise<ProcedureResult> {
  const r = await lab.exec(p.script, p.user);
  let hits: AlertHit[];
  let seenAt = 0;
  for (;;) {
    hits = lab.hits(r.t0 - 50, r.t1 + 50).filter((h) => tagged(h, techniqueId));
    if (hits.length > 0) {
      seenAt = Date.now();
      break;
    }
    if (Date.now() - r.t0 > DETECT_WITHIN_MS) break;
    await new Promise((res) => setTimeout(res, POLL_MS));
  }
  if (p.stopsAgent) await lab.restartAgent();
  return {
    name: p.name,
    code: r.code,
    detected: hits.length > 0,
    ...(hits.length > 0 ? { delayMs: seenAt - r.t0 } : {}),
    rules: [...new Set(hits.map((h) => `${h.ruleId} ${h.title}`))],
    output: r.output,
  };
}

async function runBenign(lab: TechniqueLab, p: Procedure): Promise<TechniqueResult['benign']> {
  const r = await lab.exec(p.script, p.user);
  await new Promise((res) => setTimeout(res, BENIGN_SETTLE_MS));
  const high = lab.hits(r.t0 - 50, r.t1 + 50).filter((h) => severityRank(h.severity) >= severityRank('high'));
  return { name: p.name, code: r.code, clean: high.length === 0, highAlerts: [...new Set(high.map((h) => `${h.title} (${h.severity})`))], output: r.output };
}

export async function runTechniques(lab: TechniqueLab, techniques: readonly Technique[], onResult?: (r: TechniqueResult) => void): Promise<TechniqueResult[]> {
  const out: TechniqueResult[] = [];
  for (const t of techniques) {
    const procedures: ProcedureResult[] = [];
    for (const p of t.procedures) {
      // The previous run's late evidence (file integrity judges a change after its settle time, logs are
      // tailed) carries the time it was seen: it must land before this run's window, not in it, or it
      // would count for this procedure (or against the twin). The twin's own settle covers the next technique.
      if (procedures.length > 0) await new Promise((res) => setTimeout(res, QUIET_GAP_MS));
      procedures.push(await runProcedure(lab, t.id, p));
    }
    await new Promise((res) => setTimeout(res, QUIET_GAP_MS));
    const benign = await runBenign(lab, t.benign);
    const r = { technique: t, procedures, benign };
    onResult?.(r);
    out.push(r);
  }
  return out;
}
