// Alert storage in SQLite (the AlertStore of types.ts): a rule match becomes an alert, or updates the open
// alert of the same rule, host and group key within the dedupe window (count, last seen, evidence), so repeats
// never flood the queue. Status changes keep their full history (who, when, from, to, note).
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { ALERT_STATUSES, OPEN_STATUSES, type AlertStatus } from './store-schema.js';
import type {
  AlertCount,
  AlertEvidence,
  AlertHistoryEntry,
  AlertMatch,
  AlertQuery,
  AlertRecord,
  AlertStore,
  AlertStoreOptions,
  RecordOutcome,
} from './types.js';

export { alertsMigration, alertsTrustMigration, alertsMigrations, ALERT_STATUSES, type AlertStatus } from './store-schema.js';

interface Row {
  id: string;
  rule_id: string;
  rule_title: string;
  rule_kind: string;
  description: string;
  agent_id: string;
  severity: string;
  tags: string;
  attack: string;
  group_key: string;
  group_json: string;
  status: string;
  first_seen_ms: number;
  last_seen_ms: number;
  count: number;
  evidence_count: number;
  created_at_ms: number;
  updated_at_ms: number;
  status_by: string | null;
  status_at_ms: number | null;
  trusted: number;
}

function toRecord(r: Row): AlertRecord {
  return {
    id: r.id,
    ruleId: r.rule_id,
    ruleTitle: r.rule_title,
    ruleKind: r.rule_kind,
    description: r.description,
    agentId: r.agent_id,
    severity: r.severity,
    tags: JSON.parse(r.tags) as string[],
    attack: JSON.parse(r.attack) as string[],
    group: JSON.parse(r.group_json) as Record<string, string>,
    groupKey: r.group_key,
    status: r.status as AlertStatus,
    firstSeenMs: r.first_seen_ms,
    lastSeenMs: r.last_seen_ms,
    count: r.count,
    evidenceCount: r.evidence_count,
    createdAtMs: r.created_at_ms,
    updatedAtMs: r.updated_at_ms,
    statusBy: r.status_by,
    statusAtMs: r.status_at_ms,
    trusted: r.trusted !== 0,
  };
}

export class SqliteAlertStore implements AlertStore {
  private readonly findOpen;
  private readonly insert;
  private readonly update;
  private readonly addEvidence;
  private readonly addHistory;
  private readonly byId;

  constructor(
    private readonly db: Db,
    private readonly options: AlertStoreOptions,
  ) {
    const open = OPEN_STATUSES.map((s) => `'${s}'`).join(',');
    this.findOpen = db.prepare(
      `SELECT * FROM alerts WHERE rule_id = ? AND agent_id = ? AND group_key = ? AND status IN (${open}) AND last_seen_ms >= ? ORDER BY last_seen_ms DESC LIMIT 1`,
    );
    this.insert = db.prepare(
      `INSERT INTO alerts (id, rule_id, rule_title, rule_kind, description, agent_id, severity, tags, attack, group_key, group_json, status,
        first_seen_ms, last_seen_ms, count, evidence_count, created_at_ms, updated_at_ms, trusted)
       VALUES (@id, @ruleId, @ruleTitle, @ruleKind, @description, @agentId, @severity, @tags, @attack, @groupKey, @groupJson, 'new',
        @firstMs, @lastMs, @count, 0, @now, @now, @trusted)`,
    );
    this.update = db.prepare(
      `UPDATE alerts SET count = count + @count, first_seen_ms = MIN(first_seen_ms, @firstMs), last_seen_ms = MAX(last_seen_ms, @lastMs),
        updated_at_ms = @now, trusted = MIN(trusted, @trusted) WHERE id = @id`,
    );
    this.addEvidence = db.prepare('INSERT OR IGNORE INTO alert_events (alert_id, event_id, agent_id, time_ms) VALUES (?, ?, ?, ?)');
    this.addHistory = db.prepare('INSERT INTO alert_history (alert_id, at_ms, actor, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)');
    this.byId = db.prepare('SELECT * FROM alerts WHERE id = ?');
  }

