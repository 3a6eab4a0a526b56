// The read side of the SQLite event store (SqliteEventStore forwards to it): newest-first search with a
// (time, rowid) cursor, per-bucket rates, one event by sequence, a host's time window oldest first, and counts
// by kind, and the replay of recent rows in stored order. Text search reads the FTS5 index (text-index.ts): see search() for how it keeps newest-first paging.
import type { Db } from '../store/db.js';
import { ftsPhrase } from './text-query.js';
import type { EventTextIndex } from './text-index.js';
import type { EventCursor, EventPage, EventSearchQuery, EventTimelineQuery, FoundEvent, RateBucket, ReplayQuery, ReplayResult, StoredEvent } from './types.js';

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

/** The lookup columns a search may filter on, each with its own partial (column, time) index. */
const LOOKUPS = [
  ['exe', 'exe'],
  ['sha256', 'sha256'],
  ['user', 'user'],
  ['remote', 'remote'],
] as const;

/** The WHERE clause (and its arguments) of a search without its text: host, kinds, lookups, time range, cursor. */
function filters(q: Omit<EventSearchQuery, 'text' | 'limit'>): { where: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
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
  return { where: where.length ? 'WHERE ' + where.join(' AND ') : '', args };
}

const NEWEST_FIRST = 'ORDER BY time_ns DESC, rowid DESC';

export class SqliteEventReads {
  private readonly stmt;

