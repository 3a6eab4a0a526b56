import { describe, expect, it } from 'vitest';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { vigil } from '@vigil/proto';
import { verifySignedCommand } from './verify.js';

describe('verifySignedCommand', () => {
  const keys = generateEd25519();
  const opts = { commandPublicKey: keys.publicKey, agentId: 'a1', nowMs: 1_000_000, maxPayloadBytes: 65536, maxClockSkewMs: 60_000, maxLifetimeMs: 86_400_000 };
  const make = (over: Partial<vigil.v1.ICommand> = {}, key = keys.privateKeyPem) => {
    const payload = vigil.v1.Command.encode({
      commandId: 'c1',
      agentId: 'a1',
      issuedAtMs: 999_000,
      expiresAtMs: 1_100_000,
      nonce: Buffer.alloc(16, 7),
      release: {},
      ...over,
    }).finish();
    return { payload, signature: signEd25519(key, payload) };
  };
  it('accepts a good command', () => expect(verifySignedCommand(make(), opts).commandId).toBe('c1'));
  it.each([
    ['bad signature', () => make({}, generateEd25519().privateKeyPem), 'VIGIL_ERR_COMMAND_BAD_SIGNATURE'],
    ['other agent', () => make({ agentId: 'a2' }), 'VIGIL_ERR_COMMAND_WRONG_AGENT'],
    ['expired', () => make({ expiresAtMs: 999_999 }), 'VIGIL_ERR_COMMAND_EXPIRED'],
    ['future', () => make({ issuedAtMs: 2_000_000, expiresAtMs: 2_100_000 }), 'VIGIL_ERR_COMMAND_NOT_YET_VALID'],
    ['short nonce', () => make({ nonce: Buffer.alloc(4) }), 'VIGIL_ERR_COMMAND_MALFORMED'],
  ])('refuses %s', (_n, build, code) => {
    expect(() => verifySignedCommand(build(), opts)).toThrow(expect.objectContaining({ code }));
  });
  it('refuses when no key is pinned', () => {
    expect(() => verifySignedCommand(make(), { ...opts, commandPublicKey: undefined })).toThrow(expect.objectContaining({ code: 'VIGIL_ERR_COMMAND_NO_KEY' }));
  });
});
