// The whole chain with real processes: a real collector in the "collector" namespace, a real agent
// (vigil-agent run, --no-dry-run) in the "agent" namespace, a peer in a third; all joined by a bridge
// namespace. Commands are issued through the collector's CommandService into its store (the collector
// process delivers them and stores the results). Proves isolation while events keep streaming, restart,
// tamper healing reported to the collector, rollback, dry-run, release, and refusals by the real agent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { vigil } from '@vigil/proto';
import { NetLab } from './helpers/netns.js';
import { PROBE } from './helpers/commands.js';
import { AGENT_BIN, COLLECTOR_BIN, FAST_AGENT_ENV, Proc, runNode, waitFor } from './helpers/vigil.js';
import { spawn } from 'node:child_process';
// The collector's own modules (built), used here the way an operator tool would: same store, same key.
import { openDatabase } from '../collector/dist/store/db.js';
import { SqliteCommandStore, commandsMigrations } from '../collector/dist/commands/store.js';
import type { CommandRow, CommandStore } from '../collector/dist/commands/types.js';
import { CommandService } from '../collector/dist/commands/service.js';
import { loadCollectorConfig } from '../collector/dist/config.js';
import { dataPaths } from '../collector/dist/datadir.js';
import { loadKeyring } from '../collector/dist/keys/keyring.js';
import { silentLogger } from '@vigil/logger';

const PORT = 8080;
const PEER_PORT = 9000;
const AGENT_PORT = 9001;

let lab: NetLab;
let dir: string;
let dataDir: string;
let stateDir: string;
let agentId: string;
let collectorProc: Proc;
let agentProc: Proc | undefined;
let service: CommandService;
let store: CommandStore;
let db: Database.Database;

