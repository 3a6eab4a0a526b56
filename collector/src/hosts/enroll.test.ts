// Enrollment as one transaction of the token and agent tables: coded token refusals, one use per agent, the
// clone flag, the CLI and the server on the same file, a retried enrollment answered with the agent of the
// first (no host enrolled twice, no use spent), and atomicity: a failed agent write spends no use, a failed
// use write stores no agent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase, type Db } from '../store/db.js';
import { SqliteAgentStore, agentsMigrations } from './agent-store.js';
import { SqliteTokenStore, tokensMigrations } from './token-store.js';
import { defaultAgentsOptions } from './options.js';
import { enrollAgent, type EnrollInput } from './enroll.js';

let dir: string;
let dbPath: string;
const dbs: Db[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-enroll-'));
  dbPath = join(dir, 'events.db');
});
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One process's view of the data folder: its own connection, agent store and token store. */
const open = () => {
  const db = openDatabase({ path: dbPath, migrations: [...agentsMigrations, ...tokensMigrations] });
  dbs.push(db);
  return { db, agents: new SqliteAgentStore(db, defaultAgentsOptions()), tokens: new SqliteTokenStore(db) };
};

const enrollInput = (token: string, over: Partial<EnrollInput> = {}): EnrollInput => ({
  token,
  publicKey: 'pk1',
  hostname: 'h',
  machineId: 'm1',
  os: 'Debian',
  agentVersion: '0.1.0',
  nowMs: 1000,
  newId: 'agent-1',
  ...over,
});

describe('enrollAgent', () => {
  it('stores only the token hash and spends one use per enrollment', () => {
    const { db, agents, tokens } = open();
    const { token } = tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(JSON.stringify(db.prepare('SELECT * FROM enrollment_tokens').all())).not.toContain(token.slice(4));
    const first = enrollAgent(tokens, agents, enrollInput(token));
    expect(first.ok && first.again).toBe(false);
    expect(enrollAgent(tokens, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }))).toEqual({
      ok: false,
      code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP',
    });
    expect(agents.get('agent-2')).toBeUndefined();
    expect(tokens.list().map((t) => t.uses)).toEqual([1]);
  });

  it('flags a known machine id with a different key as a clone', () => {
    const { agents, tokens } = open();
    const { token } = tokens.create({ ttlSeconds: 60, maxUses: 3, nowMs: 0 });
    enrollAgent(tokens, agents, enrollInput(token));
    const second = enrollAgent(tokens, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }));
    expect(second.ok && second.agent.cloneOf).toBe('agent-1');
    const other = enrollAgent(tokens, agents, enrollInput(token, { newId: 'agent-3', publicKey: 'pk3', machineId: 'm2' }));
    expect(other.ok && other.agent.cloneOf).toBeUndefined();
  });

  it('answers a retry (same key, same token) with the first agent, spending nothing, even once the token is used up', () => {
    const { agents, tokens } = open();
    const { token } = tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    const first = enrollAgent(tokens, agents, enrollInput(token));
    const retry = enrollAgent(tokens, agents, enrollInput(token, { newId: 'agent-1b', nowMs: 2000 }));
    expect(retry).toEqual({ ok: true, agent: first.ok && first.agent, again: true });
    expect(agents.count()).toBe(1);
    expect(tokens.list().map((t) => t.uses)).toEqual([1]);
    // the same key through another token, or after its agent was revoked, is a new enrollment
    const other = tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 }).token;
    const viaOther = enrollAgent(tokens, agents, enrollInput(other, { newId: 'agent-2' }));
    expect(viaOther.ok && !viaOther.again && viaOther.agent.id).toBe('agent-2');
    agents.update('agent-1', { revoked: true });
    expect(enrollAgent(tokens, agents, enrollInput(token, { newId: 'agent-3' }))).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
    expect(agents.count()).toBe(2);
  });

  it('sees writes of another process on the same file (CLI and server)', () => {
    const server = open();
    const cli = open();
    const { token } = cli.tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(enrollAgent(server.tokens, server.agents, enrollInput(token)).ok).toBe(true);
    cli.tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(cli.tokens.list()).toHaveLength(2);
    expect(cli.agents.get('agent-1')?.hostname).toBe('h');
    // the CLI's enrollment with the used-up token is refused though it created the token
    expect(enrollAgent(cli.tokens, cli.agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }))).toEqual({
      ok: false,
      code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP',
    });
  });

  it('refuses expired and unknown tokens with their codes, storing nothing', () => {
    const { agents, tokens } = open();
    const { token } = tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(enrollAgent(tokens, agents, enrollInput(token, { nowMs: 60_000 }))).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
    expect(enrollAgent(tokens, agents, enrollInput('vgt_unknown'))).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' });
    expect(agents.count()).toBe(0);
    expect(tokens.list().map((t) => t.uses)).toEqual([0]);
  });

  it('spends no use when the agent write fails (an id taken, an inventory over the bound)', () => {
    const { agents, tokens } = open();
    const first = tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 }).token;
    expect(enrollAgent(tokens, agents, enrollInput(first)).ok).toBe(true);
    const { token } = tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(() => enrollAgent(tokens, agents, enrollInput(token, { publicKey: 'pk2' }))).toThrow(expect.objectContaining({ code: 'VIGIL_ERR_AGENT_EXISTS' }));
    const huge = { services: ['x'.repeat(defaultAgentsOptions().maxInventoryBytes)] };
    expect(() => enrollAgent(tokens, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2', inventory: huge }))).toThrow(
      expect.objectContaining({ code: 'VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE' }),
    );
    expect(tokens.list().map((t) => t.uses)).toEqual([1, 0]);
    expect(agents.count()).toBe(1);
    // the use is still there to spend
    expect(enrollAgent(tokens, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' })).ok).toBe(true);
    expect(tokens.list().map((t) => t.uses)).toEqual([1, 1]);
  });

  it('stores no agent when the token use cannot be written', () => {
    const { db, agents, tokens } = open();
    const { token } = tokens.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    // the use's UPDATE fails for real inside the enrollment's transaction, after the agent row was written
    db.exec("CREATE TRIGGER fail_spend BEFORE UPDATE ON enrollment_tokens BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    expect(() => enrollAgent(tokens, agents, enrollInput(token))).toThrow('disk I/O error');
    expect(agents.get('agent-1')).toBeUndefined();
    expect(agents.count()).toBe(0);
    expect(tokens.list().map((t) => t.uses)).toEqual([0]);
    db.exec('DROP TRIGGER fail_spend');
    expect(enrollAgent(tokens, agents, enrollInput(token)).ok).toBe(true);
    expect(agents.get('agent-1')?.tokenId).toBe(tokens.list()[0]!.id);
    expect(tokens.list().map((t) => t.uses)).toEqual([1]);
  });
});
