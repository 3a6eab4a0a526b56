// The incident phase machine: identified -> contained -> assessed -> remediated -> closed. A move goes one
// step forward; "closed" is reachable from any phase (a false alarm needs no remediation) but only with a
// review's root cause; going back (a reopened incident, a containment that failed) needs a note saying why.

export const PHASES = ['identified', 'contained', 'assessed', 'remediated', 'closed'] as const;
export type Phase = (typeof PHASES)[number];

export type PhaseCheck = { ok: true; backwards: boolean } | { ok: false; reason: string };

export function phaseIndex(p: Phase): number {
  return PHASES.indexOf(p);
}

/** Whether `from` may move to `to`; pure, so the page can grey out buttons with the same rule. */
export function checkPhaseMove(from: Phase, to: Phase, ctx: { note: string; hasReview: boolean }): PhaseCheck {
  const a = phaseIndex(from);
  const b = phaseIndex(to);
  if (a === b) return { ok: false, reason: `the incident is already ${to}` };
  if (b < a) {
    if (!ctx.note.trim()) return { ok: false, reason: `moving back from ${from} to ${to} needs a note saying why` };
    return { ok: true, backwards: true };
  }
  if (to === 'closed') {
    if (!ctx.hasReview) return { ok: false, reason: 'closing needs a post-incident review with a root cause' };
    return { ok: true, backwards: false };
  }
  if (b !== a + 1) return { ok: false, reason: `${from} moves to ${PHASES[a + 1]} next, not ${to}` };
  return { ok: true, backwards: false };
}

/** The phases a responder may pick next from `from` (forward step, close, or any earlier phase). */
export function nextPhases(from: Phase): Phase[] {
  const a = phaseIndex(from);
  const out = new Set<Phase>();
  if (a + 1 < PHASES.length) out.add(PHASES[a + 1]!);
  if (from !== 'closed') out.add('closed');
  for (let i = 0; i < a; i++) out.add(PHASES[i]!);
  return [...out];
}
