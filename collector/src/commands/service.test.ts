import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519, privateKeyFromPem, signEd25519, verifyEd25519 } from '@vigil/crypto';
import { silentLogger } from '@vigil/logger';
import { vigil, type ICollectorMessage } from '@vigil/proto';
import { openDatabase } from '../store/db.js';
import { SqliteCommandStore, SqlitePolicyStore, commandHoldsMigration, commandsMigration } from './store.js';
import type { AuditRecord } from '../audit/writer.js';
import { CommandService } from './service.js';
import { commandsOptionsSchema } from './options.js';
import { PolicyEngine } from './policies.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(online: { value: boolean }) {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cmdsvc-'));
  dirs.push(dir);
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [commandsMigration, commandHoldsMigration] });
  const keys = generateEd25519();
  const sent: Array<{ agentId: string; msg: ICollectorMessage }> = [];
  const audit: AuditRecord[] = [];
  let now = 1_000_000;
  const service = new CommandService({
    store: new SqliteCommandStore(db),
    privateKey: privateKeyFromPem(keys.privateKeyPem),
    send: (agentId, msg) => (online.value ? (sent.push({ agentId, msg }), true) : false),
    audit: { write: (r) => audit.push(r) },
    logger: silentLogger(),
    clock: () => now,
    options: commandsOptionsSchema.parse({}),
  });
  return { db, keys, sent, audit, service, tick: (ms: number) => (now += ms), policies: new SqlitePolicyStore(db) };
}

