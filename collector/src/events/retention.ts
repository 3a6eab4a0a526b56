// Retention of the SQLite event store: by age and by bytes, in whole chunks of rows, each chunk one
// transaction. Age walks the time index oldest first; size drops the oldest rowids (insertion order) until the
// file's used pages fit. Full-text rows are never deleted one by one: a full-text partition whose whole rowid
// range has gone is dropped as one table (text-index.ts), and so is the time bound of a chunk (chunks.ts).
import type { Db } from '../store/db.js';
import type { EventChunks } from './chunks.js';
import type { EventTextIndex } from './text-index.js';

/** Rows one retention step deletes (one transaction): large enough to amortise the commit, small enough not to stall ingest. */
export const PRUNE_CHUNK = 10_000;

export class EventRetention {
  private readonly stmt;

  constructor(
    private readonly db: Db,
    private readonly text: EventTextIndex,
    private readonly chunks: EventChunks,
  ) {
    this.stmt = {
      // the oldest chunk older than the cutoff, by the time index: its highest rowid bounds the step
      agedChunk: db.prepare('SELECT rowid FROM events WHERE time_ns < ? ORDER BY time_ns LIMIT ?').pluck().safeIntegers(true),
      deleteIn: db.prepare('DELETE FROM events WHERE rowid IN (SELECT value FROM json_each(?))'),
      oldest: db.prepare('SELECT MIN(rowid) AS lo, MAX(rowid) AS hi FROM events').safeIntegers(true),
      deleteBelow: db.prepare('DELETE FROM events WHERE rowid < ?'),
    };
  }

  usedBytes(): number {
    const pageSize = Number(this.db.pragma('page_size', { simple: true }));
    const pages = Number(this.db.pragma('page_count', { simple: true }));
    const free = Number(this.db.pragma('freelist_count', { simple: true }));
    return (pages - free) * pageSize;
  }

  prune(policy: { maxAgeMs: number; maxBytes: number; nowMs: number }): number {
    const deleted = this.pruneAge(BigInt(Math.max(0, policy.nowMs - policy.maxAgeMs)) * 1_000_000n) + this.pruneSize(policy.maxBytes);
    if (deleted > 0) this.dropText();
    return deleted;
  }

  /** Events whose own time is before the cutoff, PRUNE_CHUNK at a time. */
  private pruneAge(cutoffNs: bigint): number {
    let deleted = 0;
    const step = this.db.transaction((ids: string) => this.stmt.deleteIn.run(ids).changes);
    for (;;) {
      const rowids = this.stmt.agedChunk.all(cutoffNs, PRUNE_CHUNK) as bigint[];
      if (rowids.length === 0) return deleted;
      deleted += step.immediate(`[${rowids.join(',')}]`);
      if (rowids.length < PRUNE_CHUNK) return deleted;
    }
  }

  /**
   * The oldest events until the used pages fit: each step drops a whole rowid range (the rows inserted first),
   * sized from the average row so most files fit after one or two steps; sequences stay in agent_seq.
   */
  private pruneSize(maxBytes: number): number {
    let deleted = 0;
    const step = this.db.transaction((below: bigint) => this.stmt.deleteBelow.run(below).changes);
    for (let used = this.usedBytes(); used > maxBytes; used = this.usedBytes()) {
      const { lo, hi } = this.stmt.oldest.get() as { lo: bigint | null; hi: bigint | null };
      if (lo === null || hi === null) break;
      const rowsHeld = Number(hi - lo) + 1;
      const excessRows = Math.ceil(((used - maxBytes) / used) * rowsHeld);
      // at least a tenth of a chunk: deleted index entries free few whole pages, so small steps would crawl
      const n = Math.max(PRUNE_CHUNK / 10, Math.min(PRUNE_CHUNK, excessRows));
      deleted += step.immediate(lo + BigInt(n));
      this.dropText(); // a whole full-text partition may be free now: dropping it is what shrinks the file
    }
    return deleted;
  }

  /** Drops the full-text partitions and chunk bounds no held event needs any more. */
  private dropText(): number {
    const { lo } = this.stmt.oldest.get() as { lo: bigint | null };
    return this.db
      .transaction(() => {
        this.chunks.dropBelow(lo);
        return this.text.dropBelow(lo);
      })
      .immediate();
  }
}
