import { describe, expect, it } from 'vitest';
import { checkToken, hashToken, newToken, newTokenId } from './tokens.js';

describe('token secrets', () => {
  it('hashes deterministically, differently per token, and never returns the token', () => {
    const t = newToken();
    expect(t).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(hashToken(t)).not.toBe(hashToken(newToken()));
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t.slice(4));
    expect(newTokenId()).toMatch(/^[0-9a-f]{12}$/);
  });

  it('checks expiry and uses', () => {
    const rec = { id: 'x', hash: hashToken('vgt_a'), createdAtMs: 0, expiresAtMs: 100, maxUses: 1, uses: 0 };
    expect(checkToken(rec, 50).ok).toBe(true);
    expect(checkToken(rec, 100)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
    expect(checkToken({ ...rec, uses: 1 }, 50)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
    expect(checkToken(undefined, 50)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' });
  });
});
