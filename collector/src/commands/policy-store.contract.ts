// The PolicyStore contract: response policies created, replaced (author and creation kept), listed oldest
// first and removed. policy-store.sqlite.test.ts runs it against SQLite; a server database's store runs it too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyRow, PolicyStore } from './types.js';

const policy = (over: Partial<PolicyRow> = {}): PolicyRow => ({
  id: 'p1',
  name: 'kill miners',
  enabled: true,
  mode: 'auto',
  ruleId: 'r1',
  minSeverity: null,
  action: 'kill_process',
  paramsJson: '{"pid":"$pid"}',
  dryRun: false,
  createdBy: 'alice',
  createdAtMs: 1000,
  ...over,
});

export function describePolicyStoreContract(implName: string, open: () => { store: PolicyStore; close(): void }): void {
  describe(`PolicyStore contract: ${implName}`, () => {
    let store: PolicyStore;
    let opened: ReturnType<typeof open> | undefined;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened?.close());

    it('holds nothing until a policy is created, then keeps every field', () => {
      expect(store.list()).toEqual([]);
      store.upsert(policy());
      store.upsert(policy({ id: 'p2', enabled: false, mode: 'approve', ruleId: null, minSeverity: 'high', dryRun: true, createdAtMs: 500 }));
      expect(store.list()).toEqual([
        policy({ id: 'p2', enabled: false, mode: 'approve', ruleId: null, minSeverity: 'high', dryRun: true, createdAtMs: 500 }),
        policy(),
      ]);
    });

    it('replaces a policy by id, keeping who created it and when', () => {
      store.upsert(policy());
      store.upsert(
        policy({
          name: 'isolate miners',
          enabled: false,
          mode: 'approve',
          ruleId: null,
          minSeverity: 'critical',
          action: 'isolate',
          paramsJson: '{}',
          dryRun: true,
          createdBy: 'mallory',
          createdAtMs: 9,
        }),
      );
      expect(store.list()).toEqual([
        policy({
          name: 'isolate miners',
          enabled: false,
          mode: 'approve',
          ruleId: null,
          minSeverity: 'critical',
          action: 'isolate',
          paramsJson: '{}',
          dryRun: true,
        }),
      ]);
    });

    it('refuses a mode other than auto or approve', () => {
      expect(() => store.upsert(policy({ mode: 'always' as PolicyRow['mode'] }))).toThrow();
      expect(store.list()).toEqual([]);
    });

    it('removes a policy by id, and says whether there was one', () => {
      store.upsert(policy());
      store.upsert(policy({ id: 'p2', createdAtMs: 2000 }));
      expect(store.remove('p1')).toBe(true);
      expect(store.remove('p1')).toBe(false);
      expect(store.list().map((p) => p.id)).toEqual(['p2']);
    });
  });
}
