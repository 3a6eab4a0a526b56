// The agent table: one row per enrolled agent in the collector's SQLite file, with its enrollment inventory
// as a JSON column bounded by agents.maxInventoryBytes. It replaces the agents list of state.json, which was
// rewritten whole on every change (issue 15). Only this file writes SQL against `agents`.
import type { Db, Migration } from '../store/db.js';
import type Database from 'better-sqlite3';
import { CollectorError } from '../errors.js';
import type { AgentsOptions } from './options.js';
import type { AgentPatch, AgentQuery, AgentRecord, AgentStore, NewAgent } from './types.js';

export const agentsMigration: Migration = {
  id: 'agents-1',
  up(db) {
    // `seq` keeps enrollment order (the clone check names the first-enrolled twin); VACUUM keeps it too.
    db.exec(`
      CREATE TABLE agents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        public_key TEXT NOT NULL,
        hostname TEXT NOT NULL,
        machine_id TEXT NOT NULL,
        os TEXT NOT NULL,
        agent_version TEXT NOT NULL,
        enrolled_at_ms INTEGER NOT NULL,
        last_seen_at_ms INTEGER NOT NULL,
        clone_of TEXT,
        identity_conflict_at_ms INTEGER,
        sequence_conflict_at_ms INTEGER,
        sequence_conflict_held_seq INTEGER,
        sequence_conflict_agent_last_seq INTEGER,
        dry_run INTEGER NOT NULL,
        revoked INTEGER NOT NULL,
        token_id TEXT NOT NULL,
        inventory TEXT
      );
      CREATE INDEX agents_host_order ON agents (hostname, id);
      CREATE INDEX agents_machine ON agents (machine_id, seq);
    `);
  },
};

/** A retried enrollment is found by its public key (issue 18: no host enrolled twice). */
export const agentsKeyMigration: Migration = {
  id: 'agents-2',
  up(db) {
    db.exec('CREATE INDEX agents_public_key ON agents (public_key, token_id)');
  },
};

/** The address each agent last authenticated from: after a restart its reconnect is not throttled as unknown traffic. */
export const agentsAddressMigration: Migration = {
  id: 'agents-3',
  up(db) {
    db.exec('ALTER TABLE agents ADD COLUMN last_address TEXT');
  },
};

/** The collector command key each agent pins (issue 14: key rotation shows who still trusts a retired key). */
export const agentsCommandKeyMigration: Migration = {
  id: 'agents-4',
  up(db) {
    db.exec('ALTER TABLE agents ADD COLUMN command_key_id TEXT');
  },
};

/** Every migration of the agent table, in order. */
export const agentsMigrations: readonly Migration[] = [agentsMigration, agentsKeyMigration, agentsAddressMigration, agentsCommandKeyMigration];

interface Row {
  id: string;
  public_key: string;
  hostname: string;
  machine_id: string;
  os: string;
  agent_version: string;
  enrolled_at_ms: number;
  last_seen_at_ms: number;
  clone_of: string | null;
  identity_conflict_at_ms: number | null;
  sequence_conflict_at_ms: number | null;
  sequence_conflict_held_seq: number | null;
  sequence_conflict_agent_last_seq: number | null;
  dry_run: number;
  revoked: number;
  token_id: string;
  inventory: string | null;
  last_address: string | null;
  command_key_id: string | null;
}

const COLUMNS =
  'id, public_key, hostname, machine_id, os, agent_version, enrolled_at_ms, last_seen_at_ms, clone_of, identity_conflict_at_ms, ' +
  'sequence_conflict_at_ms, sequence_conflict_held_seq, sequence_conflict_agent_last_seq, dry_run, revoked, token_id, inventory, last_address, command_key_id';

function toRecord(r: Row): AgentRecord {
  return {
    id: r.id,
    publicKey: r.public_key,
    hostname: r.hostname,
    machineId: r.machine_id,
    os: r.os,
    agentVersion: r.agent_version,
    enrolledAtMs: r.enrolled_at_ms,
    lastSeenAtMs: r.last_seen_at_ms,
    ...(r.clone_of !== null ? { cloneOf: r.clone_of } : {}),
    ...(r.identity_conflict_at_ms !== null ? { identityConflictAtMs: r.identity_conflict_at_ms } : {}),
    ...(r.sequence_conflict_at_ms !== null
      ? {
          sequenceConflict: {
            atMs: r.sequence_conflict_at_ms,
            heldSeq: r.sequence_conflict_held_seq ?? 0,
            agentLastSeq: r.sequence_conflict_agent_last_seq ?? 0,
          },
        }
      : {}),
    dryRun: r.dry_run === 1,
    revoked: r.revoked === 1,
    tokenId: r.token_id,
    ...(r.inventory !== null ? { inventory: JSON.parse(r.inventory) as Record<string, unknown> } : {}),
    ...(r.last_address !== null ? { lastAddress: r.last_address } : {}),
    ...(r.command_key_id !== null ? { commandKeyId: r.command_key_id } : {}),
  };
}

