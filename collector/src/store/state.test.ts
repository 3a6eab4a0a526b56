import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { LowdbStateStore, hashToken, checkToken, newToken } from './state.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-state-'));
  file = join(dir, 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const enrollInput = (token: string, over: Record<string, unknown> = {}) => ({
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

describe('token hashing', () => {
  it('hashes deterministically, differently per token, and never returns the token', () => {
    const t = newToken();
    expect(t).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/);
    expect(hashToken(t)).toBe(hashToken(t));
    expect(hashToken(t)).not.toBe(hashToken(newToken()));
    expect(hashToken(t)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(t)).not.toContain(t.slice(4));
  });

  it('checks expiry and uses', () => {
    const rec = { id: 'x', hash: hashToken('vgt_a'), createdAtMs: 0, expiresAtMs: 100, maxUses: 1, uses: 0 };
    expect(checkToken([rec], 'vgt_a', 50).ok).toBe(true);
    expect(checkToken([rec], 'vgt_a', 100)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
    expect(checkToken([{ ...rec, uses: 1 }], 'vgt_a', 50)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
    expect(checkToken([rec], 'vgt_b', 50)).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' });
  });
});

describe('LowdbStateStore', () => {
  it('stores only the token hash and spends one use per enrollment', () => {
    const s = new LowdbStateStore(file);
    const { token } = s.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(readFileSync(file, 'utf8')).not.toContain(token);
    expect(s.enrollAgent(enrollInput(token)).ok).toBe(true);
    expect(s.enrollAgent(enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }))).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
  });

  it('flags a known machine id with a different key as a clone', () => {
    const s = new LowdbStateStore(file);
    const { token } = s.createToken({ ttlSeconds: 60, maxUses: 3, nowMs: 0 });
    s.enrollAgent(enrollInput(token));
    const second = s.enrollAgent(enrollInput(token, { newId: 'agent-2', publicKey: 'pk2' }));
    expect(second.ok && second.agent.cloneOf).toBe('agent-1');
    const other = s.enrollAgent(enrollInput(token, { newId: 'agent-3', publicKey: 'pk3', machineId: 'm2' }));
    expect(other.ok && other.agent.cloneOf).toBeUndefined();
  });

  it('sees writes of another process-level store on the same file (CLI and server)', () => {
    const server = new LowdbStateStore(file);
    const cli = new LowdbStateStore(file);
    const { token } = cli.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(server.enrollAgent(enrollInput(token)).ok).toBe(true);
    cli.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    server.setSetting('x', 1);
    expect(cli.listTokens()).toHaveLength(2);
    expect(cli.getAgent('agent-1')?.hostname).toBe('h');
    expect(cli.getSetting('x')).toBe(1);
    expect(() => server.mutateCollection('agents', () => [])).toThrow();
    server.mutateCollection<string[]>('users', () => ['u1']);
    expect(cli.readCollection<string[]>('users')).toEqual(['u1']);
  });
});

describe('state file', () => {
  it('is written 0600, since it holds password and token hashes', () => {
    const store = new LowdbStateStore(file);
    store.createToken({ ttlSeconds: 60, maxUses: 1, nowMs: 1000 });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).tokens).toHaveLength(1);
  });
});
