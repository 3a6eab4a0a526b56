// Event search and rates for the API over the embedded event table (events/store.ts):
// newest first with a (time, rowid) cursor, filters by host, kind, time range and text, and per-bucket
// counts for the rate charts. Text search narrows in SQL on the stored bytes, then checks the decoded event.
import { vigil } from '@vigil/proto';
import type { Db } from '../store/db.js';
import { EVENT_COLUMNS, toStoredEvent, type EventRow } from './store.js';
import type { StoredEvent } from './types.js';

export interface EventSearchQuery {
  agentId?: string;
  kinds?: string[];
  fromNs?: bigint;
  toNs?: bigint;
  text?: string;
  /** Continue after this (timeNs, rowid), exclusive. */
  after?: { timeNs: bigint; rowid: number };
  limit: number;
}

/** A stored event plus its rowid, the tie-breaker of the (time, rowid) cursor. */
export interface FoundEvent extends StoredEvent {
  rowid: number;
}

export interface RateBucket {
  startMs: number;
  count: number;
}

interface Row extends EventRow {
  rowid: bigint;
}

function toFound(r: Row): FoundEvent {
  return { rowid: Number(r.rowid), ...toStoredEvent(r) };
}

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

export function eventToJson(e: vigil.v1.Event): Record<string, unknown> {
  return vigil.v1.Event.toObject(e, { longs: String, enums: String, bytes: String, defaults: false, oneofs: false });
}

export class EventSearch {
  constructor(
    private readonly db: Db,
    /** Rows a text search may read per call (see search()). */
    private readonly maxTextScanRows = 200_000,
  ) {}

  search(q: EventSearchQuery): FoundEvent[] {
    const { where, args } = filters(q);
    const needle = q.text?.toLowerCase();
    const filtered = `SELECT rowid, ${EVENT_COLUMNS} FROM events ${where} ORDER BY time_ns DESC, rowid DESC`;
    // Text search reads event bodies: it looks at no more than maxTextScanRows of the newest matching rows per
    // call (the cursor moves the window), so one query never scans the whole table.
    const sql = needle
      ? `SELECT * FROM (${filtered} LIMIT ?) WHERE instr(lower(CAST(body AS TEXT)), ?) > 0 ORDER BY time_ns DESC, rowid DESC LIMIT ?`
      : `${filtered} LIMIT ?`;
    const rows = (
      needle
        ? this.db
            .prepare(sql)
            .safeIntegers(true)
            .all(...args, this.maxTextScanRows, needle, q.limit)
        : this.db
            .prepare(sql)
            .safeIntegers(true)
            .all(...args, q.limit)
    ) as Row[];
    const out: FoundEvent[] = [];
    for (const r of rows) {
      const found = toFound(r);
      if (needle && !JSON.stringify(eventToJson(found.event)).toLowerCase().includes(needle)) continue;
      out.push(found);
    }
    return out;
  }

  /**
   * Where a text search's scan window ends when the window was full (so paging can continue past rows that did
   * not match); undefined when the window reached the oldest matching row.
   */
  textWindowEnd(q: Omit<EventSearchQuery, 'text' | 'limit'>): { timeNs: bigint; rowid: number } | undefined {
    const { where, args } = filters(q);
    const sql = `SELECT time_ns, rowid FROM events ${where} ORDER BY time_ns DESC, rowid DESC LIMIT 1 OFFSET ?`;
    const r = this.db
      .prepare(sql)
      .safeIntegers(true)
      .get(...args, this.maxTextScanRows - 1) as { time_ns: bigint; rowid: bigint } | undefined;
    return r ? { timeNs: r.time_ns, rowid: Number(r.rowid) } : undefined;
  }

  /** Events per time bucket in [fromMs, toMs), for one host or the fleet; empty buckets included. */
  rate(q: { agentId?: string; fromMs: number; toMs: number; bucketMs: number }): RateBucket[] {
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

  bySeq(agentId: string, seq: number): FoundEvent | undefined {
    const r = this.db.prepare(`SELECT rowid, ${EVENT_COLUMNS} FROM events WHERE agent_id = ? AND seq = ?`).safeIntegers(true).get(agentId, seq) as
      Row | undefined;
    return r ? toFound(r) : undefined;
  }

  /** Replays a host's recent events of the given kinds, oldest first (to rebuild the host tracker). */
  recent(agentId: string, kinds: string[], limit: number): FoundEvent[] {
    return this.search({ agentId, kinds, limit }).reverse();
  }
}