type Params = Record<string, string | number | null>;

/** The column values of each patchable field; a required field given as undefined is left unchanged. */
function patchParams(patch: AgentPatch, inventoryJson: (inv: Record<string, unknown> | undefined) => string | null): Params {
  const out: Params = {};
  const keys = new Set(Object.keys(patch));
  const set = (key: keyof AgentPatch, column: string, value: string | number | null | undefined) => {
    if (keys.has(key) && value !== undefined) out[column] = value;
  };
  set('hostname', 'hostname', patch.hostname);
  set('machineId', 'machine_id', patch.machineId);
  set('os', 'os', patch.os);
  set('agentVersion', 'agent_version', patch.agentVersion);
  set('enrolledAtMs', 'enrolled_at_ms', patch.enrolledAtMs);
  set('lastSeenAtMs', 'last_seen_at_ms', patch.lastSeenAtMs);
  set('tokenId', 'token_id', patch.tokenId);
  set('dryRun', 'dry_run', patch.dryRun === undefined ? undefined : patch.dryRun ? 1 : 0);
  set('revoked', 'revoked', patch.revoked === undefined ? undefined : patch.revoked ? 1 : 0);
  // optional fields: present with undefined clears them
  if (keys.has('cloneOf')) out.clone_of = patch.cloneOf ?? null;
  if (keys.has('identityConflictAtMs')) out.identity_conflict_at_ms = patch.identityConflictAtMs ?? null;
  if (keys.has('sequenceConflict')) {
    const c = patch.sequenceConflict;
    out.sequence_conflict_at_ms = c?.atMs ?? null;
    out.sequence_conflict_held_seq = c?.heldSeq ?? null;
    out.sequence_conflict_agent_last_seq = c?.agentLastSeq ?? null;
  }
  if (keys.has('inventory')) out.inventory = inventoryJson(patch.inventory);
  if (keys.has('lastAddress')) out.last_address = patch.lastAddress ?? null;
  if (keys.has('commandKeyId')) out.command_key_id = patch.commandKeyId ?? null;
  return out;
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export class SqliteAgentStore implements AgentStore {
  private readonly byId: Database.Statement<[string], Row>;
  private readonly byKey: Database.Statement<[string, string], Row>;
  private readonly twin: Database.Statement<[string, string], { id: string; clone_of: string | null }>;
  private readonly insert: Database.Statement<[Params], unknown>;
  private readonly insertKeep: Database.Statement<[Params], unknown>;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Db,
    private readonly options: AgentsOptions,
  ) {
    this.byId = db.prepare(`SELECT ${COLUMNS} FROM agents WHERE id = ?`);
    this.byKey = db.prepare(`SELECT ${COLUMNS} FROM agents WHERE public_key = ? AND token_id = ? AND revoked = 0 ORDER BY seq LIMIT 1`);
    this.twin = db.prepare(
      "SELECT id, clone_of FROM agents WHERE machine_id = ? AND machine_id <> '' AND public_key <> ? AND revoked = 0 ORDER BY seq LIMIT 1",
    );
    const values = COLUMNS.split(', ')
      .map((c) => `@${c}`)
      .join(', ');
    this.insert = db.prepare(`INSERT INTO agents (${COLUMNS}) VALUES (${values})`);
    this.insertKeep = db.prepare(`INSERT INTO agents (${COLUMNS}) VALUES (${values}) ON CONFLICT (id) DO NOTHING`);
  }

  /** One prepared statement per query shape (a handful), built from fixed fragments only. */
  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /** The inventory as stored, or a coded error when it exceeds the bound. */
  private inventoryJson(inventory: Record<string, unknown> | undefined): string | null {
    if (inventory === undefined) return null;
    const json = JSON.stringify(inventory);
    const bytes = Buffer.byteLength(json, 'utf8');
    if (bytes > this.options.maxInventoryBytes)
      throw new CollectorError(
        'VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE',
        `inventory is ${bytes} bytes as JSON (agents.maxInventoryBytes is ${this.options.maxInventoryBytes})`,
      );
    return json;
  }

  private rowParams(a: AgentRecord, inventory: string | null): Params {
    return {
      id: a.id,
      public_key: a.publicKey,
      hostname: a.hostname,
      machine_id: a.machineId,
      os: a.os,
      agent_version: a.agentVersion,
      enrolled_at_ms: a.enrolledAtMs,
      last_seen_at_ms: a.lastSeenAtMs,
      clone_of: a.cloneOf ?? null,
      identity_conflict_at_ms: a.identityConflictAtMs ?? null,
      sequence_conflict_at_ms: a.sequenceConflict?.atMs ?? null,
      sequence_conflict_held_seq: a.sequenceConflict?.heldSeq ?? null,
      sequence_conflict_agent_last_seq: a.sequenceConflict?.agentLastSeq ?? null,
      dry_run: a.dryRun ? 1 : 0,
      revoked: a.revoked ? 1 : 0,
      token_id: a.tokenId,
      inventory,
      last_address: a.lastAddress ?? null,
      command_key_id: a.commandKeyId ?? null,
    };
  }

  get(id: string): AgentRecord | undefined {
    const row = this.byId.get(id);
    return row ? toRecord(row) : undefined;
  }

  list(query: AgentQuery = {}): AgentRecord[] {
    const where: string[] = [];
    const params: Params = {};
    if (query.revoked !== undefined) {
      where.push('revoked = @revoked');
      params.revoked = query.revoked ? 1 : 0;
    }
    if (query.after) {
      where.push('(hostname, id) > (@afterHostname, @afterId)');
      params.afterHostname = query.after.hostname;
      params.afterId = query.after.id;
    }
    let sql = `SELECT ${COLUMNS} FROM agents${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY hostname, id`;
    if (query.limit !== undefined) {
      sql += ' LIMIT @limit';
      params.limit = Math.max(0, Math.floor(query.limit));
    }
    return (this.statement(sql).all(params) as Row[]).map(toRecord);
  }

  knownAddresses(): Array<{ agentId: string; address: string }> {
    return this.statement('SELECT id AS agentId, last_address AS address FROM agents WHERE revoked = 0 AND last_address IS NOT NULL').all() as Array<{
      agentId: string;
      address: string;
    }>;
  }

  byCommandKey(): Array<{ keyId: string | null; agents: number }> {
    return this.statement(
      'SELECT command_key_id AS keyId, COUNT(*) AS agents FROM agents WHERE revoked = 0 GROUP BY command_key_id ORDER BY agents DESC',
    ).all() as Array<{
      keyId: string | null;
      agents: number;
    }>;
  }

  count(query: Pick<AgentQuery, 'revoked'> = {}): number {
    const sql = query.revoked === undefined ? 'SELECT COUNT(*) AS n FROM agents' : 'SELECT COUNT(*) AS n FROM agents WHERE revoked = ?';
    const s = this.statement(sql);
    const row = (query.revoked === undefined ? s.get() : s.get(query.revoked ? 1 : 0)) as { n: number };
    return row.n;
  }

  enroll(agent: NewAgent, beforeCommit?: () => void): AgentRecord {
    const inventory = this.inventoryJson(agent.inventory);
    return this.db
      .transaction(() => {
        const twin = agent.machineId ? this.twin.get(agent.machineId, agent.publicKey) : undefined;
        const record: AgentRecord = {
          id: agent.id,
          publicKey: agent.publicKey,
          hostname: agent.hostname,
          machineId: agent.machineId,
          os: agent.os,
          agentVersion: agent.agentVersion,
          enrolledAtMs: agent.nowMs,
          lastSeenAtMs: agent.nowMs,
          dryRun: false,
          revoked: false,
          tokenId: agent.tokenId,
          ...(twin ? { cloneOf: twin.clone_of ?? twin.id } : {}),
          ...(agent.inventory ? { inventory: agent.inventory } : {}),
          ...(agent.address ? { lastAddress: agent.address } : {}),
        };
        try {
          this.insert.run(this.rowParams(record, inventory));
        } catch (err) {
          if (isUniqueViolation(err)) throw new CollectorError('VIGIL_ERR_AGENT_EXISTS', `agent ${agent.id} is already enrolled`, { cause: err });
          throw err;
        }
        beforeCommit?.();
        return record;
      })
      .immediate();
  }

  findEnrolled(publicKey: string, tokenId: string): AgentRecord | undefined {
    const row = this.byKey.get(publicKey, tokenId);
    return row ? toRecord(row) : undefined;
  }

  update(id: string, patch: AgentPatch): AgentRecord | undefined {
    const params = patchParams(patch, (inv) => this.inventoryJson(inv));
    const columns = Object.keys(params);
    if (columns.length === 0) return this.get(id);
    const sql = `UPDATE agents SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id RETURNING ${COLUMNS}`;
    const row = this.statement(sql).get({ ...params, id }) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  importRecords(records: readonly AgentRecord[]): { added: number; inventoriesDropped: number } {
    return this.db
      .transaction(() => {
        let added = 0;
        let inventoriesDropped = 0;
        for (const r of records) {
          let inventory: string | null = null;
          try {
            inventory = this.inventoryJson(r.inventory);
          } catch (err) {
            if ((err as CollectorError).code !== 'VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE') throw err;
            inventoriesDropped++;
          }
          added += this.insertKeep.run(this.rowParams(r, inventory)).changes;
        }
        return { added, inventoriesDropped };
      })
      .immediate();
  }
}
