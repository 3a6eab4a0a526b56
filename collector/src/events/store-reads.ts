// The read side of the SQLite event store (SqliteEventStore forwards to it): newest-first search with a
// (time, rowid) cursor, per-bucket rates, one event by sequence, a host's time window oldest first, and counts
// by kind, and the replay of recent rows in stored order. Text search reads the FTS5 index (text-index.ts): see
// search() for how it keeps newest-first paging. A query on a host or a lookup column reads its chunked index
// (chunks.ts) chunk by chunk; the fleet-wide ones read the plain time indexes.
import type { Db } from '../store/db.js';
import { CHUNK_OF_ROW, type EventChunks, type KeyRow } from './chunks.js';
import { ftsPhrase } from './text-query.js';
import type { EventTextIndex } from './text-index.js';
import type { EventCursor, EventPage, EventSearchQuery, EventTimelineQuery, FoundEvent, RateBucket, ReplayCursor, ReplayQuery, StoredEvent } from './types.js';

/** The columns an event row is read back with (safeIntegers on); EVENT_COLUMNS selects them. */
export interface EventRow {
  rowid: bigint;
  agent_id: string;
  seq: bigint;
  id: string;
  time_ns: bigint;
  kind: string;
  body: Buffer;
}
export const EVENT_COLUMNS = 'rowid, agent_id, seq, id, time_ns, kind, body';

/** The lookup columns a search may filter on, each with its own partial (chunk, column, time) index. */
const LOOKUPS = [
  ['exe', 'exe'],
  ['sha256', 'sha256'],
  ['user', 'user'],
  ['remote', 'remote'],
] as const;

type Filter = Omit<EventSearchQuery, 'text' | 'limit'>;

/** The chunked index a filter reads (a lookup first: the most selective), or undefined when it names no host and no lookup. */
function chunkedIndexOf(q: Filter): string | undefined {
  for (const [field, column] of LOOKUPS) if (q[field] !== undefined) return `events_chunk_${column}_time`;
  if (q.agentId === undefined) return undefined;
  return q.kinds?.length ? 'events_chunk_agent_kind_time' : 'events_chunk_agent_time';
}

/** The clause that confines a statement to some chunks, and its one argument. */
const IN_CHUNKS = `${CHUNK_OF_ROW} IN (SELECT value FROM json_each(?))`;
const chunkList = (chunks: readonly number[]) => JSON.stringify(chunks);
const rowidList = (keys: readonly KeyRow[]) => `[${keys.map((k) => k.rowid).join(',')}]`;

/** The WHERE clause (and its arguments) of a search without its text: host, kinds, lookups, time range, cursor. */
function filters(q: Filter): { clauses: string[]; args: unknown[] } {
  const clauses: string[] = [];
  const args: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    args.push(...values);
  };
  if (q.agentId !== undefined) add('agent_id = ?', q.agentId);
  if (q.kinds?.length) add(`kind IN (${q.kinds.map(() => '?').join(',')})`, ...q.kinds);
  for (const [field, column] of LOOKUPS) {
    const v = q[field];
    if (v !== undefined) add(`${column} = ?`, field === 'sha256' ? v.toLowerCase() : v);
  }
  if (q.fromNs !== undefined) add('time_ns >= ?', q.fromNs);
  if (q.toNs !== undefined) add('time_ns < ?', q.toNs);
  // written as a range on time_ns first, so an index ordered by time starts at the cursor instead of filtering up to it
  if (q.after) add('time_ns <= ? AND (time_ns < ? OR rowid < ?)', q.after.timeNs, q.after.timeNs, q.after.rowid);
  return { clauses, args };
}

const whereOf = (clauses: readonly string[]) => (clauses.length ? `WHERE ${clauses.join(' AND ')}` : '');

const NEWEST_FIRST = 'ORDER BY time_ns DESC, rowid DESC';

export class SqliteEventReads {
  private readonly stmt;

