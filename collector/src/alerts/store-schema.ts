// The alert tables: alerts (one row per rule + host + group key episode), their evidence event ids,
// every status change with who and when, and suppressions with their counted (not lost) hits.
import type { Migration } from '../store/db.js';

export const ALERT_STATUSES = ['new', 'acknowledged', 'resolved', 'false_positive'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
/** Statuses in which repeats still update the alert; after resolved/false_positive a repeat opens a new one. */
export const OPEN_STATUSES: readonly AlertStatus[] = ['new', 'acknowledged'];

/** Issue 13 item 8: whether an alert rests only on trusted evidence (existing alerts count as trusted). */
export const alertsTrustMigration: Migration = {
  id: 'alerts-2',
  up(db) {
    db.exec('ALTER TABLE alerts ADD COLUMN trusted INTEGER NOT NULL DEFAULT 1');
  },
};

export const alertsMigration: Migration = {
  id: 'alerts-1',
  up(db) {
    db.exec(`
      CREATE TABLE alerts (
        id TEXT PRIMARY KEY,
        rule_id TEXT NOT NULL,
        rule_title TEXT NOT NULL,
        rule_kind TEXT NOT NULL,
        description TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        severity TEXT NOT NULL,
        tags TEXT NOT NULL,
        attack TEXT NOT NULL,
        group_key TEXT NOT NULL,
        group_json TEXT NOT NULL,
        status TEXT NOT NULL,
        first_seen_ms INTEGER NOT NULL,
        last_seen_ms INTEGER NOT NULL,
        count INTEGER NOT NULL,
        evidence_count INTEGER NOT NULL,
        created_at_ms INTEGER NOT NULL,
        updated_at_ms INTEGER NOT NULL,
        status_by TEXT,
        status_at_ms INTEGER
      );
      CREATE INDEX alerts_dedupe ON alerts (rule_id, agent_id, group_key, last_seen_ms);
      CREATE INDEX alerts_status_time ON alerts (status, last_seen_ms);
      CREATE INDEX alerts_agent_status ON alerts (agent_id, status);
      CREATE INDEX alerts_time ON alerts (last_seen_ms, id);
      CREATE TABLE alert_events (
        alert_id TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        agent_id TEXT NOT NULL,
        time_ms INTEGER NOT NULL,
        PRIMARY KEY (alert_id, event_id)
      ) WITHOUT ROWID;
      CREATE TABLE alert_history (
        alert_id TEXT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
        at_ms INTEGER NOT NULL,
        actor TEXT NOT NULL,
        from_status TEXT,
        to_status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX alert_history_alert ON alert_history (alert_id, at_ms);
      CREATE TABLE suppressions (
        id TEXT PRIMARY KEY,
        rule_id TEXT NOT NULL,
        agent_id TEXT,
        field TEXT,
        value TEXT,
        reason TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        expires_at_ms INTEGER,
        removed_by TEXT,
        removed_at_ms INTEGER,
        hits INTEGER NOT NULL DEFAULT 0,
        last_hit_ms INTEGER
      );
      CREATE INDEX suppressions_rule ON suppressions (rule_id);
      CREATE TABLE suppressed_hits (
        suppression_id TEXT NOT NULL REFERENCES suppressions (id) ON DELETE CASCADE,
        agent_id TEXT NOT NULL,
        group_key TEXT NOT NULL,
        group_json TEXT NOT NULL,
        count INTEGER NOT NULL,
        first_seen_ms INTEGER NOT NULL,
        last_seen_ms INTEGER NOT NULL,
        last_event_id TEXT NOT NULL,
        PRIMARY KEY (suppression_id, agent_id, group_key)
      ) WITHOUT ROWID;
    `);
  },
};

/** Every migration of the alert tables, in order (the detection module and tests open the tables with these). */
export const alertsMigrations: readonly Migration[] = [alertsMigration, alertsTrustMigration];
