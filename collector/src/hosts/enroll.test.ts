// Enrollment across the state file (tokens) and the agent table: coded token refusals, one use per agent,
// the clone flag, the CLI and the server on the same files, and the order that keeps it atomic: a failed
// agent write spends no use, a failed use write stores no agent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { tempPathFor } from '@vigil/files';
import { openDatabase, type Db } from '../store/db.js';
import { LowdbStateStore } from '../store/state.js';
import { SqliteAgentStore, agentsMigrations } from './agent-store.js';
import { defaultAgentsOptions } from './options.js';
import { enrollAgent, type EnrollInput } from './enroll.js';

let dir: string;
let file: string;
let dbPath: string;
const dbs: Db[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-enroll-'));
  file = join(dir, 'state.json');
  dbPath = join(dir, 'events.db');
});
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const agentStore = () => {
  const db = openDatabase({ path: dbPath, migrations: agentsMigrations });
  dbs.push(db);
  return new SqliteAgentStore(db, defaultAgentsOptions());
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

const usesInFile = () => (JSON.parse(readFileSync(file, 'utf8')) as { tokens: Array<{ uses: number }> }).tokens.map((t) => t.uses);

describe('enrollAgent', () => {
  it('stores only the token hash and spends one use per enrollment', () => {
    const s = new LowdbStateStore(file);
    const agents = agentStore();
    const { token } = s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(readFileSync(file, 'utf8')).not.toContain(token);
    expect(enrollAgent(s, agents, enrollInput(token)).ok).toBe(true);
    expect(enrollAgent(s, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }))).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
    expect(agents.get('agent-2')).toBeUndefined();
    expect(usesInFile()).toEqual([1]);
  });

  it('flags a known machine id with a different key as a clone', () => {
    const s = new LowdbStateStore(file);
    const agents = agentStore();
    const { token } = s.createToken({ ttlSeconds: 60, maxUses: 3, nowMs: 0 });
    enrollAgent(s, agents, enrollInput(token));
    const second = enrollAgent(s, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }));
    expect(second.ok && second.agent.cloneOf).toBe('agent-1');
    const other = enrollAgent(s, agents, enrollInput(token, { newId: 'agent-3', publicKey: 'pk3', machineId: 'm2' }));
    expect(other.ok && other.agent.cloneOf).toBeUndefined();
  });

  it('sees writes of another process-level store on the same files (CLI and server)', () => {
    const server = new LowdbStateStore(file);
    const cli = new LowdbStateStore(file);
    const serverAgents = agentStore();
    const cliAgents = agentStore();
    const { token } = cli.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(enrollAgent(server, serverAgents, enrollInput(token)).ok).toBe(true);
    cli.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    server.setSetting('x', 1);
    expect(cli.listTokens()).toHaveLength(2);
    expect(cliAgents.get('agent-1')?.hostname).toBe('h');
    expect(cli.getSetting('x')).toBe(1);
    expect(() => server.mutateCollection('agents', () => [])).toThrow();
    server.mutateCollection<string[]>('users', () => ['u1']);
    expect(cli.readCollection<string[]>('users')).toEqual(['u1']);
    // the CLI's enrollment with the used-up token is refused though its own store read the token earlier
    expect(enrollAgent(cli, cliAgents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }))).toEqual({
      ok: false,
      code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP',
    });
  });

  it('refuses expired and unknown tokens with their codes, storing nothing', () => {
    const s = new LowdbStateStore(file);
    const agents = agentStore();
    const { token } = s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(enrollAgent(s, agents, enrollInput(token, { nowMs: 60_000 }))).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
    expect(enrollAgent(s, agents, enrollInput('vgt_unknown'))).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' });
    expect(agents.count()).toBe(0);
    expect(usesInFile()).toEqual([0]);
  });

  it('spends no use when the agent write fails (an id taken, an inventory over the bound)', () => {
    const s = new LowdbStateStore(file);
    const agents = agentStore();
    const first = s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 }).token;
    expect(enrollAgent(s, agents, enrollInput(first)).ok).toBe(true);
    const { token } = s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(() => enrollAgent(s, agents, enrollInput(token, { publicKey: 'pk2' }))).toThrow(expect.objectContaining({ code: 'VIGIL_ERR_AGENT_EXISTS' }));
    const huge = { services: ['x'.repeat(defaultAgentsOptions().maxInventoryBytes)] };
    expect(() => enrollAgent(s, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2', inventory: huge }))).toThrow(
      expect.objectContaining({ code: 'VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE' }),
    );
    expect(usesInFile()).toEqual([1, 0]);
    expect(agents.count()).toBe(1);
    // the use is still there to spend
    expect(enrollAgent(s, agents, enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' })).ok).toBe(true);
    expect(usesInFile()).toEqual([1, 1]);
  });

  it('stores no agent when the token use cannot be written (the state file write fails)', () => {
    const s = new LowdbStateStore(file);
    const agents = agentStore();
    const { token } = s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    // the atomic write's temp file cannot be created while a folder holds its name
    mkdirSync(tempPathFor(file));
    expect(() => enrollAgent(s, agents, enrollInput(token))).toThrow();
    expect(agents.get('agent-1')).toBeUndefined();
    expect(agents.count()).toBe(0);
    expect(usesInFile()).toEqual([0]);
    rmSync(tempPathFor(file), { recursive: true });
    expect(enrollAgent(s, agents, enrollInput(token)).ok).toBe(true);
    expect(agents.get('agent-1')?.tokenId).toBe(s.listTokens()[0]!.id);
    expect(usesInFile()).toEqual([1]);
  });
});
