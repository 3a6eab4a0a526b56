// The two-person rule through the real CommandService and SQLite store: which orders count (isolate and
// block_address, distinct hosts, held ones too, not dry runs, rejected or expired-unsigned ones), the window
// sliding by creation time, the requester refused, and another operator's approval signing and delivering.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519, privateKeyFromPem, verifyEd25519 } from '@vigil/crypto';
import { silentLogger } from '@vigil/logger';
import { vigil, type ICollectorMessage } from '@vigil/proto';
import { openDatabase } from '../store/db.js';
import type { AuditRecord } from '../audit/writer.js';
import { CollectorError } from '../errors.js';
import { SqliteCommandStore, SqlitePolicyStore, commandsMigrations } from './store.js';
import { CommandService, type IssueRequest } from './service.js';
import { commandsOptionsSchema } from './options.js';
import { PolicyEngine } from './policies.js';
import type { CommandHold, CommandRow } from './types.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(twoPersonRule?: { enabled?: boolean; maxHosts?: number; windowMs?: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-two-person-'));
  dirs.push(dir);
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: commandsMigrations });
  const keys = generateEd25519();
  const sent: Array<{ agentId: string; msg: ICollectorMessage }> = [];
  const audit: AuditRecord[] = [];
  const changes: Array<{ row: CommandRow; hold: CommandHold | null }> = [];
  let now = 1_000_000;
  const service = new CommandService({
    store: new SqliteCommandStore(db),
    privateKey: privateKeyFromPem(keys.privateKeyPem),
    send: (agentId, msg) => (sent.push({ agentId, msg }), true),
    audit: { write: (r) => audit.push(r) },
    logger: silentLogger(),
    clock: () => now,
    onChange: (row, hold) => changes.push({ row, hold }),
    options: commandsOptionsSchema.parse(twoPersonRule ? { twoPersonRule } : {}),
  });
  const order = (agentId: string, over: Partial<IssueRequest> = {}) => service.issue({ agentId, action: 'isolate', operator: 'alice', ...over });
  return { db, keys, sent, audit, changes, service, order, tick: (ms: number) => (now += ms), policies: new SqlitePolicyStore(db) };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof CollectorError ? err.code : `not coded: ${String(err)}`;
  }
  return undefined;
}

const RESPONDER = (user: string) => ({ operator: user, user, role: 'responder' as const });

