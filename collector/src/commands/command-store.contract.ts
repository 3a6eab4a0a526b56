// The CommandStore contract: a command's row kept byte for byte (the signed payload is redelivered as
// signed), its lifecycle fields changed and nothing else, what waits for delivery, expiry, the list filters,
// the counts metrics read, and the two-person rule's count of targeted hosts and its holds. command-store.sqlite.test.ts runs it against SQLite; a server database's store runs
// the same suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandHold, CommandRow, CommandStore } from './types.js';

const T = 1_700_000_000_000;

export function commandRow(over: Partial<CommandRow> = {}): CommandRow {
  return {
    id: 'c1',
    agentId: 'a1',
    action: 'kill_process',
    paramsJson: '{"pid":42}',
    operator: 'alice',
    policyId: null,
    dryRun: false,
    status: 'pending',
    createdAtMs: T,
    issuedAtMs: T,
    expiresAtMs: T + 60_000,
    deliveredAtMs: null,
    startedAtMs: null,
    finishedAtMs: null,
    errorCode: null,
    message: null,
    outputJson: null,
    payload: Buffer.from([1, 2, 3, 0, 255]),
    signature: Buffer.from('sig'),
    ...over,
  };
}

export function describeCommandStoreContract(implName: string, open: () => { store: CommandStore; close(): void }): void {
  describe(`CommandStore contract: ${implName}`, () => {
    let store: CommandStore;
    let opened: ReturnType<typeof open> | undefined;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened?.close());

    it('keeps every field of a command as inserted, the signed bytes exactly', () => {
      const row = commandRow({ policyId: 'p1', dryRun: true, status: 'awaiting_approval', operator: 'policy:p1' });
      store.insert(row);
      const back = store.get('c1')!;
      expect(back).toEqual(row);
      expect(back.dryRun).toBe(true);
      expect(Buffer.compare(back.payload!, row.payload!)).toBe(0);
      store.insert(commandRow({ id: 'c2', payload: null, signature: null }));
      expect(store.get('c2')).toMatchObject({ payload: null, signature: null, dryRun: false, policyId: null });
      expect(store.get('nope')).toBeUndefined();
      expect(() => store.insert(commandRow())).toThrow();
    });

    it('moves a command through its lifecycle, changing only the lifecycle fields', () => {
      store.insert(commandRow({ status: 'awaiting_approval', operator: 'policy:p1', payload: null, signature: null }));
      // approval signs it: new operator, times and bytes
      store.update('c1', {
        status: 'pending',
        operator: 'bob',
        issuedAtMs: T + 5,
        expiresAtMs: T + 70_000,
        payload: Buffer.from('p2'),
        signature: Buffer.from('s2'),
      });
      expect(store.get('c1')).toMatchObject({ status: 'pending', operator: 'bob', issuedAtMs: T + 5, expiresAtMs: T + 70_000 });
      expect(store.get('c1')!.payload!.toString()).toBe('p2');
      store.update('c1', { status: 'delivered', deliveredAtMs: T + 10 });
      store.update('c1', { status: 'running', startedAtMs: T + 11 });
      store.update('c1', { status: 'succeeded', finishedAtMs: T + 12, outputJson: '{"ok":true}', message: 'done', errorCode: null });
      expect(store.get('c1')).toEqual({
        ...commandRow(),
        status: 'succeeded',
        operator: 'bob',
        issuedAtMs: T + 5,
        expiresAtMs: T + 70_000,
        deliveredAtMs: T + 10,
        startedAtMs: T + 11,
        finishedAtMs: T + 12,
        outputJson: '{"ok":true}',
        message: 'done',
        payload: Buffer.from('p2'),
        signature: Buffer.from('s2'),
      });
      // what was issued stays as issued
      store.update('c1', { action: 'isolate', agentId: 'a9', paramsJson: '{}', dryRun: true, createdAtMs: 1 });
      expect(store.get('c1')).toMatchObject({ action: 'kill_process', agentId: 'a1', paramsJson: '{"pid":42}', dryRun: false, createdAtMs: T });
      store.update('c1', {});
      store.update('nope', { status: 'failed' });
      expect(store.get('nope')).toBeUndefined();
      store.update('c1', { status: 'failed', errorCode: 'VIGIL_ERR_X', message: 'no' });
      expect(store.get('c1')).toMatchObject({ status: 'failed', errorCode: 'VIGIL_ERR_X', message: 'no' });
    });

    it("lists what waits for an agent's connection: pending or delivered, unexpired, oldest first", () => {
      store.insert(commandRow({ id: 'late', createdAtMs: T + 3 }));
      store.insert(commandRow({ id: 'early', createdAtMs: T + 1, status: 'delivered', deliveredAtMs: T + 2 }));
      store.insert(commandRow({ id: 'expired', createdAtMs: T, expiresAtMs: T + 100 }));
      store.insert(commandRow({ id: 'waiting', status: 'awaiting_approval' }));
      store.insert(commandRow({ id: 'running', status: 'running' }));
      store.insert(commandRow({ id: 'done', status: 'succeeded' }));
      store.insert(commandRow({ id: 'other', agentId: 'a2' }));
      store.insert(commandRow({ id: 'other-delivered', agentId: 'a3', status: 'delivered' }));
      expect(store.undelivered('a1', T + 100).map((r) => r.id)).toEqual(['early', 'late']);
      expect(store.undelivered('a1', T + 99).map((r) => r.id)).toEqual(['expired', 'early', 'late']);
      expect(store.undelivered('a4', T)).toEqual([]);
      // what it last said was running is asked again on reconnect, expired or not
      store.insert(commandRow({ id: 'running-expired', status: 'running', createdAtMs: T - 1, expiresAtMs: T }));
      expect(store.running('a1').map((r) => r.id)).toEqual(['running-expired', 'running']);
      expect(store.running('a2')).toEqual([]);
      // the sweep looks for agents with commands not sent yet (pending), once each
      store.insert(commandRow({ id: 'late2', createdAtMs: T + 4 }));
      expect(store.agentsWithUndelivered(T + 100).sort()).toEqual(['a1', 'a2']);
      expect(store.agentsWithUndelivered(T + 60_000)).toEqual([]);
    });

    it('expires awaiting, pending and delivered commands past their expiry, and nothing else', () => {
      store.insert(commandRow({ id: 'p', expiresAtMs: T + 10 }));
      store.insert(commandRow({ id: 'd', status: 'delivered', expiresAtMs: T + 10 }));
      store.insert(commandRow({ id: 'w', status: 'awaiting_approval', expiresAtMs: T + 10 }));
      store.insert(commandRow({ id: 'r', status: 'running', expiresAtMs: T + 10 }));
      store.insert(commandRow({ id: 's', status: 'succeeded', expiresAtMs: T + 10, finishedAtMs: T + 5 }));
      store.insert(commandRow({ id: 'fresh', expiresAtMs: T + 11 }));
      expect(store.expireDue(T + 9)).toEqual([]);
      const due = store.expireDue(T + 10);
      expect(due.map((r) => r.id).sort()).toEqual(['d', 'p', 'w']);
      expect(due.find((r) => r.id === 'd')).toMatchObject({ status: 'delivered', agentId: 'a1', action: 'kill_process' });
      for (const id of ['p', 'd', 'w']) expect(store.get(id)).toMatchObject({ status: 'expired', finishedAtMs: T + 10 });
      expect(store.get('r')!.status).toBe('running');
      expect(store.get('s')).toMatchObject({ status: 'succeeded', finishedAtMs: T + 5 });
      expect(store.get('fresh')!.status).toBe('pending');
      // an expired command is not expired again
      expect(store.expireDue(T + 20).map((r) => r.id)).toEqual(['fresh']);
    });

    it('lists newest first, for one agent or all, before a time, capped', () => {
      for (let i = 0; i < 6; i++) store.insert(commandRow({ id: `c${i}`, agentId: i % 2 ? 'a2' : 'a1', createdAtMs: T + i }));
      expect(store.list({ limit: 100 }).map((r) => r.id)).toEqual(['c5', 'c4', 'c3', 'c2', 'c1', 'c0']);
      expect(store.list({ agentId: 'a1', limit: 100 }).map((r) => r.id)).toEqual(['c4', 'c2', 'c0']);
      expect(store.list({ limit: 2 }).map((r) => r.id)).toEqual(['c5', 'c4']);
      expect(store.list({ beforeMs: T + 4, limit: 100 }).map((r) => r.id)).toEqual(['c3', 'c2', 'c1', 'c0']);
      expect(store.list({ agentId: 'a2', beforeMs: T + 3, limit: 100 }).map((r) => r.id)).toEqual(['c1']);
      expect(store.list({ agentId: 'a9', limit: 100 })).toEqual([]);
      expect(store.list({ limit: 1 })[0]).toEqual(commandRow({ id: 'c5', agentId: 'a2', createdAtMs: T + 5 }));
    });

    it('counts commands by action and state', () => {
      store.insert(commandRow({ id: 'a' }));
      store.insert(commandRow({ id: 'b', status: 'succeeded' }));
      store.insert(commandRow({ id: 'c', status: 'succeeded' }));
      store.insert(commandRow({ id: 'd', action: 'isolate', status: 'failed' }));
      expect(
        store
          .counts()
          .map((r) => [`${r.action}/${r.status}`, r.count])
          .sort(),
      ).toEqual([
        ['isolate/failed', 1],
        ['kill_process/pending', 1],
        ['kill_process/succeeded', 2],
      ]);
      store.update('a', { status: 'succeeded' });
      expect(store.counts().find((r) => r.action === 'kill_process' && r.status === 'succeeded')?.count).toBe(3);
    });

    it('names the distinct agents recent orders of given actions target: signed or awaiting, not dry runs, rejected or expired unsigned', () => {
      const iso = (id: string, agentId: string, over: Partial<CommandRow> = {}) => store.insert(commandRow({ id, agentId, action: 'isolate', ...over }));
      iso('i1', 'a1');
      iso('i2', 'a1', { status: 'succeeded' });
      iso('b1', 'a2', { action: 'block_address', status: 'failed' });
      iso('w1', 'a3', { status: 'awaiting_approval', payload: null, signature: null });
      iso('e1', 'a4', { status: 'expired', payload: null, signature: null });
      iso('e2', 'a5', { status: 'expired' }); // signed, then never fetched: it was ordered
      iso('r1', 'a6', { status: 'rejected', payload: null, signature: null });
      iso('d1', 'a7', { dryRun: true });
      iso('k1', 'a8', { action: 'kill_process' });
      iso('old', 'a9', { createdAtMs: T - 1 });
      expect(store.agentsTargetedSince(['isolate', 'block_address'], T - 1)).toEqual(['a1', 'a2', 'a3', 'a5']);
      expect(store.agentsTargetedSince(['isolate', 'block_address'], T - 2)).toEqual(['a1', 'a2', 'a3', 'a5', 'a9']);
      expect(store.agentsTargetedSince(['block_address'], T - 1)).toEqual(['a2']);
      expect(store.agentsTargetedSince(['isolate'], T)).toEqual([]);
      expect(store.agentsTargetedSince([], 0)).toEqual([]);
    });

    it('keeps a hold as recorded, one per command, and reads holds by command id', () => {
      const hold: CommandHold = {
        commandId: 'c1',
        rule: 'two_person_rule',
        requestedBy: 'alice',
        hosts: 6,
        maxHosts: 5,
        windowMs: 600_000,
        reason: "needs a second operator's approval",
        heldAtMs: T,
      };
      store.insertHold(hold);
      store.insertHold({ ...hold, commandId: 'c2', requestedBy: 'policy:p1' });
      expect(() => store.insertHold({ ...hold, requestedBy: 'mallory' })).toThrow();
      const got = store.holds(['c1', 'c2', 'c3', 'c1']);
      expect([...got.keys()].sort()).toEqual(['c1', 'c2']);
      expect(got.get('c1')).toEqual(hold);
      expect(got.get('c2')!.requestedBy).toBe('policy:p1');
      expect(store.holds([]).size).toBe(0);
    });
  });
}
