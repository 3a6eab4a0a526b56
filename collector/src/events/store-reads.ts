// The read side of the SQLite event store (SqliteEventStore forwards to it): newest-first search with a
// (time, rowid) cursor and a bounded text scan, per-bucket rates, one event by sequence, a host's time window
// oldest first, and counts by kind. Text search narrows in SQL on the stored bytes, then checks the decoded event.
import type { Db } from '../store/db.js';
import { eventToJson } from './json.js';
import type { EventCursor, EventPage, EventSearchQuery, EventTimelineQuery, FoundEvent, RateBucket, StoredEvent } from './types.js';

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

/** The WHERE clause (and its arguments) of a search without its text: host, kinds, time range, cursor. */
function filters(q: Omit<EventSearchQuery, 'text' | 'limit'>): { where: string; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    args.push(...values);
  };
  if (q.agentId !== undefined) add('agent_id = ?', q.agentId);
  if (q.kinds?.length) add(`kind IN (${q.kinds.map(() => '?').join(',')})`, ...q.kinds);
  if (q.fromNs !== undefined) add('time_ns >= ?', q.fromNs);
  if (q.toNs !== undefined) add('time_ns < ?', q.toNs);
  if (q.after) add('(time_ns < ? OR (time_ns = ? AND rowid < ?))', q.after.timeNs, q.after.timeNs, q.after.rowid);
  return { where: where.length ? 'WHERE ' + where.join(' AND ') : '', args };
}

export class SqliteEventReads {
  private readonly stmt;

  constructor(
    private readonly db: Db,
    private readonly decode: (r: EventRow) => StoredEvent,
    /** Rows a text search may read per call (see search()). */
    private readonly maxTextScanRows: number,
  ) {
    this.stmt = {
      bySeq: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE agent_id = ? AND seq = ?`).safeIntegers(true),
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

  search(q: EventSearchQuery): EventPage {
    const limit = Math.max(1, q.limit);
    const found = this.rows(q, limit + 1);
    const events = found.slice(0, limit);
    const last = events[events.length - 1];
    let next: EventCursor | undefined = found.length > limit && last ? { timeNs: last.timeNs, rowid: last.rowid } : undefined;
    // a text search that filled less than a page may have stopped at its scan window: continue after it
    if (!next && q.text) next = this.textWindowEnd(q);
    return { events, next };
  }

  private rows(q: EventSearchQuery, limit: number): FoundEvent[] {
    const { where, args } = filters(q);
    const needle = q.text?.toLowerCase();
    const filtered = `SELECT ${EVENT_COLUMNS} FROM events ${where} ORDER BY time_ns DESC, rowid DESC`;
    // Text search reads event bodies: it looks at no more than maxTextScanRows of the newest matching rows per
    // call (the cursor moves the window), so one query never scans the whole table.
    const rows = (
      needle
        ? this.db
            .prepare(`SELECT * FROM (${filtered} LIMIT ?) WHERE instr(lower(CAST(body AS TEXT)), ?) > 0 ORDER BY time_ns DESC, rowid DESC LIMIT ?`)
            .safeIntegers(true)
            .all(...args, this.maxTextScanRows, needle, limit)
        : this.db
            .prepare(`${filtered} LIMIT ?`)
            .safeIntegers(true)
            .all(...args, limit)
    ) as EventRow[];
    const out: FoundEvent[] = [];
    for (const r of rows) {
      const f = this.found(r);
      if (needle && !JSON.stringify(eventToJson(f.event)).toLowerCase().includes(needle)) continue;
      out.push(f);
    }
    return out;
  }

  /**
   * Where a text search's scan window ends when the window was full (so paging can continue past rows that did
   * not match); undefined when the window reached the oldest matching row.
   */
  private textWindowEnd(q: Omit<EventSearchQuery, 'text' | 'limit'>): EventCursor | undefined {
    const { where, args } = filters(q);
    const sql = `SELECT time_ns, rowid FROM events ${where} ORDER BY time_ns DESC, rowid DESC LIMIT 1 OFFSET ?`;
    const r = this.db
      .prepare(sql)
      .safeIntegers(true)
      .get(...args, this.maxTextScanRows - 1) as { time_ns: bigint; rowid: bigint } | undefined;
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
}
