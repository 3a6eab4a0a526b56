import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { silentLogger } from '@vigil/logger';
import { openDatabase, type Db } from '../store/db.js';
import { SqliteEventStore, eventsMigrations } from '../events/store.js';
import { Ingest } from './ingest.js';
import { ingestOptionsSchema, type IngestOptionsConfig } from './options.js';
import type { IngestStage } from './stage.js';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-ingest-'));
  db = openDatabase({ path: join(dir, 'e.db'), migrations: eventsMigrations });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
const limits = (o: Partial<IngestOptionsConfig> = {}): IngestOptionsConfig => ingestOptionsSchema.parse({ commitDelayMs: 0, ...o });
/** An Ingest on the test's store with these limits (over the defaults, no commit delay) and stages. */
const openIngest = (o: Partial<IngestOptionsConfig> = {}, stages: IngestStage[] = []) =>
  new Ingest({ store: new SqliteEventStore(db), stages, logger: silentLogger(), limits: limits(o) });
const turn = () => new Promise((r) => setImmediate(r));
const ev = (agentId: string, seq: number) => ({ id: `${agentId}-${seq}`, agentId, seq, timeNs: 1, log: { raw: 'x' } });

describe('Ingest', () => {
  it('commits all queued batches in one transaction, runs stages inside it, and acks after commit', async () => {
    const seen: string[] = [];
    const stage: IngestStage = { name: 't', onEvents: (agentId, events) => seen.push(`${agentId}:${events.length}:${db.inTransaction}`) };
    const ingest = openIngest({}, [stage]);
    const acks: Array<[string, number]> = [];
    ingest.submit('a', [ev('a', 1), ev('a', 2)], (err, seq) => acks.push(['a', seq]));
    ingest.submit('b', [ev('b', 1)], (err, seq) => acks.push(['b', seq]));
    ingest.submit('a', [ev('a', 2), ev('a', 3)], (err, seq) => acks.push(['a', seq]));
    expect(acks).toEqual([]); // nothing acked before the commit
    await turn();
    expect(acks).toEqual([
      ['a', 2],
      ['b', 1],
      ['a', 3],
    ]);
    expect(ingest.counters).toMatchObject({ transactions: 1, batches: 3, events: 4, duplicates: 1 });
    expect(seen).toEqual(['a:2:true', 'b:1:true', 'a:1:true']);
  });

  it('keeps storing and acking when a stage throws, and counts the failure', async () => {
    const bad: IngestStage = {
      name: 'bad',
      onEvents: () => {
        throw new Error('boom');
      },
    };
    const ingest = openIngest({}, [bad]);
    const acks: number[] = [];
    ingest.submit('a', [ev('a', 1)], (_e, seq) => acks.push(seq));
    await turn();
    expect(acks).toEqual([1]);
    expect(ingest.counters.stageFailures).toBe(1);
  });

  it('groups the batches of a commit delay into one transaction', async () => {
    const ingest = openIngest({ commitDelayMs: 20 });
    const acks: number[] = [];
    ingest.submit('a', [ev('a', 1)], (_e, seq) => acks.push(seq));
    await turn();
    ingest.submit('b', [ev('b', 1)], (_e, seq) => acks.push(seq));
    expect(acks).toEqual([]); // still waiting for more
    await new Promise((r) => setTimeout(r, 40));
    expect(acks).toEqual([1, 1]);
    expect(ingest.counters.transactions).toBe(1);
  });

  it('splits a long queue into transactions of at most maxTransactionEvents, whole batches each', async () => {
    const ingest = openIngest({ maxTransactionEvents: 3 });
    const acks: number[] = [];
    for (let seq = 1; seq <= 8; seq += 2) ingest.submit('a', [ev('a', seq), ev('a', seq + 1)], (_e, s) => acks.push(s));
    expect(ingest.queuedEvents).toBe(8);
    await turn();
    expect(acks).toEqual([2]); // one batch of two: a second would pass three events
    while (acks.length < 4) await turn();
    expect(acks).toEqual([2, 4, 6, 8]);
    expect(ingest.counters).toMatchObject({ transactions: 4, events: 8 });
    expect(ingest.queuedEvents).toBe(0);
  });

  it('says it is overloaded past its hard bound, and resumes waiting readers once drained below the soft one', async () => {
    const ingest = openIngest({ maxQueuedEvents: 1000, pauseAtQueuedEvents: 1500, maxTransactionEvents: 600, minWindowEvents: 50 });
    const batch = (from: number) => Array.from({ length: 500 }, (_v, i) => ev('a', from + i));
    let resumed = 0;
    ingest.whenDrained(() => resumed++);
    expect(resumed).toBe(1); // not overloaded: at once
    ingest.submit('a', batch(1), () => undefined);
    ingest.submit('a', batch(501), () => undefined);
    expect(ingest.overloaded).toBe(false);
    ingest.submit('a', batch(1001), () => undefined);
    expect(ingest.overloaded).toBe(true);
    expect(ingest.counters.pauses).toBe(1);
    ingest.whenDrained(() => resumed++);
    expect(resumed).toBe(1);
    expect(ingest.window(10)).toBe(50); // nothing free: the minimum
    await turn(); // 1000 left: not below the soft bound yet
    expect(resumed).toBe(1);
    await turn();
    expect(resumed).toBe(2);
    expect(ingest.overloaded).toBe(false);
    expect(ingest.window(10)).toBe(50); // 500 held: (1000 - 500) / 10
  });

  it('counts the events sessions hold back, and says to stop reading once they pass maxParkedEvents', () => {
    const ingest = openIngest({ maxParkedEvents: 1000 });
    expect(ingest.park(600)).toBe(true);
    expect(ingest.park(400)).toBe(true);
    expect(ingest.park(1)).toBe(false);
    expect(ingest.counters.readStops).toBe(1);
    expect(ingest.parkedEvents).toBe(1001);
    ingest.unpark(1001);
    expect(ingest.parkedEvents).toBe(0);
    expect(ingest.park(1000)).toBe(true);
  });

  it('counts the events held back in sessions in the window it grants', () => {
    const ingest = openIngest({ maxQueuedEvents: 1000, minWindowEvents: 10 });
    expect(ingest.window(10)).toBe(100);
    ingest.park(500);
    expect(ingest.window(10)).toBe(50);
    ingest.unpark(500);
    expect(ingest.window(10)).toBe(100);
  });

  it('commits everything on drain(), and nothing runs after it', async () => {
    const ingest = openIngest({ maxTransactionEvents: 1, commitDelayMs: 50 });
    const acks: number[] = [];
    for (let seq = 1; seq <= 3; seq++) ingest.submit('a', [ev('a', seq)], (_e, s) => acks.push(s));
    ingest.drain();
    expect(acks).toEqual([1, 2, 3]);
    await new Promise((r) => setTimeout(r, 60));
    expect(ingest.counters.transactions).toBe(3);
  });

  it('holds every commit until holdUntil() settles, pausing readers past the hard bound, then commits in order', async () => {
    const ingest = openIngest({ maxQueuedEvents: 1000, pauseAtQueuedEvents: 1500 });
    let release!: () => void;
    ingest.holdUntil(new Promise<void>((r) => (release = r)));
    const acks: number[] = [];
    const batch = (from: number) => Array.from({ length: 500 }, (_v, i) => ev('a', from + i));
    for (const from of [1, 501, 1001]) ingest.submit('a', batch(from), (_e, s) => acks.push(s));
    for (let i = 0; i < 5; i++) await turn();
    expect({ acks, held: ingest.held, overloaded: ingest.overloaded, queued: ingest.queuedEvents }).toEqual({
      acks: [],
      held: true,
      overloaded: true,
      queued: 1500,
    });
    release();
    await turn();
    await turn();
    expect(acks).toEqual([500, 1000, 1500]);
    expect({ held: ingest.held, overloaded: ingest.overloaded, transactions: ingest.counters.transactions }).toEqual({
      held: false,
      overloaded: false,
      transactions: 1,
    });
  });

  it('commits nothing on a stop while held, nor when the hold ends after it: the agents resend what was never acked', async () => {
    const ingest = openIngest();
    let release!: () => void;
    ingest.holdUntil(new Promise<void>((r) => (release = r)));
    ingest.submit('a', [ev('a', 1)], () => undefined);
    ingest.drain();
    expect(ingest.counters.transactions).toBe(0);
    release();
    await turn();
    await turn();
    expect(ingest.counters.transactions).toBe(0);
  });

  it('releases a hold whose promise rejects', async () => {
    const ingest = openIngest();
    ingest.holdUntil(Promise.reject(new Error('rebuild failed')));
    const acks: number[] = [];
    ingest.submit('a', [ev('a', 1)], (_e, s) => acks.push(s));
    await turn();
    await turn();
    expect(acks).toEqual([1]);
  });
});
