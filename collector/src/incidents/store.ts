// Incident storage in SQLite: the incident records (store-incidents.ts) plus what responders attach to an
// incident: notes, events marked as evidence, linked commands and the remediation checklist. Pure SQL with
// no policy: the phase rules, the timeline and the checklist logic live in the feature's parts.
import type { ChecklistItem, ChecklistPatch, ChecklistStatus, EvidenceEvent, IncidentNote, IncidentStore, NewChecklistItem } from './types.js';
import { SqliteIncidentRecords } from './store-incidents.js';

export { incidentsMigration } from './store-schema.js';
/** host-timeline.ts still imports the record from here. */

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

export class SqliteIncidentStore extends SqliteIncidentRecords implements IncidentStore {
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

  addChecklistItem(item: NewChecklistItem): boolean {
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

  updateChecklistItem(itemId: string, patch: ChecklistPatch): void {
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
}
