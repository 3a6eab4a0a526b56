// The incident tables: one row per incident (phase, owner, review), the alerts and hosts it covers, every
// phase move with who and when, notes, events marked as evidence, the remediation checklist, and the
// evidence files (collected files and triage snapshots) with their chain-of-custody fields.
import type { Migration } from '../store/db.js';

export const incidentsMigration: Migration = {
  id: 'incidents-1',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        severity TEXT NOT NULL,
        phase TEXT NOT NULL,
        assignee TEXT,
        source TEXT NOT NULL CHECK (source IN ('alerts', 'manual', 'policy')),
        report_source TEXT,
        summary TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        first_malicious_ms INTEGER,
        contained_at_ms INTEGER,
        remediated_at_ms INTEGER,
        closed_at_ms INTEGER,
        root_cause TEXT,
        what_worked TEXT,
        what_did_not TEXT,
        follow_ups TEXT,
        reviewed_by TEXT,
        reviewed_at_ms INTEGER
      );
      CREATE INDEX incidents_time ON incidents (created_at_ms, id);
      CREATE INDEX incidents_phase ON incidents (phase, created_at_ms);
      CREATE TABLE incident_hosts (
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        agent_id TEXT NOT NULL,
        added_at_ms INTEGER NOT NULL,
        PRIMARY KEY (incident_id, agent_id)
      ) WITHOUT ROWID;
      CREATE INDEX incident_hosts_agent ON incident_hosts (agent_id);
      CREATE TABLE incident_alerts (
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        alert_id TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at_ms INTEGER NOT NULL,
        PRIMARY KEY (incident_id, alert_id)
      ) WITHOUT ROWID;
      CREATE INDEX incident_alerts_alert ON incident_alerts (alert_id);
      CREATE TABLE incident_phases (
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at_ms INTEGER NOT NULL,
        actor TEXT NOT NULL,
        from_phase TEXT,
        to_phase TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX incident_phases_incident ON incident_phases (incident_id, at_ms);
      CREATE TABLE incident_notes (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at_ms INTEGER NOT NULL,
        author TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX incident_notes_incident ON incident_notes (incident_id, at_ms);
      CREATE TABLE incident_evidence (
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        agent_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        event_id TEXT NOT NULL,
        time_ms INTEGER NOT NULL,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL,
        marked_by TEXT NOT NULL,
        marked_at_ms INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (incident_id, agent_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE incident_checklist (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('undo', 'manual')),
        label TEXT NOT NULL,
        agent_id TEXT,
        action TEXT,
        params_json TEXT,
        source_command_id TEXT,
        undo_command_id TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'running', 'done', 'failed')),
        created_by TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        done_by TEXT,
        done_at_ms INTEGER,
        note TEXT NOT NULL DEFAULT '',
        error TEXT
      );
      CREATE INDEX incident_checklist_incident ON incident_checklist (incident_id, created_at_ms);
      CREATE UNIQUE INDEX incident_checklist_source ON incident_checklist (incident_id, source_command_id) WHERE source_command_id IS NOT NULL;
      CREATE TABLE incident_commands (
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        command_id TEXT NOT NULL,
        PRIMARY KEY (incident_id, command_id)
      ) WITHOUT ROWID;
      CREATE INDEX incident_commands_command ON incident_commands (command_id);
      CREATE TABLE incident_files (
        id TEXT PRIMARY KEY,
        incident_id TEXT REFERENCES incidents (id) ON DELETE SET NULL,
        agent_id TEXT NOT NULL,
        hostname TEXT NOT NULL,
        command_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('file', 'triage')),
        requested_path TEXT NOT NULL,
        resolved_path TEXT,
        size INTEGER,
        sha256 TEXT,
        stored_path TEXT,
        status TEXT NOT NULL CHECK (status IN ('receiving', 'stored', 'failed')),
        error TEXT,
        requested_by TEXT NOT NULL,
        requested_at_ms INTEGER NOT NULL,
        collected_at_ms INTEGER,
        detail_json TEXT
      );
      CREATE INDEX incident_files_incident ON incident_files (incident_id, requested_at_ms);
    `);
  },
};
