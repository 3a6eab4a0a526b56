// The SuppressionStore contract: what a suppression covers (a host, a field value, or both, until expiry or
// removal), that every muted match is counted per host and group with its last event, and that removed and
// expired suppressions stay listed with their counts. suppression-store.sqlite.test.ts runs it against SQLite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SuppressionMatch, SuppressionStore } from './types.js';

const T = 1_700_000_000_000;
const none = () => undefined;

const muted = (over: Partial<SuppressionMatch> = {}): SuppressionMatch => ({
  agentId: 'a1',
  group: { user: 'root' },
  groupKey: 'root',
  count: 1,
  firstMs: T,
  lastMs: T,
  eventIds: ['e1'],
  ...over,
});

export function describeSuppressionStoreContract(implName: string, open: () => { store: SuppressionStore; close(): void }): void {
  describe(`SuppressionStore contract: ${implName}`, () => {
    let store: SuppressionStore;
    let opened: ReturnType<typeof open> | undefined;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened?.close());

    it('adds a suppression with who, why and expiry, and refuses one that covers nothing or a field without a value', () => {
      const s = store.add({ ruleId: 'r1', agentId: 'a1', reason: 'noisy backup job', createdBy: 'alice', expiresAtMs: T + 1000 }, T);
      expect(s).toEqual({
        id: s.id,
        ruleId: 'r1',
        agentId: 'a1',
        field: null,
        value: null,
        reason: 'noisy backup job',
        createdBy: 'alice',
        createdAtMs: T,
        expiresAtMs: T + 1000,
        removedBy: null,
        removedAtMs: null,
        hits: 0,
        lastHitMs: null,
      });
      expect(store.get(s.id)).toEqual(s);
      expect(store.get('nope')).toBeUndefined();
      expect(() => store.add({ ruleId: 'r1', reason: 'x', createdBy: 'alice' }, T)).toThrow();
      expect(() => store.add({ ruleId: 'r1', field: 'user', reason: 'x', createdBy: 'alice' }, T)).toThrow();
      expect(() => store.add({ ruleId: 'r1', agentId: 'a1', value: 'root', reason: 'x', createdBy: 'alice' }, T)).toThrow();
      expect(store.list()).toHaveLength(1);
    });

    it('finds the suppression covering a match by rule, host, field value (any case) and expiry', () => {
      const host = store.add({ ruleId: 'r1', agentId: 'a1', reason: 'host', createdBy: 'alice', expiresAtMs: T + 1000 }, T);
      const value = store.add({ ruleId: 'r2', field: 'user', value: 'Backup', reason: 'value', createdBy: 'alice' }, T);
      const both = store.add({ ruleId: 'r3', agentId: 'a2', field: 'user', value: 'root', reason: 'both', createdBy: 'alice' }, T);
      const user = (u: string) => (field: string) => (field === 'user' ? u : undefined);
      expect(store.find('r1', 'a1', none, T + 999)?.id).toBe(host.id);
      expect(store.find('r1', 'a1', none, T + 1000)).toBeUndefined(); // expired
      expect(store.find('r1', 'a2', none, T)).toBeUndefined();
      expect(store.find('r2', 'any-host', user('backup'), T)?.id).toBe(value.id);
      expect(store.find('r2', 'any-host', user('root'), T)).toBeUndefined();
      expect(store.find('r2', 'any-host', none, T)).toBeUndefined();
      expect(store.find('r3', 'a2', user('ROOT'), T)?.id).toBe(both.id);
      expect(store.find('r3', 'a1', user('root'), T)).toBeUndefined();
      expect(store.find('r4', 'a1', none, T)).toBeUndefined();
    });

    it('stops applying once removed, and keeps the removed one listed with who removed it', () => {
      const s = store.add({ ruleId: 'r1', agentId: 'a1', reason: 'x', createdBy: 'alice' }, T);
      expect(store.remove(s.id, 'bob', T + 5)).toMatchObject({ id: s.id, removedBy: 'bob', removedAtMs: T + 5 });
      expect(store.find('r1', 'a1', none, T + 6)).toBeUndefined();
      // removing twice keeps the first removal
      expect(store.remove(s.id, 'carol', T + 9)).toMatchObject({ removedBy: 'bob', removedAtMs: T + 5 });
      expect(store.remove('nope', 'bob', T)).toBeUndefined();
      expect(store.list().map((x) => x.id)).toEqual([s.id]);
    });

    it('counts every muted match per host and group, with the latest event, so nothing is silently lost', () => {
      const s = store.add({ ruleId: 'r1', field: 'user', value: 'root', reason: 'x', createdBy: 'alice' }, T);
      const found = () => store.find('r1', 'a1', () => 'root', T)!;
      store.count(found(), muted({ count: 2, firstMs: T + 10, lastMs: T + 20, eventIds: ['e1', 'e2'] }));
      store.count(found(), muted({ count: 3, firstMs: T + 5, lastMs: T + 30, eventIds: ['e3'] }));
      store.count(found(), muted({ agentId: 'a2', count: 1, firstMs: T + 40, lastMs: T + 40, eventIds: ['e9'] }));
      store.count(found(), muted({ groupKey: 'root|sshd', group: { user: 'root', exe: 'sshd' }, count: 1, firstMs: T + 1, lastMs: T + 1, eventIds: [] }));
      expect(store.get(s.id)).toMatchObject({ hits: 7, lastHitMs: T + 40 });
      expect(found().hits).toBe(7);
      expect(store.hits(s.id)).toEqual([
        { agentId: 'a2', group: { user: 'root' }, count: 1, firstSeenMs: T + 40, lastSeenMs: T + 40, lastEventId: 'e9' },
        { agentId: 'a1', group: { user: 'root' }, count: 5, firstSeenMs: T + 5, lastSeenMs: T + 30, lastEventId: 'e3' },
        { agentId: 'a1', group: { user: 'root', exe: 'sshd' }, count: 1, firstSeenMs: T + 1, lastSeenMs: T + 1, lastEventId: '' },
      ]);
      expect(store.hits('nope')).toEqual([]);
    });

    it('lists newest first, for one rule or all, expired and removed ones included', () => {
      const a = store.add({ ruleId: 'r1', agentId: 'a1', reason: 'a', createdBy: 'alice', expiresAtMs: T + 1 }, T);
      const b = store.add({ ruleId: 'r2', agentId: 'a1', reason: 'b', createdBy: 'alice' }, T + 10);
      const c = store.add({ ruleId: 'r1', agentId: 'a2', reason: 'c', createdBy: 'alice' }, T + 20);
      store.remove(c.id, 'bob', T + 30);
      expect(store.list().map((s) => s.id)).toEqual([c.id, b.id, a.id]);
      expect(store.list('r1').map((s) => s.id)).toEqual([c.id, a.id]);
      expect(store.list('r9')).toEqual([]);
    });
  });
}
