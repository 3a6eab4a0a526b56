// Incident storage: incidents with their hosts, alerts, phase history, notes, evidence events, linked
// commands and the remediation checklist. Pure SQL with no policy: the phase rules and the timeline
// live in collector/src/incidents, which is the only caller.
import type { Db } from '../store/db.js';

export { incidentsMigration } from './store-schema.js';

export const PHASES = ['identified', 'contained', 'assessed', 'remediated', 'closed'] as const;
export type Phase = (typeof PHASES)[number];
export type IncidentSource = 'alerts' | 'manual' | 'policy';

export interface FollowUp {
  text: string;
  owner?: string;
  done?: boolean;
}

export interface Review {
  rootCause: string;
  whatWorked: string;
  whatDidNot: string;
  followUps: FollowUp[];
  reviewedBy: string;
  reviewedAtMs: number;
}

export interface IncidentRecord {
  id: string;
  title: string;
  severity: string;
  phase: Phase;
  assignee: string | null;
  source: IncidentSource;
  reportSource: string | null;
  summary: string;
  createdBy: string;
  createdAtMs: number;
  updatedAtMs: number;
  firstMaliciousMs: number | null;
  containedAtMs: number | null;
  remediatedAtMs: number | null;
  closedAtMs: number | null;
  review: Review | null;
  hosts: string[];
  alertIds: string[];
}

export interface PhaseMove {
  atMs: number;
  actor: string;
  from: Phase | null;
  to: Phase;
  note: string;
}

export interface IncidentNote {
  id: string;
  atMs: number;
  author: string;
  text: string;
}

export interface EvidenceEvent {
  agentId: string;
  seq: number;
  eventId: string;
  timeMs: number;
  kind: string;
  summary: string;
  markedBy: string;
  markedAtMs: number;
  note: string;
}

export type ChecklistStatus = 'open' | 'running' | 'done' | 'failed';

export interface ChecklistItem {
  id: string;
  incidentId: string;
  kind: 'undo' | 'manual';
  label: string;
  agentId: string | null;
  action: string | null;
  params: Record<string, unknown> | null;
  sourceCommandId: string | null;
  undoCommandId: string | null;
  status: ChecklistStatus;
  createdBy: string;
  createdAtMs: number;
  doneBy: string | null;
  doneAtMs: number | null;
  note: string;
  error: string | null;
}

export interface IncidentQuery {
  phase?: readonly Phase[];
  agentId?: string;
  /** Newest first by creation; continue after this (createdAtMs, id). */
  after?: { createdAtMs: number; id: string };
  fromMs?: number;
  toMs?: number;
  limit: number;
}

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

interface ChecklistRow {
  id: string;
  incident_id: string;
  kind: 'undo' | 'manual';
  label: string;
  agent_id: string | null;
  action: string | null;
  params_json: string | null;
  source_command_id: string | null;
  undo_command_id: string | null;
  status: ChecklistStatus;
  created_by: string;
  created_at_ms: number;
  done_by: string | null;
  done_at_ms: number | null;
  note: string;
  error: string | null;
}

function toItem(r: ChecklistRow): ChecklistItem {
  return {
    id: r.id,
    incidentId: r.incident_id,
    kind: r.kind,
    label: r.label,
    agentId: r.agent_id,
    action: r.action,
    params: r.params_json ? (JSON.parse(r.params_json) as Record<string, unknown>) : null,
    sourceCommandId: r.source_command_id,
    undoCommandId: r.undo_command_id,
    status: r.status,
    createdBy: r.created_by,
    createdAtMs: r.created_at_ms,
    doneBy: r.done_by,
    doneAtMs: r.done_at_ms,
    note: r.note,
    error: r.error,
  };
}

export interface NewIncident {
  id: string;
  title: string;
  severity: string;
  source: IncidentSource;
  reportSource: string | null;
  summary: string;
  assignee: string | null;
  createdBy: string;
  hosts: readonly string[];
  alertIds: readonly string[];
  firstMaliciousMs: number | null;
}

export type IncidentPatch = Partial<{
  title: string;
  severity: string;
  assignee: string | null;
  summary: string;
  firstMaliciousMs: number | null;
  phase: Phase;
  containedAtMs: number | null;
  remediatedAtMs: number | null;
  closedAtMs: number | null;
}>;

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

export class IncidentStore {
  constructor(private readonly db: Db) {}

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

  addNote(id: string, note: IncidentNote): void {
    this.db
      .prepare('INSERT INTO incident_notes (id, incident_id, at_ms, author, text) VALUES (?, ?, ?, ?, ?)')
      .run(note.id, id, note.atMs, note.author, note.text);
  }

