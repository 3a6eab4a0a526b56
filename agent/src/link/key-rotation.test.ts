import { describe, expect, it } from 'vitest';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { commandKeyId, rotationSigningBytes, type vigil } from '@vigil/proto';
import { followRotations } from './key-rotation.js';

type Key = ReturnType<typeof generateEd25519>;

function rotation(from: Key, to: Key, at: number, signer: Key = from): vigil.v1.IKeyRotation {
  return {
    fromKey: from.publicKey,
    toKey: to.publicKey,
    rotatedAtMs: at,
    signature: signEd25519(signer.privateKeyPem, rotationSigningBytes(from.publicKey, to.publicKey, at)),
  };
}

describe('followRotations', () => {
  const [k0, k1, k2, evil] = [generateEd25519(), generateEd25519(), generateEd25519(), generateEd25519()];
  const chain = [rotation(k0, k1, 1000), rotation(k1, k2, 2000)];

  it('accepts the pinned key itself, with or without rotations', () => {
    expect(followRotations(k0.publicKey, k0.publicKey, [], 8)).toEqual({ ok: true, path: [commandKeyId(k0.publicKey)] });
    expect(followRotations(k2.publicKey, k2.publicKey, chain, 8).ok).toBe(true);
  });

  it('follows two rotations from the pinned key to the presented one', () => {
    expect(followRotations(k0.publicKey, k2.publicKey, chain, 8)).toEqual({ ok: true, path: [k0, k1, k2].map((k) => commandKeyId(k.publicKey)) });
  });

  it('refuses a presented key with no rotation, or one the chain does not end at', () => {
    expect(followRotations(k0.publicKey, evil.publicKey, [], 8)).toMatchObject({ ok: false, reason: expect.stringContaining('no rotation') });
    expect(followRotations(k0.publicKey, evil.publicKey, chain, 8)).toMatchObject({ ok: false, reason: expect.stringContaining('end at') });
    expect(followRotations(k0.publicKey, k1.publicKey, chain, 8)).toMatchObject({ ok: false, reason: expect.stringContaining('end at') });
  });

  it('refuses a rotation signed by anyone but the key it retires', () => {
    const forged = [rotation(k0, evil, 1000, evil)];
    expect(followRotations(k0.publicKey, evil.publicKey, forged, 8)).toMatchObject({ ok: false, reason: expect.stringContaining('not signed by') });
    const redated = [{ ...rotation(k0, k1, 1000), rotatedAtMs: 1001 }];
    expect(followRotations(k0.publicKey, k1.publicKey, redated, 8)).toMatchObject({ ok: false, reason: expect.stringContaining('not signed by') });
  });

  it('never lets a retired key sign the way back once its successor is pinned', () => {
    // whoever stole k0 signs k0 -> evil: an agent that took up k1 does not start there
    const stolen = [rotation(k0, evil, 3000)];
    expect(followRotations(k1.publicKey, evil.publicKey, stolen, 8)).toMatchObject({ ok: false, reason: expect.stringContaining('does not start at') });
    // nor can it be smuggled in front of the real chain
    expect(followRotations(k1.publicKey, evil.publicKey, [chain[1]!, rotation(k0, evil, 3000)], 8)).toMatchObject({ ok: false });
  });

  it('refuses rotations dated backwards, malformed ones, and chains over the bound', () => {
    const backwards = [rotation(k0, k1, 2000), rotation(k1, k2, 1000)];
    expect(followRotations(k0.publicKey, k2.publicKey, backwards, 8)).toMatchObject({ ok: false, reason: expect.stringContaining('dated before') });
    expect(followRotations(k0.publicKey, k1.publicKey, [{ ...chain[0]!, toKey: new Uint8Array(31) }], 8)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('malformed'),
    });
    expect(followRotations(k0.publicKey, k1.publicKey, [{ ...chain[0]!, signature: undefined }], 8)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('malformed'),
    });
    expect(followRotations(k0.publicKey, k2.publicKey, chain, 1)).toMatchObject({ ok: false, reason: expect.stringContaining('maxKeyRotations') });
  });
});
