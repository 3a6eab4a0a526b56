// Command history and response policies in SQLite (the CommandStore and PolicyStore of types.ts): every
// command from issue to result (with the signed bytes, so redelivery sends exactly what was signed), indexed by
// agent/time and by status/expiry, and the holds of orders waiting for a second operator (command_holds).
import type { Db, Migration } from '../store/db.js';
import type { CommandCount, CommandHold, CommandRow, CommandStore, PolicyRow, PolicyStore } from './types.js';

export const commandsMigration: Migration = {
  id: 'commands-1',
  up(db) {
    db.exec(`
      CREATE TABLE commands (
        id TEXT PRIMARY KEY,
        agent_id TEXT NOT NULL,
        action TEXT NOT NULL,
        params_json TEXT NOT NULL,
        operator TEXT NOT NULL,
        policy_id TEXT,
        dry_run INTEGER NOT NULL,
        status TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL,
        issued_at_ms INTEGER NOT NULL,
        expires_at_ms INTEGER NOT NULL,
        delivered_at_ms INTEGER,
        started_at_ms INTEGER,
        finished_at_ms INTEGER,
        error_code TEXT,
        message TEXT,
        output_json TEXT,
        payload BLOB,
        signature BLOB
      );
      CREATE INDEX commands_agent_time ON commands (agent_id, created_at_ms);
      CREATE INDEX commands_status_expiry ON commands (status, expires_at_ms);
      CREATE TABLE response_policies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('auto', 'approve')),
        rule_id TEXT,
        min_severity TEXT,
        action TEXT NOT NULL,
        params_json TEXT NOT NULL,
        dry_run INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at_ms INTEGER NOT NULL
      );
    `);
  },
};

/** The two-person rule's holds, and an index for counting the hosts recent containment orders target. */
export const commandHoldsMigration: Migration = {
  id: 'commands-2-holds',
  up(db) {
    db.exec(`
      CREATE TABLE command_holds (
        command_id TEXT PRIMARY KEY,
        rule TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        hosts INTEGER NOT NULL,
        max_hosts INTEGER NOT NULL,
        window_ms INTEGER NOT NULL,
        reason TEXT NOT NULL,
        held_at_ms INTEGER NOT NULL
      );
      CREATE INDEX commands_time_action ON commands (created_at_ms, action);
    `);
  },
};

/** Every migration of the commands feature's tables, in order. */
export const commandsMigrations: readonly Migration[] = [commandsMigration, commandHoldsMigration];

const HOLD_COLS = `command_id AS commandId, rule, requested_by AS requestedBy, hosts, max_hosts AS maxHosts, window_ms AS windowMs,
  reason, held_at_ms AS heldAtMs`;

const COLS = `id, agent_id AS agentId, action, params_json AS paramsJson, operator, policy_id AS policyId, dry_run AS dryRun,
  status, created_at_ms AS createdAtMs, issued_at_ms AS issuedAtMs, expires_at_ms AS expiresAtMs, delivered_at_ms AS deliveredAtMs,
  started_at_ms AS startedAtMs, finished_at_ms AS finishedAtMs, error_code AS errorCode, message, output_json AS outputJson, payload, signature`;

function fix(r: CommandRow | undefined): CommandRow | undefined {
  return r ? { ...r, dryRun: Boolean(r.dryRun) } : undefined;
}

export class SqliteCommandStore implements CommandStore {
  constructor(private readonly db: Db) {}

  insert(r: CommandRow): void {
    this.db
      .prepare(
        `INSERT INTO commands (id, agent_id, action, params_json, operator, policy_id, dry_run, status, created_at_ms, issued_at_ms, expires_at_ms,
          delivered_at_ms, started_at_ms, finished_at_ms, error_code, message, output_json, payload, signature)
         VALUES (@id, @agentId, @action, @paramsJson, @operator, @policyId, @dryRun, @status, @createdAtMs, @issuedAtMs, @expiresAtMs,
          @deliveredAtMs, @startedAtMs, @finishedAtMs, @errorCode, @message, @outputJson, @payload, @signature)`,
      )
      .run({ ...r, dryRun: r.dryRun ? 1 : 0 });
  }

  get(id: string): CommandRow | undefined {
    return fix(this.db.prepare(`SELECT ${COLS} FROM commands WHERE id = ?`).get(id) as CommandRow | undefined);
  }

  list(opts: { agentId?: string; limit: number; beforeMs?: number }): CommandRow[] {
    const rows = this.db
      .prepare(
        `SELECT ${COLS} FROM commands WHERE (@agentId IS NULL OR agent_id = @agentId) AND created_at_ms < @before ORDER BY created_at_ms DESC LIMIT @limit`,
      )
      .all({ agentId: opts.agentId ?? null, before: opts.beforeMs ?? Number.MAX_SAFE_INTEGER, limit: opts.limit }) as CommandRow[];
    return rows.map((r) => fix(r) as CommandRow);
  }

  undelivered(agentId: string, nowMs: number): CommandRow[] {
    const rows = this.db
      .prepare(`SELECT ${COLS} FROM commands WHERE agent_id = ? AND status IN ('pending', 'delivered') AND expires_at_ms > ? ORDER BY created_at_ms`)
      .all(agentId, nowMs) as CommandRow[];
    return rows.map((r) => fix(r) as CommandRow);
  }

