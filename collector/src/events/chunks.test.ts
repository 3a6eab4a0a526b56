// The chunk walk (chunks.ts) against a plain sort of every row: any rows in any chunks, times overlapping
// across chunks as late events make them, and any limit, in both directions.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTempDatabase } from '../store/testkit-db.js';
import { EventChunks, type ChunkBounds, type KeyRow } from './chunks.js';
import { eventsMigrations } from './migrations.js';

const byNewest = (a: KeyRow, b: KeyRow) => (a.time_ns !== b.time_ns ? (a.time_ns > b.time_ns ? -1 : 1) : a.rowid > b.rowid ? -1 : a.rowid < b.rowid ? 1 : 0);

describe('EventChunks.walk', () => {
  const t = openTempDatabase('chunks', eventsMigrations);
  const chunks = new EventChunks(t.db);

  it('returns exactly the first rows of a full sort, reading chunks only while they can hold one', () => {
    const rowsArb = fc.array(fc.record({ chunk: fc.integer({ min: 0, max: 12 }), time: fc.integer({ min: 0, max: 40 }) }), { maxLength: 200 });
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 30 }), fc.boolean(), (spec, limit, oldestFirst) => {
        const rows = spec.map((r, i) => ({ chunk: r.chunk, key: { rowid: BigInt(r.chunk * 1000 + i), time_ns: BigInt(r.time) } }));
        const bounds = new Map<number, ChunkBounds>();
        for (const r of rows) {
          const b = bounds.get(r.chunk);
          if (!b) bounds.set(r.chunk, { chunk: r.chunk, minNs: r.key.time_ns, maxNs: r.key.time_ns });
          else {
            if (r.key.time_ns < b.minNs) b.minNs = r.key.time_ns;
            if (r.key.time_ns > b.maxNs) b.maxNs = r.key.time_ns;
          }
        }
        const order = (a: KeyRow, b: KeyRow) => (oldestFirst ? -byNewest(a, b) : byNewest(a, b));
        const reads: number[][] = [];
        const got = chunks.walk([...bounds.values()], limit, oldestFirst, (batch, n) => {
          reads.push(batch);
          return rows
            .filter((r) => batch.includes(r.chunk))
            .map((r) => r.key)
            .sort(order)
            .slice(0, n);
        });
        expect(got).toEqual(
          rows
            .map((r) => r.key)
            .sort(order)
            .slice(0, limit),
        );
        // no chunk is read twice
        expect(new Set(reads.flat()).size).toBe(reads.flat().length);
      }),
      { numRuns: 300 },
    );
    t.close();
  });
});
