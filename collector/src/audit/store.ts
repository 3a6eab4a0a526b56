// The audit log in SQLite (the AuditLog of types.ts): append-only, hash-chained rows (chain.ts), read newest first with an id cursor
// for the page and API. Refused unauthenticated requests are aggregated per source, action and result into
// one row per window, so a flood cannot write unbounded rows; retention keeps age and row count bounded.
import type { Db, Migration } from '../store/db.js';
import type { AuditRecord, AuditResult } from './writer.js';
import { GENESIS, rowHash, type ChainReport } from './chain.js';
import type { AuditEntry, AuditLimits, AuditLog, AuditQuery } from './types.js';

/** Issue 13 item 14: rows carry the chain. Rows written before this migration stay unchained. */
export const auditChainMigration: Migration = {
  id: 'audit-2',
  up(db) {
    db.exec('ALTER TABLE audit ADD COLUMN prev_hash TEXT; ALTER TABLE audit ADD COLUMN hash TEXT;');
  },
};

interface Aggregate {
  record: AuditRecord;
  count: number;
  firstMs: number;
  lastMs: number;
  users: Set<string>;
}

const auditTableMigration: Migration = {
  id: 'audit-1',
  up(db) {
    db.exec(`CREATE TABLE audit (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      time_ms INTEGER NOT NULL,
      user TEXT NOT NULL,
      source TEXT NOT NULL,
      action TEXT NOT NULL,
      target TEXT NOT NULL,
      result TEXT NOT NULL,
      detail TEXT
    );
    CREATE INDEX audit_time ON audit(time_ms);
    CREATE INDEX audit_user ON audit(user, id);
    CREATE INDEX audit_target ON audit(target, id);`);
  },
};

/** Every migration of the audit table, in order. */
export const auditMigrations: readonly Migration[] = [auditTableMigration, auditChainMigration];

interface Row {
  id: number;
  time_ms: number;
  user: string;
  source: string;
  action: string;
  target: string;
  result: string;
  detail: string | null;
}

/** Longest detail JSON kept per entry; larger details are replaced by a marker rather than bloating the log. */
const MAX_DETAIL_CHARS = 4096;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A text column as SQLite will give it back: cut to `max` UTF-16 units, each lone surrogate (a cut pair's
 * half included) as U+FFFD. SQLite stores a lone surrogate as bytes that read back as three U+FFFD, so a row
 * hashed as written failed the chain check: any operator could "break" the chain with one login attempt.
 */
function storedText(s: string, max: number): string {
  return s.slice(0, max).replace(LONE_SURROGATE, '\ufffd');
}