describe('CommandService', () => {
  it('signs the exact payload, waits for an offline agent, delivers on connect, stores the result with the operator', () => {
    const online = { value: false };
    const t = setup(online);
    const row = t.service.issue({ agentId: 'a1', action: 'stop_service', params: { unit: 'nginx.service', mask: true }, operator: 'alice', ttlMs: 60_000 });
    expect(row.status).toBe('pending');
    expect(row.action).toBe('stop_service');
    expect(t.sent).toHaveLength(0);
    online.value = true;
    expect(t.service.deliver('a1')).toBe(1);
    const signed = t.sent[0]!.msg.command!;
    expect(verifyEd25519(t.keys.publicKey, signed.payload!, signed.signature!)).toBe(true);
    const cmd = vigil.v1.Command.decode(signed.payload!);
    expect(cmd).toMatchObject({ commandId: row.id, agentId: 'a1', operator: 'alice', stopService: { unit: 'nginx.service', mask: true } });
    expect(cmd.nonce.length).toBe(16);
    expect(t.service.get(row.id)!.status).toBe('delivered');

    t.service.onResult('someone-else', { commandId: row.id, status: vigil.v1.CommandStatus.SUCCEEDED });
    expect(t.service.get(row.id)!.status).toBe('delivered');
    t.service.onResult('a1', { commandId: row.id, status: vigil.v1.CommandStatus.RUNNING, startedAtMs: 5 });
    expect(t.service.get(row.id)!.status).toBe('running');
    t.service.onResult('a1', {
      commandId: row.id,
      status: vigil.v1.CommandStatus.SUCCEEDED,
      outputJson: '{"before":{"activeState":"active"}}',
      finishedAtMs: 9,
    });
    expect(t.service.get(row.id)).toMatchObject({ status: 'succeeded', outputJson: '{"before":{"activeState":"active"}}', finishedAtMs: 9 });
    expect(t.audit.map((a) => [a.action, a.user, a.result])).toEqual([
      ['command.create', 'alice', 'ok'],
      ['command.result', 'alice', 'ok'],
    ]);
  });

  it('asks a reconnected agent again for what it last said was running, even past expiry, and never reports a forgotten one refused', () => {
    const online = { value: true };
    const t = setup(online);
    const kept = t.service.issue({ agentId: 'a1', action: 'release', operator: 'bob', ttlMs: 5000 });
    const forgotten = t.service.issue({ agentId: 'a1', action: 'isolate', operator: 'bob', ttlMs: 5000 });
    for (const id of [kept.id, forgotten.id]) t.service.onResult('a1', { commandId: id, status: vigil.v1.CommandStatus.RUNNING, startedAtMs: 5 });
    t.sent.length = 0;
    t.tick(6000); // both expired while the agent was away; the sweep leaves running commands alone
    expect(t.service.expire()).toEqual([]);
    const waiting = t.service.issue({ agentId: 'a1', action: 'triage', operator: 'bob' });
    t.sent.length = 0;
    expect(t.service.reconnected('a1')).toBe(3);
    const ids = t.sent.map((s) => vigil.v1.Command.decode(s.msg.command!.payload!).commandId);
    expect(ids).toEqual([kept.id, forgotten.id, waiting.id]);
    // the agent answers the first from its ledger, and no longer knows the second
    t.service.onResult('a1', { commandId: kept.id, status: vigil.v1.CommandStatus.SUCCEEDED, duplicate: true, finishedAtMs: 7 });
    t.service.onResult('a1', { commandId: forgotten.id, status: vigil.v1.CommandStatus.REFUSED, errorCode: 'VIGIL_ERR_COMMAND_EXPIRED', message: 'expired' });
    expect(t.service.get(kept.id)).toMatchObject({ status: 'succeeded', startedAtMs: 5, finishedAtMs: 7 });
    expect(t.service.get(forgotten.id)).toMatchObject({ status: 'failed', errorCode: 'VIGIL_ERR_COMMAND_OUTCOME_UNKNOWN', startedAtMs: 5 });
    expect(t.service.get(forgotten.id)!.message).toContain('VIGIL_ERR_COMMAND_EXPIRED');
    // answered: nothing more to ask
    t.sent.length = 0;
    t.service.onResult('a1', { commandId: waiting.id, status: vigil.v1.CommandStatus.SUCCEEDED });
    expect(t.service.reconnected('a1')).toBe(0);
  });

  it('expires a command its agent never fetched', () => {
    const t = setup({ value: false });
    const row = t.service.issue({ agentId: 'a1', action: 'release', operator: 'bob', ttlMs: 5000 });
    t.tick(6000);
    expect(t.service.expire().map((r) => r.id)).toEqual([row.id]);
    expect(t.service.get(row.id)!.status).toBe('expired');
    expect(t.audit.at(-1)).toMatchObject({ action: 'command.expire', user: 'bob' });
  });

  it('refuses unknown actions', () => {
    const t = setup({ value: true });
    expect(() => t.service.issue({ agentId: 'a1', action: 'format_disk', operator: 'x' })).toThrow(/unknown action/);
  });

  it('policies are off until created; auto issues as policy:<id>, approve waits for a responder', () => {
    const t = setup({ value: true });
    const engine = new PolicyEngine(t.policies, t.service);
    const alert = { id: 'al1', agentId: 'a1', ruleId: 'r-ssh-brute', severity: 'high', trusted: true };
    expect(engine.onAlert(alert)).toEqual([]);
    t.policies.upsert({
      id: 'p1',
      name: 'block',
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
    t.policies.upsert({
      id: 'p2',
      name: 'crit',
      enabled: true,
      mode: 'approve',
      ruleId: null,
      minSeverity: 'critical',
      action: 'release',
      paramsJson: '{}',
      dryRun: false,
      createdBy: 'admin',
      createdAtMs: 2,
    });
    const ids = engine.onAlert(alert);
    expect(ids).toHaveLength(1);
    expect(t.service.get(ids[0]!)).toMatchObject({ operator: 'policy:p1', policyId: 'p1', status: 'delivered' });
    const crit = engine.onAlert({ ...alert, severity: 'critical' });
    const proposed = t.service.get(crit[1]!)!;
    expect(proposed.status).toBe('awaiting_approval');
    expect(proposed.payload).toBeNull();
    const approved = t.service.approve(proposed.id, { operator: 'carol', user: 'carol', role: 'responder' });
    expect(approved.status).toBe('delivered');
    expect(t.audit.filter((a) => a.detail?.policyId === 'p2').map((a) => a.action)).toEqual(['command.propose', 'command.approve']);
  });

  // Issue 13 item 8: forged syslog lines raised an alert and an auto policy isolated the host.
  it('an auto policy only proposes when the alert rests on untrusted evidence', () => {
    const t = setup({ value: true });
    const engine = new PolicyEngine(t.policies, t.service);
    t.policies.upsert({
      id: 'p1',
      name: 'block',
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
    const [id] = engine.onAlert({ id: 'al2', agentId: 'a1', ruleId: 'r-ssh-brute', severity: 'high', trusted: false });
    expect(t.service.get(id!)!.status).toBe('awaiting_approval');
  });
});

describe('CommandService after a key rotation', () => {
  it('signs again what a retired key signed, and never signs a row that no key of this collector signed', () => {
    const online = { value: false };
    const t = setup(online);
    const before = t.service.issue({ agentId: 'a1', action: 'release', operator: 'alice', ttlMs: 60_000 });
    const stranger = generateEd25519();
    const store = new SqliteCommandStore(t.db);
    const forgedPayload = store.get(before.id)!.payload!;
    store.insert({ ...store.get(before.id)!, id: 'forged-1', signature: signEd25519(stranger.privateKeyPem, forgedPayload) });

    const next = generateEd25519();
    const sent: ICollectorMessage[] = [];
    const rotated = new CommandService({
      store,
      privateKey: privateKeyFromPem(next.privateKeyPem),
      retiredPublicKeys: [t.keys.publicKey],
      send: (_agentId, msg) => (sent.push(msg), true),
      audit: { write: () => undefined },
      logger: silentLogger(),
      clock: () => 1_000_000,
      options: commandsOptionsSchema.parse({}),
    });
    expect(rotated.deliver('a1')).toBe(2);
    const bySig = sent.map((m) => m.command!);
    const resigned = bySig.filter((c) => verifyEd25519(next.publicKey, c.payload!, c.signature!));
    const asStored = bySig.filter((c) => verifyEd25519(stranger.publicKey, c.payload!, c.signature!));
    expect(resigned).toHaveLength(1);
    expect(vigil.v1.Command.decode(resigned[0]!.payload!).commandId).toBe(before.id);
    expect(asStored).toHaveLength(1);
    expect(verifyEd25519(next.publicKey, asStored[0]!.payload!, asStored[0]!.signature!)).toBe(false);
  });
});