  running(agentId: string): CommandRow[] {
    const rows = this.db.prepare(`SELECT ${COLS} FROM commands WHERE agent_id = ? AND status = 'running' ORDER BY created_at_ms`).all(agentId) as CommandRow[];
    return rows.map((r) => fix(r) as CommandRow);
  }

  agentsWithUndelivered(nowMs: number): string[] {
    return this.db.prepare(`SELECT DISTINCT agent_id FROM commands WHERE status = 'pending' AND expires_at_ms > ?`).pluck().all(nowMs) as string[];
  }

  update(id: string, fields: Partial<Omit<CommandRow, 'id'>>): void {
    const map: Record<string, string> = {
      status: 'status',
      deliveredAtMs: 'delivered_at_ms',
      startedAtMs: 'started_at_ms',
      finishedAtMs: 'finished_at_ms',
      errorCode: 'error_code',
      message: 'message',
      outputJson: 'output_json',
      payload: 'payload',
      signature: 'signature',
      issuedAtMs: 'issued_at_ms',
      expiresAtMs: 'expires_at_ms',
      operator: 'operator',
    };
    const keys = Object.keys(fields).filter((k) => map[k]);
    if (!keys.length) return;
    this.db.prepare(`UPDATE commands SET ${keys.map((k) => `${map[k]} = @${k}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
  }

  expireDue(nowMs: number): CommandRow[] {
    return this.db.transaction(() => {
      const due = (
        this.db
          .prepare(`SELECT ${COLS} FROM commands WHERE status IN ('pending', 'delivered', 'awaiting_approval') AND expires_at_ms <= ?`)
          .all(nowMs) as CommandRow[]
      ).map((r) => fix(r) as CommandRow);
      const upd = this.db.prepare(`UPDATE commands SET status = 'expired', finished_at_ms = ? WHERE id = ?`);
      for (const r of due) upd.run(nowMs, r.id);
      return due;
    })();
  }

  counts(): CommandCount[] {
    return this.db.prepare('SELECT action, status, COUNT(*) AS count FROM commands GROUP BY action, status ORDER BY action, status').all() as CommandCount[];
  }

  agentsTargetedSince(actions: readonly string[], sinceMs: number): string[] {
    if (!actions.length) return [];
    return this.db
      .prepare(
        `SELECT DISTINCT agent_id FROM commands
         WHERE created_at_ms > ? AND action IN (${actions.map(() => '?').join(', ')}) AND dry_run = 0
           AND status <> 'rejected' AND NOT (status = 'expired' AND payload IS NULL)
         ORDER BY agent_id`,
      )
      .pluck()
      .all(sinceMs, ...actions) as string[];
  }

  insertHold(h: CommandHold): void {
    this.db
      .prepare(
        `INSERT INTO command_holds (command_id, rule, requested_by, hosts, max_hosts, window_ms, reason, held_at_ms)
         VALUES (@commandId, @rule, @requestedBy, @hosts, @maxHosts, @windowMs, @reason, @heldAtMs)`,
      )
      .run(h);
  }

  holds(commandIds: readonly string[]): Map<string, CommandHold> {
    const out = new Map<string, CommandHold>();
    const q = this.db.prepare(`SELECT ${HOLD_COLS} FROM command_holds WHERE command_id = ?`);
    for (const id of new Set(commandIds)) {
      const h = q.get(id) as CommandHold | undefined;
      if (h) out.set(id, h);
    }
    return out;
  }
}

export class SqlitePolicyStore implements PolicyStore {
  constructor(private readonly db: Db) {}

  upsert(p: PolicyRow): void {
    this.db
      .prepare(
        `INSERT INTO response_policies (id, name, enabled, mode, rule_id, min_severity, action, params_json, dry_run, created_by, created_at_ms)
         VALUES (@id, @name, @enabled, @mode, @ruleId, @minSeverity, @action, @paramsJson, @dryRun, @createdBy, @createdAtMs)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, enabled = excluded.enabled, mode = excluded.mode, rule_id = excluded.rule_id,
           min_severity = excluded.min_severity, action = excluded.action, params_json = excluded.params_json, dry_run = excluded.dry_run`,
      )
      .run({ ...p, enabled: p.enabled ? 1 : 0, dryRun: p.dryRun ? 1 : 0 });
  }

  list(): PolicyRow[] {
    const rows = this.db
      .prepare(
        `SELECT id, name, enabled, mode, rule_id AS ruleId, min_severity AS minSeverity, action, params_json AS paramsJson, dry_run AS dryRun,
          created_by AS createdBy, created_at_ms AS createdAtMs FROM response_policies ORDER BY created_at_ms`,
      )
      .all() as PolicyRow[];
    return rows.map((r) => ({ ...r, enabled: Boolean(r.enabled), dryRun: Boolean(r.dryRun) }));
  }

  remove(id: string): boolean {
    return this.db.prepare('DELETE FROM response_policies WHERE id = ?').run(id).changes > 0;
  }
}