  notes(id: string): IncidentNote[] {
    return (
      this.db.prepare('SELECT id, at_ms, author, text FROM incident_notes WHERE incident_id = ? ORDER BY at_ms, rowid').all(id) as Array<{
        id: string;
        at_ms: number;
        author: string;
        text: string;
      }>
    ).map((r) => ({ id: r.id, atMs: r.at_ms, author: r.author, text: r.text }));
  }

  addEvidence(id: string, e: EvidenceEvent): boolean {
    return (
      this.db
        .prepare(
          `INSERT OR IGNORE INTO incident_evidence (incident_id, agent_id, seq, event_id, time_ms, kind, summary, marked_by, marked_at_ms, note)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, e.agentId, e.seq, e.eventId, e.timeMs, e.kind, e.summary, e.markedBy, e.markedAtMs, e.note).changes > 0
    );
  }

  removeEvidence(id: string, agentId: string, seq: number): boolean {
    return this.db.prepare('DELETE FROM incident_evidence WHERE incident_id = ? AND agent_id = ? AND seq = ?').run(id, agentId, seq).changes > 0;
  }

  evidence(id: string): EvidenceEvent[] {
    const rows = this.db.prepare('SELECT * FROM incident_evidence WHERE incident_id = ? ORDER BY time_ms, agent_id, seq').all(id) as Array<
      Record<string, string | number>
    >;
    return rows.map((r) => ({
      agentId: r.agent_id as string,
      seq: r.seq as number,
      eventId: r.event_id as string,
      timeMs: r.time_ms as number,
      kind: r.kind as string,
      summary: r.summary as string,
      markedBy: r.marked_by as string,
      markedAtMs: r.marked_at_ms as number,
      note: r.note as string,
    }));
  }

  linkCommand(id: string, commandId: string): void {
    this.db.prepare('INSERT OR IGNORE INTO incident_commands (incident_id, command_id) VALUES (?, ?)').run(id, commandId);
  }

  linkedCommands(id: string): string[] {
    return this.db.prepare('SELECT command_id FROM incident_commands WHERE incident_id = ?').pluck().all(id) as string[];
  }

  incidentsOfCommand(commandId: string): string[] {
    return this.db.prepare('SELECT incident_id FROM incident_commands WHERE command_id = ?').pluck().all(commandId) as string[];
  }

  addChecklistItem(item: Omit<ChecklistItem, 'doneBy' | 'doneAtMs' | 'error' | 'undoCommandId'> & { undoCommandId?: string | null }): boolean {
    return (
      this.db
        .prepare(
          `INSERT OR IGNORE INTO incident_checklist (id, incident_id, kind, label, agent_id, action, params_json, source_command_id, undo_command_id, status, created_by, created_at_ms, note)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          item.id,
          item.incidentId,
          item.kind,
          item.label,
          item.agentId,
          item.action,
          item.params ? JSON.stringify(item.params) : null,
          item.sourceCommandId,
          item.undoCommandId ?? null,
          item.status,
          item.createdBy,
          item.createdAtMs,
          item.note,
        ).changes > 0
    );
  }

  checklist(id: string): ChecklistItem[] {
    return (this.db.prepare('SELECT * FROM incident_checklist WHERE incident_id = ? ORDER BY created_at_ms, rowid').all(id) as ChecklistRow[]).map(toItem);
  }

  checklistItem(itemId: string): ChecklistItem | undefined {
    const r = this.db.prepare('SELECT * FROM incident_checklist WHERE id = ?').get(itemId) as ChecklistRow | undefined;
    return r ? toItem(r) : undefined;
  }

  checklistByUndoCommand(commandId: string): ChecklistItem[] {
    return (this.db.prepare('SELECT * FROM incident_checklist WHERE undo_command_id = ?').all(commandId) as ChecklistRow[]).map(toItem);
  }

  updateChecklistItem(itemId: string, patch: Partial<Pick<ChecklistItem, 'status' | 'undoCommandId' | 'doneBy' | 'doneAtMs' | 'note' | 'error'>>): void {
    const map: Record<string, string> = {
      status: 'status',
      undoCommandId: 'undo_command_id',
      doneBy: 'done_by',
      doneAtMs: 'done_at_ms',
      note: 'note',
      error: 'error',
    };
    const keys = Object.keys(patch).filter((k) => map[k]);
    if (!keys.length) return;
    this.db.prepare(`UPDATE incident_checklist SET ${keys.map((k) => `${map[k]} = @${k}`).join(', ')} WHERE id = @id`).run({ ...patch, id: itemId });
  }

  /** Incidents created in [fromMs, toMs), oldest first (for fleet metrics). */
  createdBetween(fromMs: number, toMs: number, limit: number): IncidentRecord[] {
    return (
      this.db.prepare('SELECT * FROM incidents WHERE created_at_ms >= ? AND created_at_ms < ? ORDER BY created_at_ms LIMIT ?').all(fromMs, toMs, limit) as Row[]
    ).map((r) => this.toRecord(r));
  }
}
