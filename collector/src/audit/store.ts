// The audit log in SQLite: append-only rows, read newest first with an id cursor for the page and API.
import type { Db, Migration } from '../store/db.js';
import type { AuditRecord, AuditResult, AuditWriter } from './writer.js';

export const auditMigration: Migration = {
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

export interface AuditEntry {
  id: number;
  timeMs: number;
  user: string;
  source: string;
  action: string;
  target: string;
  result: AuditResult;
  detail: Record<string, unknown> | null;
}

export interface AuditQuery {
  user?: string;
  action?: string;
  /** Exact target, e.g. "agent:abc". */
  target?: string;
  sinceMs?: number;
  untilMs?: number;
  /** Return only entries with id below this (newest-first paging). */
  beforeId?: number;
  limit: number;
}

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

export class SqliteAuditLog implements AuditWriter {
  private readonly insert;
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.insert = db.prepare(
      'INSERT INTO audit (time_ms, user, source, action, target, result, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  write(record: AuditRecord): void {
    let detail: string | null = record.detail ? JSON.stringify(record.detail) : null;
    if (detail && detail.length > MAX_DETAIL_CHARS) detail = JSON.stringify({ truncated: true, chars: detail.length });
    this.insert.run(
      record.timeMs ?? this.now(),
      record.user.slice(0, 200),
      record.source.slice(0, 100),
      record.action.slice(0, 100),
      record.target.slice(0, 300),
      record.result,
      detail,
    );
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
