// The incidents table and what defines an incident: its hosts, its alerts and its phase history, with the
// paged, filtered list. SqliteIncidentStore (store.ts) adds what responders attach to an incident; the
// two files split one store by concern, and only this feature writes SQL against its tables.
import type { Db } from '../store/db.js';
import type { FollowUp, IncidentPatch, IncidentQuery, IncidentRecord, IncidentSource, NewIncident, Phase, PhaseMove, Review } from './types.js';

interface Row {
  id: string;
  title: string;
  severity: string;
  phase: string;
  assignee: string | null;
  source: string;
  report_source: string | null;
  summary: string;
  created_by: string;
  created_at_ms: number;
  updated_at_ms: number;
  first_malicious_ms: number | null;
  contained_at_ms: number | null;
  remediated_at_ms: number | null;
  closed_at_ms: number | null;
  root_cause: string | null;
  what_worked: string | null;
  what_did_not: string | null;
  follow_ups: string | null;
  reviewed_by: string | null;
  reviewed_at_ms: number | null;
}

const PATCH_COLUMNS: Record<string, string> = {
  title: 'title',
  severity: 'severity',
  assignee: 'assignee',
  summary: 'summary',
  firstMaliciousMs: 'first_malicious_ms',
  phase: 'phase',
  containedAtMs: 'contained_at_ms',
  remediatedAtMs: 'remediated_at_ms',
  closedAtMs: 'closed_at_ms',
};

export class SqliteIncidentRecords {
  constructor(protected readonly db: Db) {}

