// The AlertStore contract: dedupe of repeats into the open alert within the window, the evidence cap, trust
// that only ever goes down, status changes with their full history, list filters with a cursor, and the counts
// host views and metrics read. alert-store.sqlite.test.ts runs it against SQLite; a server database's store
// runs the same suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertMatch, AlertStore, AlertStoreOptions } from './types.js';

/** The options `open` must build its store with: the checks below depend on them. */
export const ALERT_STORE_CONTRACT_OPTIONS: AlertStoreOptions = { dedupeWindowMs: 60_000, maxEvidencePerAlert: 3 };

const T = 1_700_000_000_000;

function match(over: Partial<AlertMatch> = {}): AlertMatch {
  return {
    ruleId: 'r1',
    ruleTitle: 'Rule one',
    ruleKind: 'detection',
    description: 'something happened',
    severity: 'high',
    tags: ['attack.t1059'],
    attack: ['T1059'],
    agentId: 'a1',
    group: { user: 'root' },
    groupKey: 'root',
    eventIds: ['e1'],
    eventTimesMs: [T],
    count: 1,
    firstMs: T,
    lastMs: T,
    ...over,
  };
}

export function describeAlertStoreContract(implName: string, open: () => { store: AlertStore; close(): void }): void {
  describe(`AlertStore contract: ${implName}`, () => {
    let store: AlertStore;
    let opened: ReturnType<typeof open> | undefined;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened?.close());

    it('opens an alert for a new match, with its fields, its evidence and a creation entry in its history', () => {
      const r = store.record(match({ eventIds: ['e1', 'e2'], eventTimesMs: [T, T + 5], count: 2, lastMs: T + 5 }), T + 10);
      expect(r.outcome).toBe('created');
      expect(r.alert).toMatchObject({
        ruleId: 'r1',
        ruleTitle: 'Rule one',
        ruleKind: 'detection',
        description: 'something happened',
        agentId: 'a1',
        severity: 'high',
        tags: ['attack.t1059'],
        attack: ['T1059'],
        group: { user: 'root' },
        groupKey: 'root',
        status: 'new',
        firstSeenMs: T,
        lastSeenMs: T + 5,
        count: 2,
        evidenceCount: 2,
        createdAtMs: T + 10,
        updatedAtMs: T + 10,
        statusBy: null,
        statusAtMs: null,
        trusted: true,
      });
      expect(store.get(r.alert.id)).toEqual(r.alert);
      expect(store.get('nope')).toBeUndefined();
      expect(store.evidence(r.alert.id)).toEqual([
        { eventId: 'e1', agentId: 'a1', timeMs: T },
        { eventId: 'e2', agentId: 'a1', timeMs: T + 5 },
      ]);
      expect(store.history(r.alert.id)).toEqual([{ atMs: T + 10, actor: 'detection', from: null, to: 'new', note: '' }]);
    });

    it('folds a repeat within the dedupe window into the open alert; outside it, or for another group, host or rule, opens another', () => {
      const first = store.record(match(), T).alert;
      const again = store.record(match({ eventIds: ['e2'], eventTimesMs: [T + 30_000], count: 4, firstMs: T + 30_000, lastMs: T + 30_000 }), T + 30_001);
      expect(again.outcome).toBe('updated');
      expect(again.alert).toMatchObject({ id: first.id, count: 5, firstSeenMs: T, lastSeenMs: T + 30_000, updatedAtMs: T + 30_001, createdAtMs: T });
      // exactly at the window's edge (first seen of the repeat minus the window = last seen) still folds
      const edge = store.record(match({ eventIds: ['e3'], firstMs: T + 90_000, lastMs: T + 90_000 }), T + 90_000);
      expect(edge).toMatchObject({ outcome: 'updated', alert: { id: first.id, count: 6, lastSeenMs: T + 90_000 } });
      // a repeat arriving late keeps the earliest first seen
      expect(store.record(match({ eventIds: ['e0'], firstMs: T - 1000, lastMs: T - 1000 }), T + 90_001).alert).toMatchObject({
        id: first.id,
        firstSeenMs: T - 1000,
        lastSeenMs: T + 90_000,
      });
      const late = store.record(match({ eventIds: ['e4'], firstMs: T + 150_001, lastMs: T + 150_001 }), T + 150_001);
      expect(late.outcome).toBe('created');
      expect(late.alert.id).not.toBe(first.id);
      expect(store.record(match({ groupKey: 'bob', group: { user: 'bob' } }), T).outcome).toBe('created');
      expect(store.record(match({ agentId: 'a2' }), T).outcome).toBe('created');
      expect(store.record(match({ ruleId: 'r2' }), T).outcome).toBe('created');
      expect(store.list({ limit: 100 })).toHaveLength(5);
    });

    it('opens a new alert for a repeat of a resolved or false-positive alert, and folds into an acknowledged one', () => {
      const a = store.record(match(), T).alert;
      store.setStatus(a.id, 'acknowledged', 'alice', '', T + 1);
      expect(store.record(match({ eventIds: ['e2'], firstMs: T + 2, lastMs: T + 2 }), T + 2).alert.id).toBe(a.id);
      store.setStatus(a.id, 'resolved', 'alice', 'fixed', T + 3);
      const b = store.record(match({ eventIds: ['e3'], firstMs: T + 4, lastMs: T + 4 }), T + 4);
      expect(b.outcome).toBe('created');
      store.setStatus(b.alert.id, 'false_positive', 'bob', '', T + 5);
      expect(store.record(match({ eventIds: ['e4'], firstMs: T + 6, lastMs: T + 6 }), T + 6).outcome).toBe('created');
    });

    it('keeps at most maxEvidencePerAlert evidence events while the count keeps growing, each event once', () => {
      const a = store.record(match({ eventIds: ['e1', 'e2'], eventTimesMs: [T, T + 1], count: 2 }), T).alert;
      expect(a.evidenceCount).toBe(2);
      // e2 again is not new evidence; e3 fills the cap; e4 and e5 are counted but not kept
      const b = store.record(match({ eventIds: ['e2', 'e3', 'e4', 'e5'], eventTimesMs: [T + 1, T + 2, T + 3, T + 4], count: 4 }), T + 5).alert;
      expect(b).toMatchObject({ id: a.id, count: 6, evidenceCount: 3 });
      expect(store.evidence(a.id).map((e) => e.eventId)).toEqual(['e1', 'e2', 'e3']);
      const c = store.record(match({ eventIds: ['e6'], count: 1 }), T + 6).alert;
      expect(c).toMatchObject({ count: 7, evidenceCount: 3 });
      // an evidence time missing from the match falls back to its last seen
      const other = store.record(match({ ruleId: 'r9', eventIds: ['x1'], eventTimesMs: [], lastMs: T + 77 }), T).alert;
      expect(store.evidence(other.id)).toEqual([{ eventId: 'x1', agentId: 'a1', timeMs: T + 77 }]);
    });

    it('marks an alert untrusted once any of its evidence is only claimed, and never trusted again', () => {
      const a = store.record(match(), T).alert;
      expect(a.trusted).toBe(true);
      expect(store.record(match({ eventIds: ['e2'], trusted: false }), T + 1).alert.trusted).toBe(false);
      expect(store.record(match({ eventIds: ['e3'], trusted: true }), T + 2).alert.trusted).toBe(false);
      expect(store.record(match({ ruleId: 'r2', trusted: false }), T).alert.trusted).toBe(false);
    });

    it('changes status with who and when, keeping every change in the history', () => {
      const a = store.record(match(), T).alert;
      const ack = store.setStatus(a.id, 'acknowledged', 'alice', 'looking', T + 100);
      expect(ack).toMatchObject({ id: a.id, status: 'acknowledged', statusBy: 'alice', statusAtMs: T + 100, updatedAtMs: T + 100 });
      // the same status again changes nothing and writes no history
      expect(store.setStatus(a.id, 'acknowledged', 'bob', 'me too', T + 150)).toMatchObject({ statusBy: 'alice', statusAtMs: T + 100 });
      store.setStatus(a.id, 'resolved', 'bob', 'patched', T + 200);
      expect(store.get(a.id)).toMatchObject({ status: 'resolved', statusBy: 'bob', statusAtMs: T + 200 });
      expect(store.history(a.id)).toEqual([
        { atMs: T, actor: 'detection', from: null, to: 'new', note: '' },
        { atMs: T + 100, actor: 'alice', from: 'new', to: 'acknowledged', note: 'looking' },
        { atMs: T + 200, actor: 'bob', from: 'acknowledged', to: 'resolved', note: 'patched' },
      ]);
      expect(store.setStatus('nope', 'resolved', 'bob', '', T)).toBeUndefined();
      expect(() => store.setStatus(a.id, 'gone' as 'new', 'bob', '', T)).toThrow();
      expect(store.history('nope')).toEqual([]);
      expect(store.evidence('nope')).toEqual([]);
    });

    it('lists newest first by last seen, filtered by status, severity, host, rule and time, with a cursor', () => {
      const made = [
        store.record(match({ ruleId: 'r1', severity: 'high', agentId: 'a1', firstMs: T + 1, lastMs: T + 1 }), T),
        store.record(match({ ruleId: 'r2', severity: 'low', agentId: 'a1', firstMs: T + 2, lastMs: T + 2 }), T),
        store.record(match({ ruleId: 'r3', severity: 'high', agentId: 'a2', firstMs: T + 3, lastMs: T + 3 }), T),
        store.record(match({ ruleId: 'r4', severity: 'critical', agentId: 'a2', firstMs: T + 3, lastMs: T + 3 }), T),
        store.record(match({ ruleId: 'r5', severity: 'medium', agentId: 'a3', firstMs: T + 5, lastMs: T + 5 }), T),
      ].map((r) => r.alert);
      store.setStatus(made[1]!.id, 'resolved', 'alice', '', T + 10);
      const rules = (q: Parameters<AlertStore['list']>[0]) => store.list(q).map((a) => a.ruleId);
      const tie = [made[2]!, made[3]!].sort((x, y) => (x.id < y.id ? 1 : -1)).map((a) => a.ruleId);
      expect(rules({ limit: 10 })).toEqual(['r5', ...tie, 'r2', 'r1']);
      expect(rules({ limit: 2 })).toEqual(['r5', tie[0]]);
      expect(rules({ status: ['resolved'], limit: 10 })).toEqual(['r2']);
      expect(rules({ status: ['new', 'acknowledged'], agentId: 'a1', limit: 10 })).toEqual(['r1']);
      expect(rules({ severity: ['high', 'critical'], limit: 10 })).toEqual([...tie, 'r1']);
      expect(rules({ ruleId: 'r5', limit: 10 })).toEqual(['r5']);
      expect(rules({ fromMs: T + 2, toMs: T + 5, limit: 10 })).toEqual([...tie, 'r2']);
      // page with the cursor: every alert once, in order, ties broken by id
      const paged: string[] = [];
      let after: { lastSeenMs: number; id: string } | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = store.list({ after, limit: 2 });
        paged.push(...page.map((a) => a.ruleId));
        const last = page[page.length - 1];
        if (page.length < 2 || !last) break;
        after = { lastSeenMs: last.lastSeenMs, id: last.id };
      }
      expect(paged).toEqual(['r5', ...tie, 'r2', 'r1']);
    });

    it('counts open alerts of a host by severity, and every alert by severity and status', () => {
      const a = store.record(match({ ruleId: 'r1', severity: 'high' }), T).alert;
      store.record(match({ ruleId: 'r2', severity: 'high' }), T);
      const c = store.record(match({ ruleId: 'r3', severity: 'low' }), T).alert;
      store.record(match({ ruleId: 'r4', severity: 'critical', agentId: 'a2' }), T);
      store.setStatus(a.id, 'acknowledged', 'alice', '', T + 1);
      store.setStatus(c.id, 'false_positive', 'alice', '', T + 1);
      expect(store.openBySeverity('a1')).toEqual({ high: 2 });
      expect(store.openBySeverity('a2')).toEqual({ critical: 1 });
      expect(store.openBySeverity('a3')).toEqual({});
      const key = (r: { severity: string; status: string }) => `${r.severity}/${r.status}`;
      expect(
        store
          .counts()
          .map((r) => [key(r), r.count])
          .sort(),
      ).toEqual([
        ['critical/new', 1],
        ['high/acknowledged', 1],
        ['high/new', 1],
        ['low/false_positive', 1],
      ]);
    });
  });
}
