import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { LowdbStateStore, hashToken, checkToken, newToken } from './state.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-state-'));
  file = join(dir, 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('token hashing', () => {
  it('hashes deterministically, differently per token, and never returns the token', () => {
    const t = newToken();
    expect(t).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(hashToken(t)).not.toBe(hashToken(newToken()));
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t.slice(4));
  });

  it('checks expiry and uses', () => {
    const rec = { id: 'x', hash: hashToken('vgt_a'), createdAtMs: 0, expiresAtMs: 100, maxUses: 1, uses: 0 };
    expect(checkToken([rec], 'vgt_a', 50).ok).toBe(true);
    expect(checkToken([rec], 'vgt_a', 100)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
    expect(checkToken([{ ...rec, uses: 1 }], 'vgt_a', 50)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
    expect(checkToken([rec], 'vgt_b', 50)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' });
  });
});

describe('LowdbStateStore', () => {
  it('spends a token use only when asked, and gives it back when the step after it fails', () => {
    const s = new LowdbStateStore(file);
    const { token, record } = s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    const uses = () => (JSON.parse(readFileSync(file, 'utf8')) as { tokens: Array<{ uses: number }> }).tokens[0]!.uses;
    expect(s.useToken(token, 1, (t) => t.id)).toEqual({ ok: true, value: record.id });
    expect(uses()).toBe(0);
    expect(() =>
      s.useToken(token, 1, (_t, spend) => {
        spend();
        expect(uses()).toBe(1);
        throw new Error('agent commit failed');
      }),
    ).toThrow('agent commit failed');
    expect(uses()).toBe(0);
    expect(s.listTokens()[0]!.uses).toBe(0);
    expect(s.useToken(token, 1, (_t, spend) => spend())).toEqual({ ok: true, value: undefined });
    expect(uses()).toBe(1);
    expect(s.useToken(token, 1, () => 'never')).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
    expect(s.useToken('vgt_nope', 1, () => 'never')).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' });
    expect(s.useToken(s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 }).token, 60_000, () => 'never')).toEqual({
      ok: false,
      code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED',
    });
  });

  it("hands an old file's agents list over once, removing it only after the importer returned", () => {
    writeFileSync(file, JSON.stringify({ version: 1, agents: [{ id: 'a1' }], tokens: [], settings: { x: 1 }, users: ['u1'] }));
    const s = new LowdbStateStore(file);
    expect(() =>
      s.takeLegacyAgents(() => {
        throw new Error('import failed');
      }),
    ).toThrow('import failed');
    expect(JSON.parse(readFileSync(file, 'utf8')).agents).toEqual([{ id: 'a1' }]);
    expect(s.takeLegacyAgents((entries) => entries.length)).toBe(1);
    const after = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect('agents' in after).toBe(false);
    expect(after.settings).toEqual({ x: 1 });
    expect(after.users).toEqual(['u1']);
    expect(s.takeLegacyAgents(() => 'again')).toBeUndefined();
    expect(() => s.mutateCollection('agents', () => [])).toThrow();
  });
});

describe('state file', () => {
  it('is written 0600, since it holds password and token hashes', () => {
    const store = new LowdbStateStore(file);
    store.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 1000 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).tokens).toHaveLength(1);
  });
});
