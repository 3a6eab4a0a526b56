// Whether the agent may take up the command key a collector presents in place of the one it pins: only at the
// end of a chain of rotations that starts at the pinned key, each signed by the key it retires. A stolen
// retired key can sign a rotation too, but an agent that took up its successor never follows it again.
import { verifyEd25519 } from '@vigil/crypto';
import { commandKeyId, rotationSigningBytes, u64ToNumber, vigil } from '@vigil/proto';

function safeTime(v: vigil.v1.IKeyRotation['rotatedAtMs']): number | undefined {
  try {
    return u64ToNumber(v ?? 0);
  } catch {
    return undefined;
  }
}

export type RotationVerdict = { ok: true; path: string[] } | { ok: false; reason: string };

/** The key ids from `pinned` to `presented` (both included) if the rotations lead there; else why not. */
export function followRotations(pinned: Uint8Array, presented: Uint8Array, rotations: readonly vigil.v1.IKeyRotation[], maxRotations: number): RotationVerdict {
  const path = [commandKeyId(pinned)];
  if (Buffer.from(pinned).equals(presented)) return { ok: true, path };
  if (rotations.length === 0)
    return {
      ok: false,
      reason: `the collector does not hold the command key pinned at enrollment or rotated to (${path[0]}): it presents ${commandKeyId(presented)}, and no rotation to it`,
    };
  if (rotations.length > maxRotations)
    return { ok: false, reason: `${rotations.length} key rotations exceed link.maxKeyRotations (${maxRotations}): enroll the agent again` };
  let current = Buffer.from(pinned);
  let after = 0;
  for (const [i, r] of rotations.entries()) {
    const from = r.fromKey ?? new Uint8Array();
    const to = r.toKey ?? new Uint8Array();
    const at = safeTime(r.rotatedAtMs);
    if (to.byteLength !== 32 || r.signature?.byteLength !== 64 || at === undefined) return { ok: false, reason: `key rotation ${i + 1} is malformed` };
    if (!current.equals(from)) return { ok: false, reason: `key rotation ${i + 1} does not start at key ${commandKeyId(current)}` };
    if (at < after) return { ok: false, reason: `key rotation ${i + 1} is dated before the one it follows` };
    if (!verifyEd25519(current, rotationSigningBytes(current, to, at), r.signature))
      return { ok: false, reason: `key rotation ${i + 1} is not signed by key ${commandKeyId(current)}` };
    current = Buffer.from(to);
    after = at;
    path.push(commandKeyId(current));
  }
  if (!current.equals(presented))
    return { ok: false, reason: `the key rotations end at ${commandKeyId(current)}, not at the presented key ${commandKeyId(presented)}` };
  return { ok: true, path };
}