  /** Runs fn in one transaction (several writes that must land together). */
  tx<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  create(n: NewIncident, nowMs: number): IncidentRecord {
    return this.tx(() => {
      this.db
        .prepare(
          `INSERT INTO incidents (id, title, severity, phase, assignee, source, report_source, summary, created_by, created_at_ms, updated_at_ms, first_malicious_ms)
           VALUES (?, ?, ?, 'identified', ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(n.id, n.title, n.severity, n.assignee, n.source, n.reportSource, n.summary, n.createdBy, nowMs, nowMs, n.firstMaliciousMs);
      for (const h of n.hosts) this.addHost(n.id, h, nowMs);
      for (const a of n.alertIds) this.addAlert(n.id, a, n.createdBy, nowMs);
      this.addPhase(n.id, { atMs: nowMs, actor: n.createdBy, from: null, to: 'identified', note: '' });
      return this.get(n.id) as IncidentRecord;
    });
  }

  get(id: string): IncidentRecord | undefined {
    const r = this.db.prepare('SELECT * FROM incidents WHERE id = ?').get(id) as Row | undefined;
    return r ? this.toRecord(r) : undefined;
  }

  private toRecord(r: Row): IncidentRecord {
    const hosts = this.db.prepare('SELECT agent_id FROM incident_hosts WHERE incident_id = ? ORDER BY added_at_ms, agent_id').pluck().all(r.id) as string[];
    const alertIds = this.db.prepare('SELECT alert_id FROM incident_alerts WHERE incident_id = ? ORDER BY added_at_ms, alert_id').pluck().all(r.id) as string[];
    return {
      id: r.id,
      title: r.title,
      severity: r.severity,
      phase: r.phase as Phase,
      assignee: r.assignee,
      source: r.source as IncidentSource,
      reportSource: r.report_source,
      summary: r.summary,
      createdBy: r.created_by,
      createdAtMs: r.created_at_ms,
      updatedAtMs: r.updated_at_ms,
      firstMaliciousMs: r.first_malicious_ms,
      containedAtMs: r.contained_at_ms,
      remediatedAtMs: r.remediated_at_ms,
      closedAtMs: r.closed_at_ms,
      review:
        r.root_cause !== null
          ? {
              rootCause: r.root_cause,
              whatWorked: r.what_worked ?? '',
              whatDidNot: r.what_did_not ?? '',
              followUps: r.follow_ups ? (JSON.parse(r.follow_ups) as FollowUp[]) : [],
              reviewedBy: r.reviewed_by ?? '',
              reviewedAtMs: r.reviewed_at_ms ?? 0,
            }
          : null,
      hosts,
      alertIds,
    };
  }

  list(q: IncidentQuery): IncidentRecord[] {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (clause: string, ...values: unknown[]) => {
      where.push(clause);
      args.push(...values);
    };
    if (q.phase?.length) add(`phase IN (${q.phase.map(() => '?').join(',')})`, ...q.phase);
    if (q.agentId) add('id IN (SELECT incident_id FROM incident_hosts WHERE agent_id = ?)', q.agentId);
    if (q.fromMs !== undefined) add('created_at_ms >= ?', q.fromMs);
    if (q.toMs !== undefined) add('created_at_ms < ?', q.toMs);
    if (q.after) add('(created_at_ms < ? OR (created_at_ms = ? AND id < ?))', q.after.createdAtMs, q.after.createdAtMs, q.after.id);
    const sql = `SELECT * FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at_ms DESC, id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, q.limit) as Row[]).map((r) => this.toRecord(r));
  }

  update(id: string, patch: IncidentPatch, nowMs: number): void {
    const keys = Object.keys(patch).filter((k) => PATCH_COLUMNS[k]);
    const sets = [...keys.map((k) => `${PATCH_COLUMNS[k]} = @${k}`), 'updated_at_ms = @now'];
    this.db.prepare(`UPDATE incidents SET ${sets.join(', ')} WHERE id = @id`).run({ ...patch, id, now: nowMs });
  }

  setReview(id: string, review: Review): void {
    this.db
      .prepare(
        'UPDATE incidents SET root_cause = ?, what_worked = ?, what_did_not = ?, follow_ups = ?, reviewed_by = ?, reviewed_at_ms = ?, updated_at_ms = ? WHERE id = ?',
      )
      .run(
        review.rootCause,
        review.whatWorked,
        review.whatDidNot,
        JSON.stringify(review.followUps),
        review.reviewedBy,
        review.reviewedAtMs,
        review.reviewedAtMs,
        id,
      );
  }

  addHost(id: string, agentId: string, nowMs: number): boolean {
    return this.db.prepare('INSERT OR IGNORE INTO incident_hosts (incident_id, agent_id, added_at_ms) VALUES (?, ?, ?)').run(id, agentId, nowMs).changes > 0;
  }

  addAlert(id: string, alertId: string, by: string, nowMs: number): boolean {
    return (
      this.db.prepare('INSERT OR IGNORE INTO incident_alerts (incident_id, alert_id, added_by, added_at_ms) VALUES (?, ?, ?, ?)').run(id, alertId, by, nowMs)
        .changes > 0
    );
  }

  /** Incidents that already hold this alert. */
  incidentsOfAlert(alertId: string): string[] {
    return this.db.prepare('SELECT incident_id FROM incident_alerts WHERE alert_id = ?').pluck().all(alertId) as string[];
  }

  /** Open incidents (not closed) covering a host, newest first. */
  openIncidentsOfHost(agentId: string): IncidentRecord[] {
    const rows = this.db
      .prepare(
        `SELECT i.* FROM incidents i JOIN incident_hosts h ON h.incident_id = i.id WHERE h.agent_id = ? AND i.phase != 'closed' ORDER BY i.created_at_ms DESC`,
      )
      .all(agentId) as Row[];
    return rows.map((r) => this.toRecord(r));
  }

  addPhase(id: string, m: PhaseMove): void {
    this.db
      .prepare('INSERT INTO incident_phases (incident_id, at_ms, actor, from_phase, to_phase, note) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, m.atMs, m.actor, m.from, m.to, m.note);
  }

  phases(id: string): PhaseMove[] {
    return (
      this.db.prepare('SELECT at_ms, actor, from_phase, to_phase, note FROM incident_phases WHERE incident_id = ? ORDER BY at_ms, rowid').all(id) as Array<{
        at_ms: number;
        actor: string;
        from_phase: string | null;
        to_phase: string;
        note: string;
      }>
    ).map((r) => ({ atMs: r.at_ms, actor: r.actor, from: r.from_phase as Phase | null, to: r.to_phase as Phase, note: r.note }));
  }

  /** Incidents created in [fromMs, toMs), oldest first (for fleet metrics). */
  createdBetween(fromMs: number, toMs: number, limit: number): IncidentRecord[] {
    return (
      this.db.prepare('SELECT * FROM incidents WHERE created_at_ms >= ? AND created_at_ms < ? ORDER BY created_at_ms LIMIT ?').all(fromMs, toMs, limit) as Row[]
    ).map((r) => this.toRecord(r));
  }
}
