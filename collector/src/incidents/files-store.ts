// Evidence files in SQLite: one row per collect-file or triage command, from the request (who asked, for
// which path, when) to the stored copy (resolved path, size, SHA-256, where it sits on the collector).
// Together these rows are the chain of custody; the bytes live under <dataDir>/evidence.
import type { Db } from '../store/db.js';
import type { EvidenceFile, EvidenceFileKind, EvidenceFileStatus, EvidenceFileStore, NewEvidenceFile, StoredCopy } from './types.js';

/** host-timeline.ts still imports the record from here. */

interface Row {
  id: string;
  incident_id: string | null;
  agent_id: string;
  hostname: string;
  command_id: string;
  kind: EvidenceFileKind;
  requested_path: string;
  resolved_path: string | null;
  size: number | null;
  sha256: string | null;
  stored_path: string | null;
  status: EvidenceFileStatus;
  error: string | null;
  requested_by: string;
  requested_at_ms: number;
  collected_at_ms: number | null;
  detail_json: string | null;
}

function toFile(r: Row): EvidenceFile {
  return {
    id: r.id,
    incidentId: r.incident_id,
    agentId: r.agent_id,
    hostname: r.hostname,
    commandId: r.command_id,
    kind: r.kind,
    requestedPath: r.requested_path,
    resolvedPath: r.resolved_path,
    size: r.size,
    sha256: r.sha256,
    storedPath: r.stored_path,
    status: r.status,
    error: r.error,
    requestedBy: r.requested_by,
    requestedAtMs: r.requested_at_ms,
    collectedAtMs: r.collected_at_ms,
    detail: r.detail_json ? (JSON.parse(r.detail_json) as Record<string, unknown>) : null,
  };
}

export class SqliteEvidenceFileStore implements EvidenceFileStore {
  constructor(private readonly db: Db) {}

  insert(f: NewEvidenceFile): void {
    this.db
      .prepare(
        `INSERT INTO incident_files (id, incident_id, agent_id, hostname, command_id, kind, requested_path, status, requested_by, requested_at_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'receiving', ?, ?)`,
      )
      .run(f.id, f.incidentId, f.agentId, f.hostname, f.commandId, f.kind, f.requestedPath, f.requestedBy, f.requestedAtMs);
  }

  get(id: string): EvidenceFile | undefined {
    const r = this.db.prepare('SELECT * FROM incident_files WHERE id = ?').get(id) as Row | undefined;
    return r ? toFile(r) : undefined;
  }

  byCommand(commandId: string): EvidenceFile | undefined {
    const r = this.db.prepare('SELECT * FROM incident_files WHERE command_id = ?').get(commandId) as Row | undefined;
    return r ? toFile(r) : undefined;
  }

  ofIncident(incidentId: string): EvidenceFile[] {
    return (this.db.prepare('SELECT * FROM incident_files WHERE incident_id = ? ORDER BY requested_at_ms, id').all(incidentId) as Row[]).map(toFile);
  }

  ofHost(agentId: string, fromMs: number, toMs: number, limit: number): EvidenceFile[] {
    return (
      this.db
        .prepare('SELECT * FROM incident_files WHERE agent_id = ? AND requested_at_ms >= ? AND requested_at_ms < ? ORDER BY requested_at_ms LIMIT ?')
        .all(agentId, fromMs, toMs, limit) as Row[]
    ).map(toFile);
  }

  stored(id: string, v: StoredCopy): void {
    this.db
      .prepare(
        "UPDATE incident_files SET status = 'stored', resolved_path = ?, size = ?, sha256 = ?, stored_path = ?, collected_at_ms = ?, detail_json = ?, error = NULL WHERE id = ?",
      )
      .run(v.resolvedPath, v.size, v.sha256, v.storedPath, v.collectedAtMs, v.detail ? JSON.stringify(v.detail) : null, id);
  }

  /** Adds what the agent's result says (resolved path, file facts) to a stored row. */
  annotate(id: string, resolvedPath: string | null, detail: Record<string, unknown>): void {
    this.db
      .prepare('UPDATE incident_files SET resolved_path = COALESCE(?, resolved_path), detail_json = ? WHERE id = ?')
      .run(resolvedPath, JSON.stringify(detail), id);
  }

  /** Puts a collection on an incident (collections ordered from the host page have none at first). */
  attach(id: string, incidentId: string): void {
    this.db.prepare('UPDATE incident_files SET incident_id = ? WHERE id = ?').run(incidentId, id);
  }

  failed(id: string, error: string): void {
    this.db.prepare("UPDATE incident_files SET status = 'failed', error = ? WHERE id = ? AND status != 'stored'").run(error.slice(0, 2000), id);
  }

  disputed(id: string, error: string): void {
    this.db.prepare("UPDATE incident_files SET status = 'failed', error = ? WHERE id = ? AND status = 'stored'").run(error.slice(0, 2000), id);
  }
}
