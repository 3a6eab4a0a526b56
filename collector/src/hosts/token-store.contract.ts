// The TokenStore contract: what every implementation of the enrollment-token table must do (the secret
// returned once and only its hash kept, listing in creation order, coded refusals that write nothing, one
// use spent per enrollment that returned and none for one that threw, the retry answer that spends
// nothing, the import of an old state file's tokens). token-store.sqlite.test.ts runs it against SQLite;
// a server database's implementation runs the same suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from './tokens.js';
import type { TokenRecord, TokenStore } from './types.js';

const legacy = (over: Partial<TokenRecord> = {}): TokenRecord => ({
  id: 'old-1',
  hash: hashToken('vgt_old-1'),
  createdAtMs: 10,
  expiresAtMs: 10_000,
  maxUses: 2,
  uses: 1,
  note: 'web tier',
  ...over,
});

export function describeTokenStoreContract(implName: string, open: () => { store: TokenStore; close(): void }): void {
  describe(`TokenStore contract: ${implName}`, () => {
    let store: TokenStore;
    let close: () => void;
    beforeEach(() => {
      const opened = open();
      store = opened.store;
      close = () => opened.close();
    });
    afterEach(() => close());
    const uses = () => store.list().map((t) => t.uses);

    it('returns the secret once and keeps only its hash, with expiry, uses and note, in creation order', () => {
      const a = store.create({ ttlSeconds: 60, maxUses: 3, nowMs: 1000, note: 'web tier' });
      const b = store.create({ ttlSeconds: 1, maxUses: 1, nowMs: 2000 });
      expect(a.token).toMatch(/^vgt_/);
      expect(a.token).not.toBe(b.token);
      expect(a.record).toEqual({ id: a.record.id, hash: hashToken(a.token), createdAtMs: 1000, expiresAtMs: 61_000, maxUses: 3, uses: 0, note: 'web tier' });
      expect(b.record.note).toBeUndefined();
      expect(store.list()).toEqual([a.record, b.record]);
      expect(JSON.stringify(store.list())).not.toContain(a.token.slice(4));
    });

    it('refuses unknown, expired and used-up tokens with their codes, without running the enrollment or writing', () => {
      const { token } = store.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
      const never = { enroll: () => expect.fail('enroll must not run') };
      expect(store.useToken('vgt_nope', 1, never)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' });
      expect(store.useToken(token, 60_000, never)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
      expect(uses()).toEqual([0]);
      expect(store.useToken(token, 59_999, { enroll: (t) => t.id })).toEqual({ ok: true, value: store.list()[0]!.id });
      expect(store.useToken(token, 1, never)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
      expect(uses()).toEqual([1]);
    });

    it('spends one use per enrollment that returned, none for one that threw, never past maxUses', () => {
      const { token, record } = store.create({ ttlSeconds: 60, maxUses: 2, nowMs: 0 });
      expect(() =>
        store.useToken(token, 1, {
          enroll: () => {
            throw new Error('agent write failed');
          },
        }),
      ).toThrow('agent write failed');
      expect(uses()).toEqual([0]);
      const seen: TokenRecord[] = [];
      expect(store.useToken(token, 1, { enroll: (t) => (seen.push(t), 'a1') })).toEqual({ ok: true, value: 'a1' });
      expect(store.useToken(token, 1, { enroll: (t) => (seen.push(t), 'a2') })).toEqual({ ok: true, value: 'a2' });
      // the enrollment sees the token as it was before its own use
      expect(seen.map((t) => t.uses)).toEqual([0, 1]);
      expect(seen[0]!.id).toBe(record.id);
      expect(store.useToken(token, 1, { enroll: () => 'a3' })).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
      expect(uses()).toEqual([2]);
    });

    it('answers a retry before expiry and uses are checked, spending nothing; no answer falls through to enrollment', () => {
      const { token } = store.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
      const first = store.useToken(token, 1, { again: () => undefined, enroll: () => 'a1' });
      expect(first).toEqual({ ok: true, value: 'a1' });
      const retry = { again: (t: TokenRecord) => (t.uses === 1 ? 'a1 again' : undefined), enroll: () => expect.fail('enroll must not run') };
      // used up, and even expired since: the enrollment it repeats was admitted
      expect(store.useToken(token, 1, retry)).toEqual({ ok: true, value: 'a1 again' });
      expect(store.useToken(token, 60_000, retry)).toEqual({ ok: true, value: 'a1 again' });
      expect(uses()).toEqual([1]);
      // an unknown token has nothing to repeat
      expect(store.useToken('vgt_nope', 1, { again: () => expect.fail('again must not run'), enroll: () => 'x' })).toEqual({
        ok: false,
        code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN',
      });
    });

    it('imports old tokens in one transaction, in their order, keeping those already there; they enroll as before', () => {
      const mine = store.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 }).record;
      const old = [legacy(), legacy({ id: 'old-2', hash: hashToken('vgt_old-2'), maxUses: 1, uses: 0, note: undefined })];
      delete old[1]!.note;
      expect(store.importRecords(old)).toEqual({ added: 2 });
      expect(store.list()).toEqual([mine, ...old]);
      // retried import: nothing twice, nothing overwritten (a use spent meanwhile stays)
      expect(store.useToken('vgt_old-1', 100, { enroll: () => 'x' })).toEqual({ ok: true, value: 'x' });
      expect(store.importRecords(old)).toEqual({ added: 0 });
      expect(uses()).toEqual([0, 2, 0]);
      expect(store.useToken('vgt_old-1', 100, { enroll: () => 'y' })).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
      expect(store.useToken('vgt_old-2', 10_000, { enroll: () => 'y' })).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
    });
  });
}
