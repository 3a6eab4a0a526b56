// The one bound on per-agent event sequences, shared by agent and collector. Sequences travel as uint64
// but both sides hold them as JS numbers: past 2^53 `x + 1 === x`, so a forged sequence near that edge
// would freeze the stream for good. Both sides refuse anything above MAX_SEQUENCE (2^52: 142 years at
// a million events a second), leaving headroom so arithmetic on a valid sequence stays exact.
export const MAX_SEQUENCE = 2 ** 52;

/** True for a sequence number either side may hold: an integer in 0..MAX_SEQUENCE. */
export function isValidSequence(seq: number): boolean {
  return Number.isSafeInteger(seq) && seq >= 0 && seq <= MAX_SEQUENCE;
}
