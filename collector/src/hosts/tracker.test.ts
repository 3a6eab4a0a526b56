// The host picture rebuilt lazily: start-up reads no stored event, a host's tables are built from the store
// on first look and kept current after, each event counted once, the same as an eager replay; its summary
// (health, inventory, tamper) is read on first look too.
import { afterEach, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { openTempDatabase, type TempDatabase } from '../store/testkit-db.js';
import { SqliteEventStore, eventsMigrations } from '../events/store.js';
import type { StoredEvent } from '../events/types.js';
import { HostTracker } from './tracker.js';

let t: TempDatabase | undefined;
afterEach(() => t?.close());

const seqs = new Map<string, number>();
function event(agentId: string, body: Partial<vigil.v1.IEvent>): vigil.v1.IEvent {
  const seq = (seqs.get(agentId) ?? 0) + 1;
  seqs.set(agentId, seq);
  return { id: `${agentId}-${seq}`, agentId, seq, timeNs: 1_700_000_000_000_000_000 + seq * 1_000_000, ...body };
}
const start = (agentId: string, pid: number) => event(agentId, { processStart: { pid, ppid: 1, startTimeTicks: pid * 10, exe: `/bin/p${pid}` } });
const exit = (agentId: string, pid: number) => event(agentId, { processExit: { pid, startTimeTicks: pid * 10 } });
const conn = (agentId: string, port: number) =>
  event(agentId, {
    networkConnection: { transport: vigil.v1.Transport.TCP, localAddress: '10.0.0.1', localPort: port, remoteAddress: '192.0.2.1', remotePort: 443 },
  });
const health = (agentId: string) => event(agentId, { health: { cpuPercent: 3, isolated: true } });

describe('HostTracker with a table loader', () => {
  it('builds a host’s tables on first look, then keeps them current, each event once', () => {
    t = openTempDatabase('tracker', eventsMigrations);
    const store = new SqliteEventStore(t.db, { clock: () => 1 });
    const loads: string[] = [];
    const lazy = new HostTracker(undefined, (agentId) => {
      loads.push(agentId);
      return [store.recent(agentId, ['process_start', 'process_exit'], 1000), store.recent(agentId, ['network_connection', 'network_listener'], 1000)];
    });
    const eager = new HostTracker();
    const ingest = (agentId: string, events: vigil.v1.IEvent[]): void => {
      const [r] = store.insertBatches([{ agentId, events }]);
      const inserted: readonly StoredEvent[] = r!.inserted;
      lazy.apply(agentId, inserted);
      eager.apply(agentId, inserted);
    };
    // stored before the collector started: only health, inventory and tamper are applied at start
    store.insertBatches([{ agentId: 'a1', events: [start('a1', 10), start('a1', 11), exit('a1', 10), conn('a1', 5000), health('a1')] }]);
    store.insertBatches([{ agentId: 'a2', events: [start('a2', 20), health('a2')] }]);
    for (const id of ['a1', 'a2']) {
      lazy.apply(id, store.recent(id, ['inventory', 'health', 'tamper'], 10));
      eager.apply(id, store.recent(id, ['process_start', 'process_exit'], 1000));
      eager.apply(id, store.recent(id, ['network_connection', 'network_listener'], 1000));
      eager.apply(id, store.recent(id, ['inventory', 'health', 'tamper'], 10));
    }
    expect(loads).toEqual([]);
    expect(lazy.health('a1')).toMatchObject({ cpuPercent: 3, isolated: true });

    // arrives before anyone looked at a1: left to the store, read by the rebuild
    ingest('a1', [start('a1', 12)]);
    expect(lazy.processes('a1').map((p) => p.pid)).toEqual([11, 12]);
    expect(lazy.connections('a1').map((c) => c.localPort)).toEqual([5000]);
    // after the first look: applied as it comes, never read again
    ingest('a1', [start('a1', 13), exit('a1', 11)]);
    expect(lazy.processes('a1').map((p) => p.pid)).toEqual([12, 13]);
    expect(loads).toEqual(['a1']);
    expect(lazy.processes('a1')).toEqual(eager.processes('a1'));
    expect(lazy.connections('a1')).toEqual(eager.connections('a1'));

    // a2 was never looked at: its tables are built only now
    expect(lazy.processes('a2')).toEqual(eager.processes('a2'));
    expect(loads).toEqual(['a1', 'a2']);
  });

  it('reads a host’s summary (health, inventory, tamper) on first look, never at start, ending on the latest', () => {
    t = openTempDatabase('tracker', eventsMigrations);
    const store = new SqliteEventStore(t.db, { clock: () => 1 });
    const reads: string[] = [];
    const tracker = new HostTracker(undefined, undefined, (agentId) => {
      reads.push(agentId);
      return store.recent(agentId, ['inventory', 'health', 'tamper'], 10);
    });
    // stored before the collector started
    store.insertBatches([{ agentId: 'a1', events: [health('a1'), event('a1', { inventory: { hostname: 'web-1' } })] }]);
    store.insertBatches([{ agentId: 'a2', events: [health('a2')] }]);
    expect(reads).toEqual([]);
    // a newer health arrives (stored, then applied) before anyone looked at a1
    const [r] = store.insertBatches([{ agentId: 'a1', events: [event('a1', { health: { cpuPercent: 9, isolated: false } })] }]);
    tracker.apply('a1', r!.inserted);
    expect(tracker.health('a1')).toMatchObject({ cpuPercent: 9, isolated: false });
    expect(tracker.inventory('a1')?.hostname).toBe('web-1');
    expect(tracker.lastTamper('a1')).toBeUndefined();
    expect(reads).toEqual(['a1']);
    // read once per host
    tracker.health('a1');
    expect(tracker.health('a2')).toMatchObject({ cpuPercent: 3 });
    expect(reads).toEqual(['a1', 'a2']);
    expect(tracker.health('a3')).toBeUndefined();
  });

  it('without a loader applies every event as it comes (the tracker as tests and tools build it)', () => {
    const tracker = new HostTracker();
    t = openTempDatabase('tracker', eventsMigrations);
    const store = new SqliteEventStore(t.db, { clock: () => 1 });
    const [r] = store.insertBatches([{ agentId: 'a1', events: [start('a1', 30), conn('a1', 6000)] }]);
    tracker.apply('a1', r!.inserted);
    expect(tracker.processes('a1').map((p) => p.pid)).toEqual([30]);
    expect(tracker.connections('a1').map((c) => c.localPort)).toEqual([6000]);
  });
});
