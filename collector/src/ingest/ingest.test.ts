import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { silentLogger } from '@vigil/logger';
import { openDatabase, type Db } from '../store/db.js';
import { SqliteEventStore, eventsMigrations } from '../events/store.js';
import { Ingest } from './ingest.js';
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
const ev = (agentId: string, seq: number) => ({ id: `${agentId}-${seq}`, agentId, seq, timeNs: 1, log: { raw: 'x' } });

describe('Ingest', () => {
  it('commits all queued batches in one transaction, runs stages inside it, and acks after commit', async () => {
    const seen: string[] = [];
    const stage: IngestStage = { name: 't', onEvents: (agentId, events) => seen.push(`${agentId}:${events.length}:${db.inTransaction}`) };
    const ingest = new Ingest({ store: new SqliteEventStore(db), stages: [stage], logger: silentLogger(), maxQueuedBatches: 10 });
    const acks: Array<[string, number]> = [];
    ingest.submit('a', [ev('a', 1), ev('a', 2)], (err, seq) => acks.push(['a', seq]));
    ingest.submit('b', [ev('b', 1)], (err, seq) => acks.push(['b', seq]));
    ingest.submit('a', [ev('a', 2), ev('a', 3)], (err, seq) => acks.push(['a', seq]));
    expect(acks).toEqual([]); // nothing acked before the commit
    await new Promise((r) => setImmediate(r));
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
    const ingest = new Ingest({ store: new SqliteEventStore(db), stages: [bad], logger: silentLogger(), maxQueuedBatches: 10 });
    const acks: number[] = [];
    ingest.submit('a', [ev('a', 1)], (_e, seq) => acks.push(seq));
    await new Promise((r) => setImmediate(r));
    expect(acks).toEqual([1]);
    expect(ingest.counters.stageFailures).toBe(1);
  });

  it('refuses batches beyond its queue limits', () => {
    const ingest = new Ingest({ store: new SqliteEventStore(db), stages: [], logger: silentLogger(), maxQueuedBatches: 2, maxQueuedEvents: 3 });
    expect(ingest.submit('a', [ev('a', 1), ev('a', 2)], () => undefined)).toBe(true);
    expect(ingest.submit('a', [ev('a', 3), ev('a', 4)], () => undefined)).toBe(false);
    expect(ingest.submit('a', [ev('a', 3)], () => undefined)).toBe(true);
    expect(ingest.submit('a', [ev('a', 4)], () => undefined)).toBe(false);
  });
});