  record(m: AlertMatch, nowMs: number): RecordOutcome {
    const existing = this.findOpen.get(m.ruleId, m.agentId, m.groupKey, m.firstMs - this.options.dedupeWindowMs) as Row | undefined;
    let id: string;
    let outcome: 'created' | 'updated';
    let evidence: number;
    if (existing) {
      id = existing.id;
      outcome = 'updated';
      evidence = existing.evidence_count;
      this.update.run({ id, count: m.count, firstMs: m.firstMs, lastMs: m.lastMs, now: nowMs, trusted: m.trusted === false ? 0 : 1 });
    } else {
      id = randomUUID();
      outcome = 'created';
      evidence = 0;
      this.insert.run({
        id,
        ruleId: m.ruleId,
        ruleTitle: m.ruleTitle,
        ruleKind: m.ruleKind,
        description: m.description,
        agentId: m.agentId,
        severity: m.severity,
        tags: JSON.stringify(m.tags),
        attack: JSON.stringify(m.attack),
        groupKey: m.groupKey,
        groupJson: JSON.stringify(m.group),
        firstMs: m.firstMs,
        lastMs: m.lastMs,
        count: m.count,
        now: nowMs,
        trusted: m.trusted === false ? 0 : 1,
      });
      this.addHistory.run(id, nowMs, 'detection', null, 'new', '');
    }
    let added = 0;
    for (let i = 0; i < m.eventIds.length; i++) {
      if (evidence + added >= this.options.maxEvidencePerAlert) break;
      added += this.addEvidence.run(id, m.eventIds[i]!, m.agentId, m.eventTimesMs[i] ?? m.lastMs).changes;
    }
    if (added > 0) this.db.prepare('UPDATE alerts SET evidence_count = evidence_count + ? WHERE id = ?').run(added, id);
    return { outcome, alert: toRecord(this.byId.get(id) as Row) };
  }

  get(id: string): AlertRecord | undefined {
    const r = this.byId.get(id) as Row | undefined;
    return r ? toRecord(r) : undefined;
  }

  evidence(id: string): AlertEvidence[] {
    return (
      this.db.prepare('SELECT event_id, agent_id, time_ms FROM alert_events WHERE alert_id = ? ORDER BY time_ms, event_id').all(id) as Array<{
        event_id: string;
        agent_id: string;
        time_ms: number;
      }>
    ).map((r) => ({ eventId: r.event_id, agentId: r.agent_id, timeMs: r.time_ms }));
  }

  history(id: string): AlertHistoryEntry[] {
    return (
      this.db.prepare('SELECT at_ms, actor, from_status, to_status, note FROM alert_history WHERE alert_id = ? ORDER BY at_ms, rowid').all(id) as Array<{
        at_ms: number;
        actor: string;
        from_status: string | null;
        to_status: string;
        note: string;
      }>
    ).map((r) => ({ atMs: r.at_ms, actor: r.actor, from: r.from_status as AlertStatus | null, to: r.to_status as AlertStatus, note: r.note }));
  }

  list(q: AlertQuery): AlertRecord[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.status?.length) {
      where.push(`status IN (${q.status.map(() => '?').join(',')})`);
      args.push(...q.status);
    }
    if (q.severity?.length) {
      where.push(`severity IN (${q.severity.map(() => '?').join(',')})`);
      args.push(...q.severity);
    }
    if (q.agentId) {
      where.push('agent_id = ?');
      args.push(q.agentId);
    }
    if (q.ruleId) {
      where.push('rule_id = ?');
      args.push(q.ruleId);
    }
    if (q.fromMs !== undefined) {
      where.push('last_seen_ms >= ?');
      args.push(q.fromMs);
    }
    if (q.toMs !== undefined) {
      where.push('last_seen_ms < ?');
      args.push(q.toMs);
    }
    if (q.after) {
      where.push('(last_seen_ms < ? OR (last_seen_ms = ? AND id < ?))');
      args.push(q.after.lastSeenMs, q.after.lastSeenMs, q.after.id);
    }
    const sql = `SELECT * FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY last_seen_ms DESC, id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, q.limit) as Row[]).map(toRecord);
  }

  setStatus(id: string, status: AlertStatus, actor: string, note: string, nowMs: number): AlertRecord | undefined {
    if (!ALERT_STATUSES.includes(status)) throw new Error(`unknown alert status ${status}`);
    return this.db.transaction(() => {
      const before = this.byId.get(id) as Row | undefined;
      if (!before) return undefined;
      if (before.status === status) return toRecord(before);
      this.db.prepare('UPDATE alerts SET status = ?, status_by = ?, status_at_ms = ?, updated_at_ms = ? WHERE id = ?').run(status, actor, nowMs, nowMs, id);
      this.addHistory.run(id, nowMs, actor, before.status, status, note);
      return toRecord(this.byId.get(id) as Row);
    })();
  }

  openBySeverity(agentId: string): Record<string, number> {
    const open = OPEN_STATUSES.map((s) => `'${s}'`).join(',');
    const rows = this.db
      .prepare(`SELECT severity, COUNT(*) AS n FROM alerts WHERE agent_id = ? AND status IN (${open}) GROUP BY severity`)
      .all(agentId) as Array<{ severity: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.severity, r.n]));
  }

  counts(): AlertCount[] {
    return this.db.prepare('SELECT severity, status, COUNT(*) AS count FROM alerts GROUP BY severity, status ORDER BY severity, status').all() as AlertCount[];
  }
}