  constructor(
    private readonly db: Db,
    private readonly decode: (r: EventRow) => StoredEvent,
    private readonly index: EventTextIndex,
    private readonly chunks: EventChunks,
    private readonly text: {
      /** Matches up to which a text search sorts every match by time (see search()). */
      maxCandidates: number;
      /** Newest filtered rows a text search with more matches than that checks per call. */
      maxScanRows: number;
    },
  ) {
    this.stmt = {
      bySeq: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE agent_id = ? AND seq = ?`).safeIntegers(true),
      replayBack: db.prepare('SELECT rowid, received_ms, kind FROM events WHERE rowid < ? ORDER BY rowid DESC LIMIT ?').safeIntegers(true),
      replayForward: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE rowid >= ? ORDER BY rowid LIMIT ?`).safeIntegers(true),
      // NOT INDEXED: on the rowid range only (the kind index would be read whole and sorted)
      replayForwardKinds: db
        .prepare(`SELECT ${EVENT_COLUMNS} FROM events NOT INDEXED WHERE rowid >= ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY rowid LIMIT ?`)
        .safeIntegers(true),
      timeline: db
        .prepare(
          `SELECT rowid, time_ns FROM events INDEXED BY events_chunk_agent_time WHERE ${IN_CHUNKS} AND agent_id = ? AND time_ns >= ? AND time_ns < ? AND (time_ns > ? OR (time_ns = ? AND rowid > ?)) ORDER BY time_ns, rowid LIMIT ?`,
        )
        .safeIntegers(true),
      byRowids: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE rowid IN (SELECT value FROM json_each(?))`).safeIntegers(true),
    };
  }

  private found(r: EventRow): FoundEvent {
    return { rowid: Number(r.rowid), ...this.decode(r) };
  }

  /**
   * One newest-first page. A text search asks the FTS5 index how many events match, up to
   * text.maxCandidates: when that is all of them (a rare word), it fetches exactly those rows and sorts them by
   * time, so a page is full and exact. A common word has more matches than are worth sorting, so it walks
   * the filtered rows newest first instead (commonWord) and keeps those the index matches, checking at most
   * text.maxScanRows rows per call: such a page may be short, and then `next` continues after the window.
   * Either way the order and the cursor are the same as without text.
   */
  search(q: EventSearchQuery): EventPage {
    const limit = Math.max(1, q.limit);
    if (!q.text) return this.page(this.rows(q, limit + 1), limit);
    const match = ftsPhrase(q.text);
    const matching = this.index.matching();
    if (!matching) return { events: [], next: undefined };
    const { clauses, args } = filters(q);
    const matches = Array<string>(matching.binds).fill(match);
    const head = this.db.prepare(`SELECT COUNT(*) FROM (${matching.sql} LIMIT ?)`).pluck();
    if (Number(head.get(...matches, this.text.maxCandidates + 1)) <= this.text.maxCandidates) {
      const sql = `SELECT ${EVENT_COLUMNS} FROM events ${whereOf([...clauses, `rowid IN (${matching.sql})`])} ${NEWEST_FIRST} LIMIT ?`;
      return this.page(this.all(sql, ...args, ...matches, limit + 1), limit);
    }
    return this.commonWord(q, match, limit);
  }

  /**
   * A word with more matches than are worth sorting: take the newest filtered rows by index (rowids and
   * times only), in windows growing from 16 pages' worth up to text.maxScanRows, and keep those among the
   * index's matches at or above the window's lowest rowid (FTS5 reads a rowid range of its lists, so a
   * common word costs what the window holds, not what the whole table holds).
   */
  private commonWord(q: EventSearchQuery, match: string, limit: number): EventPage {
    for (let size = Math.min(this.text.maxScanRows, limit * 16); ; size = Math.min(this.text.maxScanRows, size * 8)) {
      const w = this.window(q, size);
      if (w.lo === undefined) return { events: [], next: undefined };
      const from = this.index.matchingFrom(match, w.lo);
      const sql = `SELECT ${EVENT_COLUMNS} FROM events WHERE rowid IN (SELECT w.rowid FROM (${w.sql}) AS w WHERE w.rowid IN (${from.sql})) ${NEWEST_FIRST} LIMIT ?`;
      const found = this.all(sql, ...w.args, ...from.args, limit + 1);
      if (found.length > limit) return this.page(found, limit);
      if (w.rows < size) return { events: found, next: undefined }; // the window held every filtered row
      if (size >= this.text.maxScanRows) return { events: found, next: w.end() };
    }
  }

  /**
   * The newest `size` filtered rows as SQL of their rowids, how many there are, the lowest rowid among them,
   * and where the window ends (for paging past it). Without a chunked index the window stays a subquery; with
   * one, the chunk walk reads it and the statement gets its rowids as a list.
   */
  private window(q: Filter, size: number): { sql: string; args: unknown[]; rows: number; lo: bigint | undefined; end: () => EventCursor | undefined } {
    const index = chunkedIndexOf(q);
    if (index) {
      const keys = this.newestKeys(q, size);
      const last = keys[keys.length - 1];
      const lo = keys.reduce<bigint | undefined>((m, k) => (m === undefined || k.rowid < m ? k.rowid : m), undefined);
      return {
        sql: 'SELECT value AS rowid FROM json_each(?)',
        args: [rowidList(keys)],
        rows: keys.length,
        lo,
        end: () => (last ? { timeNs: last.time_ns, rowid: Number(last.rowid) } : undefined),
      };
    }
    const { clauses, args } = filters(q);
    const sql = `SELECT rowid, time_ns FROM events ${whereOf(clauses)} ${NEWEST_FIRST} LIMIT ?`;
    const span = this.db.prepare(`SELECT COUNT(*) AS n, MIN(rowid) AS lo FROM (${sql})`).safeIntegers(true);
    const { n, lo } = span.get(...args, size) as { n: bigint; lo: bigint | null };
    return {
      sql,
      args: [...args, size],
      rows: Number(n),
      lo: lo ?? undefined,
      end: () => {
        const r = this.db
          .prepare(`${sql} OFFSET ?`)
          .safeIntegers(true)
          .get(...args, 1, size - 1) as KeyRow | undefined;
        return r ? { timeNs: r.time_ns, rowid: Number(r.rowid) } : undefined;
      },
    };
  }

  /**
   * The rowids and times of the first `limit` filtered rows, newest first. A filter on a host or a lookup
   * reads its chunked index through the chunk walk (chunks.ts); the others read the time indexes in order.
   */
  private newestKeys(q: Filter, limit: number): KeyRow[] {
    const { clauses, args } = filters(q);
    const index = chunkedIndexOf(q);
    if (!index) {
      return this.db
        .prepare(`SELECT rowid, time_ns FROM events ${whereOf(clauses)} ${NEWEST_FIRST} LIMIT ?`)
        .safeIntegers(true)
        .all(...args, limit) as KeyRow[];
    }
    const read = this.db
      .prepare(`SELECT rowid, time_ns FROM events INDEXED BY ${index} ${whereOf([IN_CHUNKS, ...clauses])} ${NEWEST_FIRST} LIMIT ?`)
      .safeIntegers(true);
    const chunks = this.chunks.overlapping(q.fromNs, q.toNs).filter((c) => !q.after || c.minNs <= q.after.timeNs);
    return this.chunks.walk(chunks, limit, false, (batch, n) => read.all(chunkList(batch), ...args, n) as KeyRow[]);
  }

  /** The rows of these keys, in the keys' order. */
  private rowsOf(keys: readonly KeyRow[]): FoundEvent[] {
    if (keys.length === 0) return [];
    const byRowid = new Map((this.stmt.byRowids.all(rowidList(keys)) as EventRow[]).map((r) => [r.rowid, r]));
    return keys.flatMap((k) => {
      const r = byRowid.get(k.rowid);
      return r ? [this.found(r)] : [];
    });
  }

  private page(found: FoundEvent[], limit: number): EventPage {
    const events = found.slice(0, limit);
    const last = events[events.length - 1];
    return { events, next: found.length > limit && last ? { timeNs: last.timeNs, rowid: last.rowid } : undefined };
  }

  private all(sql: string, ...args: unknown[]): FoundEvent[] {
    return (
      this.db
        .prepare(sql)
        .safeIntegers(true)
        .all(...args) as EventRow[]
    ).map((r) => this.found(r));
  }

  /** Newest-first rows of a search without text. */
  private rows(q: Filter, limit: number): FoundEvent[] {
    return this.rowsOf(this.newestKeys(q, limit));
  }

  rates(q: { agentId?: string; fromMs: number; toMs: number; bucketMs: number }): RateBucket[] {
    const bucketNs = BigInt(q.bucketMs) * 1_000_000n;
    const fromNs = BigInt(q.fromMs) * 1_000_000n;
    const toNs = BigInt(q.toMs) * 1_000_000n;
    const scope = this.aggregate({ agentId: q.agentId, fromNs, toNs });
    const sql = `SELECT (time_ns - ?) / ? AS b, COUNT(*) AS n FROM ${scope.from} ${scope.where} GROUP BY b`;
    const args: unknown[] = [fromNs, bucketNs, ...scope.args];
    const counts = new Map<number, number>();
    for (const r of this.db
      .prepare(sql)
      .safeIntegers(true)
      .all(...args) as Array<{ b: bigint; n: bigint }>)
      counts.set(Number(r.b), Number(r.n));
    const out: RateBucket[] = [];
    for (let i = 0, t = q.fromMs; t < q.toMs; i++, t += q.bucketMs) out.push({ startMs: t, count: counts.get(i) ?? 0 });
    return out;
  }

  get(agentId: string, seq: number): FoundEvent | undefined {
    const r = this.stmt.bySeq.get(agentId, seq) as EventRow | undefined;
    return r ? this.found(r) : undefined;
  }

  timeline(q: EventTimelineQuery): FoundEvent[] {
    const after = q.after ?? { timeNs: q.fromNs - 1n, rowid: 0 };
    const chunks = this.chunks.overlapping(q.fromNs, q.toNs).filter((c) => c.maxNs >= after.timeNs);
    const keys = this.chunks.walk(
      chunks,
      Math.max(1, q.limit),
      true,
      (batch, n) => this.stmt.timeline.all(chunkList(batch), q.agentId, q.fromNs, q.toNs, after.timeNs, after.timeNs, after.rowid, n) as KeyRow[],
    );
    return this.rowsOf(keys);
  }

  countByKind(q: { agentId?: string; fromNs?: bigint; toNs?: bigint } = {}): Record<string, number> {
    const scope = this.aggregate(q, q.agentId === undefined ? undefined : 'events_chunk_agent_kind_time');
    const rows = this.db
      .prepare(`SELECT kind, COUNT(*) AS n FROM ${scope.from} ${scope.where} GROUP BY kind`)
      .safeIntegers(true)
      .all(...scope.args) as Array<{ kind: string; n: bigint }>;
    return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  }

  /** How many events a host (and kind) holds, or the whole store. */
  count(q: { agentId?: string; kind?: string }): number {
    const scope = this.aggregate({ agentId: q.agentId, kinds: q.kind === undefined ? undefined : [q.kind] });
    return Number(
      this.db
        .prepare(`SELECT COUNT(*) FROM ${scope.from} ${scope.where}`)
        .pluck()
        .get(...scope.args),
    );
  }

  /**
   * FROM and WHERE of an aggregate over a filter, with their arguments: a host or lookup filter reads its
   * chunked index over every chunk its time range may hold.
   */
  private aggregate(q: Filter, index = chunkedIndexOf(q)): { from: string; where: string; args: unknown[] } {
    const { clauses, args } = filters(q);
    if (!index) return { from: 'events', where: whereOf(clauses), args };
    const chunks = this.chunks.overlapping(q.fromNs, q.toNs).map((c) => c.chunk);
    return { from: `events INDEXED BY ${index}`, where: whereOf([IN_CHUNKS, ...clauses]), args: [chunkList(chunks), ...args] };
  }

  recent(agentId: string, kinds: readonly string[], limit: number): FoundEvent[] {
    return this.rows({ agentId, kinds }, Math.max(1, limit)).reverse();
  }

  /**
   * A cursor from the start of the newest run of rows received at or after q.sinceReceivedMs (at most
   * q.maxEvents of them), reading forward in stored order and on into rows stored later. The start is found
   * walking back from the newest row on rowid and receive time alone (seek), so the bound also bounds what is
   * read; a wall clock stepped back ends the run early. Rowids only grow (retention takes the oldest), so a
   * cursor that reached the newest row misses nothing stored after.
   */
  openReplay(q: ReplayQuery): ReplayCursor {
    const kinds = q.kinds && new Set(q.kinds);
    const kindList = q.kinds && JSON.stringify(q.kinds);
    let before = MAX_ROWID;
    let newest: bigint | undefined;
    let start: bigint | undefined;
    let counted = 0;
    let complete = true;
    let found = false;
    let from = 0n;
    const seek = (maxRows: number): boolean => {
      if (found) return true;
      for (let read = 0; !found && read < maxRows;) {
        const limit = Math.min(REPLAY_CHUNK, maxRows - read);
        const rows = this.stmt.replayBack.all(before, limit) as Array<{ rowid: bigint; received_ms: bigint; kind: string }>;
        read += rows.length;
        newest ??= rows[0]?.rowid;
        found = rows.length < limit; // the oldest row was reached
        for (const r of rows) {
          if (Number(r.received_ms) < q.sinceReceivedMs) {
            found = true;
            break;
          }
          if (kinds && !kinds.has(r.kind)) continue;
          if (counted >= q.maxEvents) {
            complete = false;
            found = true;
            break;
          }
          start = r.rowid;
          counted++;
        }
        if (rows.length > 0) before = rows[rows.length - 1]!.rowid;
      }
      // nothing to replay: the cursor waits past the newest row for rows stored later
      if (found) from = start ?? (newest === undefined ? 0n : newest + 1n);
      return found;
    };
    return {
      get complete() {
        return complete;
      },
      seek,
      next: (max, visit) => {
        seek(Infinity);
        const rows = (kindList ? this.stmt.replayForwardKinds.all(from, kindList, max) : this.stmt.replayForward.all(from, max)) as EventRow[];
        for (const r of rows) visit(this.decode(r));
        if (rows.length > 0) from = rows[rows.length - 1]!.rowid + 1n;
        return rows.length;
      },
    };
  }
}

/** Rows the replay cursor reads per statement walking back to its start. */
const REPLAY_CHUNK = 5000;
const MAX_ROWID = 2n ** 63n - 1n;