describe('two-person rule (commands.twoPersonRule)', () => {
  it('is off by default: isolating twenty hosts at once is signed and sent at once', () => {
    expect(commandsOptionsSchema.parse({}).twoPersonRule).toEqual({ enabled: false, maxHosts: 5, windowMs: 600_000 });
    const t = setup();
    const rows = Array.from({ length: 20 }, (_, i) => t.order(`a${i}`));
    expect(rows.map((r) => r.status)).toEqual(Array(20).fill('delivered'));
    expect(t.service.views(rows).every((v) => v.hold === null)).toBe(true);
    expect(t.audit.map((a) => a.action)).toEqual(Array(20).fill('command.create'));
  });

  it('refuses contradictory or out-of-range settings at start', () => {
    expect(() => commandsOptionsSchema.parse({ twoPersonRule: { enabled: true, maxHosts: 0 } })).toThrow();
    expect(() => commandsOptionsSchema.parse({ twoPersonRule: { windowMs: 10 } })).toThrow();
    expect(() => commandsOptionsSchema.parse({ twoPersonRule: { enabled: 'yes' } })).toThrow();
    expect(() => commandsOptionsSchema.parse({ twoPersonRule: { maxhosts: 3 } })).toThrow();
  });

  it('holds the order that takes the distinct hosts isolated or blocked above maxHosts, counting held orders too', () => {
    const t = setup({ enabled: true, maxHosts: 3 });
    expect(t.order('a1').status).toBe('delivered');
    expect(t.order('a2', { operator: 'bob' }).status).toBe('delivered');
    expect(t.order('a3', { action: 'block_address', params: { cidr: '203.0.113.7/32' }, operator: 'policy:p9' }).status).toBe('delivered');
    // the same host again adds no host; other actions and dry runs neither count nor wait
    expect(t.order('a1', { action: 'block_address', params: { cidr: '198.51.100.1/32' } }).status).toBe('delivered');
    expect(t.order('a9', { action: 'kill_process', params: { pid: 42 } }).status).toBe('delivered');
    expect(t.order('a8', { dryRun: true }).status).toBe('delivered');
    t.sent.length = 0;

    const held = t.order('a4', { operator: 'token:night-script', requester: 'alice', source: '10.0.0.9' });
    expect(held).toMatchObject({ status: 'awaiting_approval', payload: null, signature: null, operator: 'token:night-script' });
    expect(held.message).toBe(
      "needs a second operator's approval: isolate and block_address orders would reach 4 distinct hosts within 10 min, more than commands.twoPersonRule.maxHosts (3)",
    );
    expect(t.sent).toEqual([]);
    expect(t.service.holdOf(held.id)).toMatchObject({ rule: 'two_person_rule', requestedBy: 'alice', hosts: 4, maxHosts: 3, windowMs: 600_000 });
    expect(t.audit.at(-1)).toMatchObject({
      action: 'command.hold',
      user: 'token:night-script',
      source: '10.0.0.9',
      target: 'agent:a4',
      result: 'ok',
      detail: { commandId: held.id, kind: 'isolate', rule: 'two_person_rule', requestedBy: 'alice', hosts: 4, maxHosts: 3 },
    });
    expect(t.changes.at(-1)!.hold).toMatchObject({ commandId: held.id, requestedBy: 'alice' });

    // the held order counts: the next new host is the fifth
    const next = t.order('a5', { operator: 'carol', action: 'block_address', params: { cidr: '192.0.2.0/24' } });
    expect(next.status).toBe('awaiting_approval');
    expect(t.service.holdOf(next.id)).toMatchObject({ requestedBy: 'carol', hosts: 5 });
    // above the limit, every such order waits, even for a host already counted: a second order on a held host
    // is no way around its hold
    expect(t.order('a5', { operator: 'carol' }).status).toBe('awaiting_approval');
    expect(t.order('a2', { action: 'block_address', params: { cidr: '192.0.2.9/32' } }).status).toBe('awaiting_approval');
  });

  it('slides its window by creation time; rejected orders and orders that expired unsigned no longer count', () => {
    const t = setup({ enabled: true, maxHosts: 2, windowMs: 60_000 });
    t.order('a1'); // at 0
    t.tick(30_000);
    t.order('a2'); // at 30 s
    t.tick(10_000);
    const third = t.order('a3');
    expect(third.status).toBe('awaiting_approval');
    t.service.reject(third.id, 'bob');
    const fourth = t.order('a4', { ttlMs: 5000 });
    expect(fourth.status).toBe('awaiting_approval');
    t.tick(5000);
    expect(t.service.expire().map((r) => r.id)).toEqual([fourth.id]);
    t.tick(14_999); // 59.999 s: a1 and a2 count
    const fifth = t.order('a5');
    expect(t.service.holdOf(fifth.id)).toMatchObject({ hosts: 3 });
    t.service.reject(fifth.id, 'alice');
    t.tick(1); // 60 s: a1 left the window
    expect(t.order('a5').status).toBe('delivered');
    t.tick(30_000); // 90 s: a2 left as well
    expect(t.order('a6').status).toBe('delivered');
    expect(t.order('a7').status).toBe('awaiting_approval');
  });

  it('refuses the requester approving their own held order, by session or by token, and a viewer; each refusal audited', () => {
    const t = setup({ enabled: true, maxHosts: 1 });
    t.order('a1');
    const held = t.order('a2', { operator: 'token:night-script', requester: 'alice' });
    expect(codeOf(() => t.service.approve(held.id, RESPONDER('alice')))).toBe('VIGIL_ERR_COMMAND_SECOND_OPERATOR');
    expect(codeOf(() => t.service.approve(held.id, { operator: 'token:other', user: 'alice', role: 'admin' }))).toBe('VIGIL_ERR_COMMAND_SECOND_OPERATOR');
    expect(codeOf(() => t.service.approve(held.id, { operator: 'vera', user: 'vera', role: 'viewer' }))).toBe('VIGIL_ERR_COMMAND_APPROVER_ROLE');
    expect(codeOf(() => t.service.approve(held.id, { operator: 'policy:p1', user: 'policy:p1', role: undefined }))).toBe('VIGIL_ERR_COMMAND_APPROVER_ROLE');
    expect(t.service.get(held.id)).toMatchObject({ status: 'awaiting_approval', payload: null });
    expect(t.sent.map((s) => s.agentId)).toEqual(['a1']);
    expect(t.audit.filter((a) => a.action === 'command.approve').map((a) => [a.user, a.result, a.detail?.code, a.detail?.requestedBy])).toEqual([
      ['alice', 'failed', 'VIGIL_ERR_COMMAND_SECOND_OPERATOR', 'alice'],
      ['token:other', 'failed', 'VIGIL_ERR_COMMAND_SECOND_OPERATOR', 'alice'],
      ['vera', 'failed', 'VIGIL_ERR_COMMAND_APPROVER_ROLE', 'alice'],
      ['policy:p1', 'failed', 'VIGIL_ERR_COMMAND_APPROVER_ROLE', 'alice'],
    ]);
  });

  it('another responder approves: signed then with a fresh window, delivered, and the hold kept on record', () => {
    const t = setup({ enabled: true, maxHosts: 1 });
    t.order('a1');
    const held = t.order('a2', { ttlMs: 120_000 });
    t.sent.length = 0;
    t.tick(50_000);
    const approved = t.service.approve(held.id, RESPONDER('bob'), '10.0.0.2');
    expect(approved).toMatchObject({ status: 'delivered', operator: 'bob (approved alice)', message: null, issuedAtMs: 1_050_000, expiresAtMs: 1_170_000 });
    expect(t.sent).toHaveLength(1);
    const signed = t.sent[0]!.msg.command!;
    expect(verifyEd25519(t.keys.publicKey, signed.payload!, signed.signature!)).toBe(true);
    expect(vigil.v1.Command.decode(signed.payload!)).toMatchObject({ commandId: held.id, agentId: 'a2', operator: 'bob (approved alice)' });
    expect(t.service.view(approved).hold).toMatchObject({ requestedBy: 'alice', hosts: 2 });
    expect(t.audit.filter((a) => a.detail?.commandId === held.id).map((a) => [a.action, a.user, a.result])).toEqual([
      ['command.hold', 'alice', 'ok'],
      ['command.approve', 'bob (approved alice)', 'ok'],
    ]);
    expect(t.audit.at(-1)!.detail).toMatchObject({ requestedBy: 'alice', secondOperator: 'bob', rule: 'two_person_rule' });
    // approved once: a second approval finds nothing to approve
    expect(codeOf(() => t.service.approve(held.id, RESPONDER('carol')))).toBe('VIGIL_ERR_COMMAND_STATE');
  });

  it("holds a response policy's order beyond the limit too; its requester is the policy, so one person approves", () => {
    const t = setup({ enabled: true, maxHosts: 1 });
    const engine = new PolicyEngine(t.policies, t.service);
    t.policies.upsert({
      id: 'p1',
      name: 'isolate on brute force',
      enabled: true,
      mode: 'auto',
      ruleId: 'r-ssh-brute',
      minSeverity: null,
      action: 'isolate',
      paramsJson: '{}',
      dryRun: false,
      createdBy: 'admin',
      createdAtMs: 1,
    });
    const alert = (agentId: string) => ({ id: `al-${agentId}`, agentId, ruleId: 'r-ssh-brute', severity: 'high', trusted: true });
    const [first] = engine.onAlert(alert('a1'));
    expect(t.service.get(first!)!.status).toBe('delivered');
    const [second] = engine.onAlert(alert('a2'));
    expect(t.service.get(second!)!.status).toBe('awaiting_approval');
    expect(t.service.holdOf(second!)).toMatchObject({ requestedBy: 'policy:p1' });
    expect(t.service.approve(second!, RESPONDER('admin')).status).toBe('delivered');
  });

  it('reject works as before on a held order, by its requester too', () => {
    const t = setup({ enabled: true, maxHosts: 1 });
    t.order('a1');
    const held = t.order('a2');
    expect(t.service.reject(held.id, 'alice')).toMatchObject({ status: 'rejected', message: 'rejected by alice' });
    expect(t.audit.at(-1)).toMatchObject({ action: 'command.reject', user: 'alice' });
    expect(codeOf(() => t.service.approve(held.id, RESPONDER('bob')))).toBe('VIGIL_ERR_COMMAND_STATE');
  });
});