export class SqliteAuditLog implements AuditLog {
  private readonly insert;
  private readonly lastRow;
  private readonly aggregates = new Map<string, Aggregate>();
  private readonly limits: AuditLimits;
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
    limits: AuditLimits,
  ) {
    this.limits = limits;
    this.insert = db.prepare(
      'INSERT INTO audit (id, time_ms, user, source, action, target, result, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.lastRow = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1');
  }

  /**
   * Appends one row. A refused request nobody was authenticated for (`record.unauthenticated`) is folded
   * into its source's aggregate: the first of a window is written at once, the rest as one counted row.
   */
  write(record: AuditRecord): void {
    if (record.unauthenticated && record.result !== 'ok') return this.aggregate(record);
    this.append(record);
  }

  private aggregate(record: AuditRecord): void {
    const now = record.timeMs ?? this.now();
    this.flushAggregates(now);
    let source = record.source;
    let key = `${source}\u0000${record.action}\u0000${record.result}`;
    if (!this.aggregates.has(key) && this.aggregates.size >= this.limits.maxAggregates) {
      source = '*';
      key = `*\u0000${record.action}\u0000${record.result}`;
    }
    const a = this.aggregates.get(key);
    if (a) {
      a.count++;
      a.lastMs = now;
      if (a.users.size < 20) a.users.add(record.user);
      return;
    }
    this.append(record); // the first of a window is visible at once
    this.aggregates.set(key, { record: { ...record, source }, count: 0, firstMs: now, lastMs: now, users: new Set() });
  }

  /** Writes the counted rows of windows that ended (all of them with `all`); the collector calls this on a timer and at stop. */
  flushAggregates(nowMs = this.now(), all = false): void {
    for (const [key, a] of this.aggregates) {
      if (!all && nowMs - a.firstMs < this.limits.refusedWindowMs) continue;
      this.aggregates.delete(key);
      if (a.count === 0) continue;
      this.append({
        ...a.record,
        timeMs: a.lastMs,
        user: a.users.size === 1 ? [...a.users][0]! : '-',
        detail: { ...a.record.detail, aggregated: true, count: a.count, firstMs: a.firstMs, lastMs: a.lastMs, users: [...a.users] },
      });
    }
  }

  private append(record: AuditRecord): void {
    let detail: string | null = record.detail ? JSON.stringify(record.detail) : null;
    if (detail && detail.length > MAX_DETAIL_CHARS) detail = JSON.stringify({ truncated: true, chars: detail.length });
    // Read the chain's end and append in one write transaction: the CLI may write to this log too.
    this.db.transaction(() => this.appendRow(record, detail)).immediate();
  }

  private appendRow(record: AuditRecord, detail: string | null): void {
    const last = this.lastRow.get() as { id: number; hash: string | null } | undefined;
    const prev = last?.hash ?? GENESIS;
    const row = {
      id: (last?.id ?? 0) + 1,
      time_ms: record.timeMs ?? this.now(),
      user: storedText(record.user, 200),
      source: storedText(record.source, 100),
      action: storedText(record.action, 100),
      target: storedText(record.target, 300),
      result: record.result,
      detail,
    };
    const hash = rowHash(prev, row);
    this.insert.run(row.id, row.time_ms, row.user, row.source, row.action, row.target, row.result, row.detail, prev, hash);
  }

  /** Re-computes the chain from the oldest chained row; the first mismatch is reported. */
  verify(): ChainReport {
    let prev: string | undefined;
    let rows = 0;
    for (const r of this.db.prepare('SELECT * FROM audit WHERE hash IS NOT NULL ORDER BY id').iterate() as IterableIterator<
      Row & { prev_hash: string; hash: string }
    >) {
      if (prev !== undefined && r.prev_hash !== prev) return { ok: false, rows, firstBad: { id: r.id, reason: 'link' } };
      if (rowHash(r.prev_hash, r) !== r.hash) return { ok: false, rows, firstBad: { id: r.id, reason: 'hash' } };
      prev = r.hash;
      rows++;
    }
    return { ok: true, rows, firstBad: null };
  }

  /** Deletes the oldest rows beyond the age and row limits (the chain stays verifiable from the first left). */
  prune(policy: { maxAgeMs: number; maxRows: number; nowMs: number }): number {
    const byAge = this.db.prepare('DELETE FROM audit WHERE time_ms < ? AND id < (SELECT MAX(id) FROM audit)').run(policy.nowMs - policy.maxAgeMs).changes;
    const count = Number(this.db.prepare('SELECT COUNT(*) FROM audit').pluck().get());
    const extra = Math.max(0, count - policy.maxRows);
    const byCount = extra > 0 ? this.db.prepare('DELETE FROM audit WHERE id IN (SELECT id FROM audit ORDER BY id LIMIT ?)').run(extra).changes : 0;
    const deleted = byAge + byCount;
    if (deleted > 0) this.append({ user: 'collector', source: 'collector', action: 'audit.prune', target: '', result: 'ok', detail: { deleted } });
    return deleted;
  }

  list(q: AuditQuery): AuditEntry[] {
    const where: string[] = [];
    const args: Array<string | number> = [];
    const add = (clause: string, value: string | number) => {
      where.push(clause);
      args.push(value);
    };
    if (q.user !== undefined) add('user = ?', q.user);
    if (q.action !== undefined) add('action = ?', q.action);
    if (q.target !== undefined) add('target = ?', q.target);
    if (q.sinceMs !== undefined) add('time_ms >= ?', q.sinceMs);
    if (q.untilMs !== undefined) add('time_ms < ?', q.untilMs);
    if (q.beforeId !== undefined) add('id < ?', q.beforeId);
    const sql = `SELECT * FROM audit ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...args, q.limit) as Row[];
    return rows.map((r) => ({
      id: r.id,
      timeMs: r.time_ms,
      user: r.user,
      source: r.source,
      action: r.action,
      target: r.target,
      result: r.result as AuditResult,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    }));
  }
}