function startInNs(host: string, argv: string[], env: Record<string, string>): Proc {
  return new Proc(
    spawn('ip', ['netns', 'exec', lab.host(host).ns, process.execPath, ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

function startAgent(): Proc {
  agentProc = startInNs('agent', [AGENT_BIN, 'run', '--state', stateDir, '--no-sensors', '--no-dry-run', '--synthetic-rate', '20', '--insecure'], {
    ...FAST_AGENT_ENV,
    VIGIL_AGENT_RESPONSE__HEAL_INTERVAL_MS: '300',
  });
  return agentProc;
}

function count(kind?: string): number {
  const q = kind
    ? db.prepare('SELECT COUNT(*) FROM events WHERE agent_id = ? AND kind = ?').pluck()
    : db.prepare('SELECT COUNT(*) FROM events WHERE agent_id = ?').pluck();
  return Number(kind ? q.get(agentId, kind) : q.get(agentId));
}

async function issue(action: string, params: Record<string, unknown> = {}, dryRun = false): Promise<CommandRow> {
  const row = service.issue({ agentId, action, params, operator: 'responder-test', dryRun, ttlMs: 120_000 });
  return finished(row.id);
}

async function finished(id: string): Promise<CommandRow> {
  return waitFor(
    `command ${id} to finish`,
    () => {
      const r = store.get(id);
      return r && ['succeeded', 'failed', 'refused', 'expired'].includes(r.status) ? r : undefined;
    },
    60_000,
    100,
  );
}

/** Writes a hand-made SignedCommand into the collector's queue, as a forger or replayer would need to. */
async function forged(payloadFields: vigil.v1.ICommand, sign: (p: Uint8Array) => Buffer): Promise<CommandRow> {
  const id = payloadFields.commandId as string;
  const payload = Buffer.from(vigil.v1.Command.encode(payloadFields).finish());
  const now = Date.now();
  store.insert({
    id,
    agentId,
    action: 'release',
    paramsJson: '{}',
    operator: 'forger',
    policyId: null,
    dryRun: false,
    status: 'pending',
    createdAtMs: now,
    issuedAtMs: now,
    expiresAtMs: now + 60_000,
    deliveredAtMs: null,
    startedAtMs: null,
    finishedAtMs: null,
    errorCode: null,
    message: null,
    outputJson: null,
    payload,
    signature: sign(payload),
  });
  return finished(id);
}

async function probe(from: string, kind: 'tcp' | 'udp' | 'ping', to: string, port: number): Promise<boolean> {
  const argv = kind === 'ping' ? ['ping', '-c', '1', '-W', '1', to] : [process.execPath, PROBE, kind, to, String(port), '800'];
  return (await lab.exec(from, argv)).code === 0;
}

async function peerCut(): Promise<boolean[]> {
  const jobs: Array<Promise<boolean>> = [];
  for (const [from, to, port] of [
    ['agent', 'peer', PEER_PORT],
    ['peer', 'agent', AGENT_PORT],
  ] as const) {
    for (const addr of [lab.host(to).ipv4, lab.host(to).ipv6]) for (const k of ['tcp', 'udp', 'ping'] as const) jobs.push(probe(from, k, addr, port));
  }
  return Promise.all(jobs);
}
const ALL = (v: boolean) => Array<boolean>(12).fill(v);

async function ruleset(): Promise<string> {
  return (await lab.exec('agent', ['nft', 'list', 'ruleset'])).stdout;
}

beforeAll(async () => {
  lab = await NetLab.create('ra', ['collector', 'agent', 'peer']);
  dir = mkdtempSync(join(tmpdir(), `vigil-ra-${process.pid}-`));
  dataDir = join(dir, 'data');
  stateDir = join(dir, 'agent');
  for (const [host, port] of [
    ['peer', PEER_PORT],
    ['agent', AGENT_PORT],
  ] as const) {
    const child = lab.spawn(host, [process.execPath, PROBE, 'listen', String(port)]);
    await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
  }
  expect((await runNode(COLLECTOR_BIN, ['init', '--data', dataDir])).code).toBe(0);
  collectorProc = startInNs('collector', [COLLECTOR_BIN, 'serve', '--data', dataDir, '--host', '0.0.0.0', '--port', String(PORT)], {
    VIGIL_COLLECTOR_LISTEN__ALLOW_PLAINTEXT_OFF_LOOPBACK: 'true',
    VIGIL_COLLECTOR_LOG_LEVEL: 'warn',
  });
  await waitFor('collector to listen', () => {
    if (!collectorProc.alive) throw new Error(collectorProc.stderr);
    return /agent endpoint: (\S+)/.exec(collectorProc.stdout)?.[1];
  });
  const token = (await runNode(COLLECTOR_BIN, ['token', 'create', '--data', dataDir])).stdout.trim();
  const url = `ws://${lab.host('collector').ipv4}:${PORT}/agent`;
  const enroll = await lab.exec('agent', [process.execPath, AGENT_BIN, 'enroll', '--state', stateDir, '--collector', url, '--token', token, '--insecure']);
  expect(enroll.code, enroll.stderr).toBe(0);
  agentId = /agent id (\S+)/.exec(enroll.stdout)![1]!;
  const paths = dataPaths(dataDir);
  db = openDatabase({ path: paths.eventsDb, migrations: commandsMigrations });
  store = new SqliteCommandStore(db);
  // send() returns false: the collector process is the one connected to the agent; its sweep delivers.
  service = new CommandService({
    store,
    privateKey: loadKeyring(paths).privateKey,
    send: () => false,
    audit: { write: () => undefined },
    logger: silentLogger(),
    options: loadCollectorConfig().commands,
  });
  startAgent();
  await waitFor('events streaming', () => count() > 5, 30_000);
});

afterAll(async () => {
  await agentProc?.kill9();
  await collectorProc?.kill9();
  db?.close();
  await lab?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('response with a real agent and collector', () => {
  it('a dry-run isolation reports the rules and changes no ruleset', async () => {
    const before = await ruleset();
    const r = await issue('isolate', {}, true);
    expect(r.status).toBe('succeeded');
    expect(JSON.parse(r.outputJson!).steps[0].input).toContain('table inet vigil_isolate');
    expect(await ruleset()).toBe(before);
    expect(await peerCut()).toEqual(ALL(true));
  });

  it('isolates: the peer is cut both ways while events keep streaming to the collector', async () => {
    const r = await issue('isolate', { selfTestDeadlineMs: 10_000 });
    expect(r.errorCode).toBeNull();
    expect(r.status).toBe('succeeded');
    expect(JSON.parse(r.outputJson!).selfTest.ok).toBe(true);
    expect(await peerCut()).toEqual(ALL(false));
    const n = count();
    await waitFor('events after isolation', () => count() > n + 20, 30_000);
  });

  it('isolation holds across an agent restart after the firewall was reset', async () => {
    await agentProc!.kill9();
    await lab.exec('agent', ['nft', 'flush', 'ruleset']);
    expect(await probe('agent', 'tcp', lab.host('peer').ipv4, PEER_PORT)).toBe(true);
    startAgent();
    await waitFor('table re-applied at start', async () => (await ruleset()).includes('vigil_isolate'), 30_000);
    expect(await peerCut()).toEqual(ALL(false));
    const n = count();
    await waitFor('events after restart', () => count() > n + 20, 30_000);
  });

  it('heals `nft flush ruleset` and the tamper event reaches the collector', async () => {
    const before = count('tamper');
    await lab.exec('agent', ['nft', 'flush', 'ruleset']);
    await waitFor('tamper event stored', () => count('tamper') > before, 30_000);
    const row = db.prepare("SELECT body FROM events WHERE agent_id = ? AND kind = 'tamper' ORDER BY seq DESC LIMIT 1").get(agentId) as { body: Buffer };
    expect(vigil.v1.Event.decode(row.body).tamper).toMatchObject({ what: 'isolation_table_missing', repaired: true });
    expect(await peerCut()).toEqual(ALL(false));
  });

  it('release restores everything', async () => {
    const r = await issue('release');
    expect(r.status).toBe('succeeded');
    expect(await ruleset()).not.toContain('vigil_isolate');
    expect(await peerCut()).toEqual(ALL(true));
  });

  it('rolls back when the collector cannot be reached again right after the rules apply', async () => {
    // The collector host stops accepting NEW connections (the live one stays): the self-test must fail.
    const cut = await lab.exec(
      'collector',
      ['nft', '-f', '-'],
      `table inet testcut {\n chain input {\n  type filter hook input priority 0; policy accept;\n  tcp dport ${PORT} ct state new drop\n }\n}\n`,
    );
    expect(cut.code, cut.stderr).toBe(0);
    try {
      const r = await issue('isolate', { selfTestDeadlineMs: 2000 });
      expect(r.status).toBe('failed');
      expect(r.errorCode).toBe('VIGIL_ERR_RESPONSE_SELF_TEST');
      expect(JSON.parse(r.outputJson!)).toMatchObject({ rolledBack: true, selfTest: { ok: false, deadlineMs: 2000 } });
      expect(await ruleset()).not.toContain('vigil_isolate');
    } finally {
      await lab.exec('collector', ['nft', 'delete', 'table', 'inet', 'testcut']);
    }
    expect(await peerCut()).toEqual(ALL(true));
  });

  it("the real agent refuses a bad signature, an expired command, a replayed nonce and another agent's command", async () => {
    const key = loadKeyring(dataPaths(dataDir)).privateKey;
    const base = (): vigil.v1.ICommand => ({
      commandId: randomUUID(),
      agentId,
      issuedAtMs: Date.now(),
      expiresAtMs: Date.now() + 60_000,
      nonce: randomBytes(16),
      dryRun: true,
      release: {},
    });
    const stranger = generateEd25519();
    expect(await forged(base(), (p) => signEd25519(stranger.privateKeyPem, p))).toMatchObject({
      status: 'refused',
      errorCode: 'VIGIL_ERR_COMMAND_BAD_SIGNATURE',
    });
    expect(await forged({ ...base(), issuedAtMs: Date.now() - 120_000, expiresAtMs: Date.now() - 60_000 }, (p) => signEd25519(key, p))).toMatchObject({
      status: 'refused',
      errorCode: 'VIGIL_ERR_COMMAND_EXPIRED',
    });
    expect(await forged({ ...base(), agentId: 'another-agent' }, (p) => signEd25519(key, p))).toMatchObject({
      status: 'refused',
      errorCode: 'VIGIL_ERR_COMMAND_WRONG_AGENT',
    });
    const first = base();
    expect((await forged(first, (p) => signEd25519(key, p))).status).toBe('succeeded');
    expect(await forged({ ...base(), nonce: first.nonce }, (p) => signEd25519(key, p))).toMatchObject({
      status: 'refused',
      errorCode: 'VIGIL_ERR_COMMAND_REPLAYED',
    });
    expect(await ruleset()).not.toContain('vigil_isolate');
  });
});
