// Why this exists: the event store's per-host and lookup indexes lead with the row's chunk (rowid >> CHUNK_SHIFT),
// so a commit of a thousand hosts' events dirties index pages of the newest chunk only instead of one leaf per
// host all over each B-tree (bench:index-cost: that scatter was a third of the insert). This file keeps the time
// bounds of every chunk (event_chunks, written in the insert's transaction) and reads such an index in exact
// (time, rowid) order by walking chunks in the order of their bounds and stopping once no chunk left can
// hold a better row.
import type { Db } from '../store/db.js';

/** log2 of the rows one chunk holds: 16,384. Small enough that a commit touches few pages, large enough that 50 million events are 3,052 chunks. */
export const CHUNK_SHIFT = 14;
/** The SQL expression of a row's chunk, as the chunked indexes are declared (a query must use it verbatim). */
export const CHUNK_OF_ROW = `(rowid >> ${CHUNK_SHIFT})`;
/** The chunk of a rowid. */
export const chunkOf = (rowid: bigint): number => Number(rowid >> SHIFT);
const SHIFT = BigInt(CHUNK_SHIFT);

export interface ChunkBounds {
  chunk: number;
  minNs: bigint;
  maxNs: bigint;
}

/** A row as a chunk walk reads it from a covering index: its rowid and its time. */
export interface KeyRow {
  rowid: bigint;
  time_ns: bigint;
}

/** The migration step: the bounds table, filled from the rows already held. */
export function createChunkBounds(db: Db): void {
  db.exec('CREATE TABLE event_chunks (chunk INTEGER PRIMARY KEY, min_time_ns INTEGER NOT NULL, max_time_ns INTEGER NOT NULL)');
  rebuildChunkBounds(db);
}

/** Recomputes every chunk's bounds from the events held (a salvage rebuilds them instead of copying them). */
export function rebuildChunkBounds(db: Db): void {
  db.exec(`DELETE FROM event_chunks; INSERT INTO event_chunks SELECT ${CHUNK_OF_ROW}, MIN(time_ns), MAX(time_ns) FROM events GROUP BY 1`);
}

/** A walk reads one chunk first, then WALK_GROWTH times as many each step, up to WALK_MAX_BATCH at once. */
const WALK_GROWTH = 4;
const WALK_MAX_BATCH = 256;

const newer = (a: KeyRow, b: KeyRow) => (a.time_ns !== b.time_ns ? a.time_ns > b.time_ns : a.rowid > b.rowid);

export class EventChunks {
  private readonly stmt;
  /** Bounds noted by the open insert transaction, written by flush(). */
  private readonly pending = new Map<number, { minNs: bigint; maxNs: bigint }>();

  constructor(db: Db) {
    this.stmt = {
      upsert: db.prepare(
        'INSERT INTO event_chunks (chunk, min_time_ns, max_time_ns) VALUES (?, ?, ?) ON CONFLICT (chunk) DO UPDATE SET min_time_ns = min(min_time_ns, excluded.min_time_ns), max_time_ns = max(max_time_ns, excluded.max_time_ns)',
      ),
      overlapping: db.prepare('SELECT chunk, min_time_ns, max_time_ns FROM event_chunks WHERE max_time_ns >= ? AND min_time_ns < ?').safeIntegers(true),
      dropBelow: db.prepare('DELETE FROM event_chunks WHERE chunk < ?'),
      dropAll: db.prepare('DELETE FROM event_chunks'),
    };
  }

  /** One stored row (inside the insert transaction). */
  note(rowid: bigint, timeNs: bigint): void {
    const chunk = chunkOf(rowid);
    const b = this.pending.get(chunk);
    if (!b) this.pending.set(chunk, { minNs: timeNs, maxNs: timeNs });
    else {
      if (timeNs < b.minNs) b.minNs = timeNs;
      if (timeNs > b.maxNs) b.maxNs = timeNs;
    }
  }

  /** Writes the noted bounds: call at the end of the insert transaction. */
  flush(): void {
    for (const [chunk, b] of this.pending) this.stmt.upsert.run(chunk, b.minNs, b.maxNs);
    this.pending.clear();
  }

  /** The transaction rolled back: forget what it noted. */
  discard(): void {
    this.pending.clear();
  }

  /** Forgets chunks wholly below the oldest row held (retention; none held: every chunk). */
  dropBelow(lowestHeld: bigint | null): void {
    if (lowestHeld === null) this.stmt.dropAll.run();
    else this.stmt.dropBelow.run(chunkOf(lowestHeld));
  }

  /** Chunks that may hold a row with fromNs <= time < toNs. */
  overlapping(fromNs = -(2n ** 63n), toNs = 2n ** 63n - 1n): ChunkBounds[] {
    return (this.stmt.overlapping.all(fromNs, toNs) as Array<{ chunk: bigint; min_time_ns: bigint; max_time_ns: bigint }>).map((r) => ({
      chunk: Number(r.chunk),
      minNs: r.min_time_ns,
      maxNs: r.max_time_ns,
    }));
  }

  /**
   * The first `limit` rows in newest-first (or, `oldestFirst`, oldest-first) (time, rowid) order over the
   * chunks given. `read(chunks, limit)` returns the best `limit` rows of those chunks in that order. Chunks are
   * read newest bound first, in batches growing from one chunk, and the walk ends once it holds `limit` rows
   * and no chunk left can hold one that ranks before the last of them.
   */
  walk(chunks: readonly ChunkBounds[], limit: number, oldestFirst: boolean, read: (chunks: number[], limit: number) => KeyRow[]): KeyRow[] {
    const before = oldestFirst ? (a: KeyRow, b: KeyRow) => newer(b, a) : newer;
    const order = [...chunks].sort((a, b) => (oldestFirst ? cmp(a.minNs, b.minNs) || a.chunk - b.chunk : cmp(b.maxNs, a.maxNs) || b.chunk - a.chunk));
    let best: KeyRow[] = [];
    for (let i = 0, size = 1; i < order.length; i += size, size = Math.min(WALK_MAX_BATCH, size * WALK_GROWTH)) {
      const next = order[i]!;
      const last = best[limit - 1];
      // a chunk's bound ranking after the last row held: neither it nor any later chunk can improve the result
      if (last && (oldestFirst ? next.minNs > last.time_ns : next.maxNs < last.time_ns)) break;
      const rows = read(
        order.slice(i, i + size).map((c) => c.chunk),
        limit,
      );
      best = merge(best, rows, before).slice(0, limit);
    }
    return best;
  }
}

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two lists each sorted by `before`, merged. */
function merge(a: KeyRow[], b: KeyRow[], before: (x: KeyRow, y: KeyRow) => boolean): KeyRow[] {
  const out: KeyRow[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(before(b[j]!, a[i]!) ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