  constructor(
    private readonly db: Db,
    private readonly decode: (r: EventRow) => StoredEvent,
    private readonly index: EventTextIndex,
    private readonly text: {
      /** Matches up to which a text search sorts every match by time (see search()). */
      maxCandidates: number;
      /** Newest filtered rows a text search with more matches than that checks per call. */
      maxScanRows: number;
    },
  ) {
    this.stmt = {
      bySeq: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE agent_id = ? AND seq = ?`).safeIntegers(true),
      replayBack: db.prepare('SELECT rowid, received_ms FROM events WHERE rowid < ? ORDER BY rowid DESC LIMIT ?').safeIntegers(true),
      replayForward: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE rowid >= ? ORDER BY rowid LIMIT ?`).safeIntegers(true),
      timeline: db
        .prepare(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE agent_id = ? AND time_ns >= ? AND time_ns < ? AND (time_ns > ? OR (time_ns = ? AND rowid > ?)) ORDER BY time_ns, rowid LIMIT ?`,
        )
        .safeIntegers(true),
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
    const { where, args } = filters(q);
    const matches = Array<string>(matching.binds).fill(match);
    const head = this.db.prepare(`SELECT COUNT(*) FROM (${matching.sql} LIMIT ?)`).pluck();
    if (Number(head.get(...matches, this.text.maxCandidates + 1)) <= this.text.maxCandidates) {
      const sql = `SELECT ${EVENT_COLUMNS} FROM events ${where ? `${where} AND` : 'WHERE'} rowid IN (${matching.sql}) ${NEWEST_FIRST} LIMIT ?`;
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
    const { where, args } = filters(q);
    const window = `SELECT rowid, time_ns FROM events ${where} ${NEWEST_FIRST} LIMIT ?`;
    const span = this.db.prepare(`SELECT COUNT(*) AS n, MIN(rowid) AS lo FROM (${window})`).safeIntegers(true);
    for (let size = Math.min(this.text.maxScanRows, limit * 16); ; size = Math.min(this.text.maxScanRows, size * 8)) {
      const { n, lo } = span.get(...args, size) as { n: bigint; lo: bigint | null };
      if (lo === null) return { events: [], next: undefined };
      const from = this.index.matchingFrom(match, lo);
      const sql = `SELECT ${EVENT_COLUMNS} FROM events WHERE rowid IN (SELECT w.rowid FROM (${window}) AS w WHERE w.rowid IN (${from.sql})) ${NEWEST_FIRST} LIMIT ?`;
      const found = this.all(sql, ...args, size, ...from.args, limit + 1);
      if (found.length > limit) return this.page(found, limit);
      if (Number(n) < size) return { events: found, next: undefined }; // the window held every filtered row
      if (size >= this.text.maxScanRows) return { events: found, next: this.windowEnd(q) };
    }
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
  private rows(q: Omit<EventSearchQuery, 'text'>, limit: number): FoundEvent[] {
    const { where, args } = filters(q);
    return this.all(`SELECT ${EVENT_COLUMNS} FROM events ${where} ${NEWEST_FIRST} LIMIT ?`, ...args, limit);
  }

  /**
   * Where a common-word text search's scan window ends when the window was full (so paging can continue past
   * rows that did not match); undefined when the window reached the oldest filtered row.
   */
  private windowEnd(q: Omit<EventSearchQuery, 'text' | 'limit'>): EventCursor | undefined {
    const { where, args } = filters(q);
    const sql = `SELECT time_ns, rowid FROM events ${where} ${NEWEST_FIRST} LIMIT 1 OFFSET ?`;
    const r = this.db
      .prepare(sql)
      .safeIntegers(true)
      .get(...args, this.text.maxScanRows - 1) as { time_ns: bigint; rowid: bigint } | undefined;
    return r ? { timeNs: r.time_ns, rowid: Number(r.rowid) } : undefined;
  }

  rates(q: { agentId?: string; fromMs: number; toMs: number; bucketMs: number }): RateBucket[] {
    const bucketNs = BigInt(q.bucketMs) * 1_000_000n;
    const fromNs = BigInt(q.fromMs) * 1_000_000n;
    const toNs = BigInt(q.toMs) * 1_000_000n;
    const sql = `SELECT (time_ns - ?) / ? AS b, COUNT(*) AS n FROM events WHERE time_ns >= ? AND time_ns < ? ${q.agentId ? 'AND agent_id = ?' : ''} GROUP BY b`;
    const args: unknown[] = [fromNs, bucketNs, fromNs, toNs];
    if (q.agentId) args.push(q.agentId);
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
    const rows = this.stmt.timeline.all(q.agentId, q.fromNs, q.toNs, after.timeNs, after.timeNs, after.rowid, Math.max(1, q.limit)) as EventRow[];
    return rows.map((r) => this.found(r));
  }

  countByKind(q: { agentId?: string; fromNs?: bigint; toNs?: bigint } = {}): Record<string, number> {
    const { where, args } = filters(q);
    const rows = this.db
      .prepare(`SELECT kind, COUNT(*) AS n FROM events ${where} GROUP BY kind`)
      .safeIntegers(true)
      .all(...args) as Array<{ kind: string; n: bigint }>;
    return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  }

  recent(agentId: string, kinds: readonly string[], limit: number): FoundEvent[] {
    return this.rows({ agentId, kinds, limit }, Math.max(1, limit)).reverse();
  }

  /**
   * The newest run of rows received at or after q.sinceReceivedMs, at most q.maxEvents of them, handed to
   * `visit` in the order they were stored. The start is found walking back from the newest row on rowid and
   * receive time alone, so the bound also bounds what is read; a wall clock stepped back ends the run early.
   */
  replay(q: ReplayQuery, visit: (e: StoredEvent) => void): ReplayResult {
    let before = MAX_ROWID;
    let start: bigint | undefined;
    let events = 0;
    let complete = true;
    walk: for (;;) {
      const rows = this.stmt.replayBack.all(before, REPLAY_CHUNK) as Array<{ rowid: bigint; received_ms: bigint }>;
      for (const r of rows) {
        if (Number(r.received_ms) < q.sinceReceivedMs) break walk;
        if (events >= q.maxEvents) {
          complete = false;
          break walk;
        }
        start = r.rowid;
        events++;
      }
      if (rows.length < REPLAY_CHUNK) break;
      before = rows[rows.length - 1]!.rowid;
    }
    if (start === undefined) return { events: 0, complete };
    let visited = 0;
    for (let from = start; visited < events;) {
      const rows = this.stmt.replayForward.all(from, Math.min(REPLAY_CHUNK, events - visited)) as EventRow[];
      if (rows.length === 0) break;
      for (const r of rows) visit(this.decode(r));
      visited += rows.length;
      from = rows[rows.length - 1]!.rowid + 1n;
    }
    return { events: visited, complete };
  }
}

/** Rows replay() reads per statement, walking back and then forward. */
const REPLAY_CHUNK = 5000;
const MAX_ROWID = 2n ** 63n - 1n;
