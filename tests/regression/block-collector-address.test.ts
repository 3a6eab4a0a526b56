// Issue 13, item 4: blocking the collector's address cut the agent off for good: the only guard was
// "not /0" (two /1 blocks got around it), blocks had no exemption for the collector and no self-test, the
// unblock never arrived, and the block was re-applied at every start. A real collector and a real agent
// (--no-dry-run, nft) in network namespaces: blocks covering the collector or the loopback are refused
// with their reason (also in dry-run), the total blocked space has a limit, a block whose self-test
// cannot re-reach the collector is rolled back, and a persisted block of the collector (as an older
// agent wrote it) is dropped at start, not re-applied, with a tamper event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { NetLab } from '../helpers/netns.js';
import { AGENT_BIN, COLLECTOR_BIN, FAST_AGENT_ENV, Proc, runNode, waitFor } from '../helpers/vigil.js';
import { openDatabase } from '../../collector/dist/store/db.js';
import { SqliteCommandStore, commandsMigrations } from '../../collector/dist/commands/store.js';
import type { CommandRow, CommandStore } from '../../collector/dist/commands/types.js';
import { CommandService } from '../../collector/dist/commands/service.js';
import { loadCollectorConfig } from '../../collector/dist/config.js';
import { dataPaths } from '../../collector/dist/datadir.js';
import { loadKeyring } from '../../collector/dist/keys/keyring.js';

const PORT = 8080;
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
    VIGIL_AGENT_RESPONSE__FIREWALL: 'nft',
    VIGIL_AGENT_RESPONSE__SELF_TEST_DEADLINE_MS: '2000',
  });
  return agentProc;
}

const count = (kind?: string): number =>
  Number(
    kind
      ? db.prepare('SELECT COUNT(*) FROM events WHERE agent_id = ? AND kind = ?').pluck().get(agentId, kind)
      : db.prepare('SELECT COUNT(*) FROM events WHERE agent_id = ?').pluck().get(agentId),
  );

async function issue(action: string, params: Record<string, unknown>, dryRun = false): Promise<CommandRow> {
  const row = service.issue({ agentId, action, params, operator: 'responder-test', dryRun, ttlMs: 120_000 });
  return waitFor(
    `command ${row.id} to finish`,
    () => {
      const r = store.get(row.id);
      return r && ['succeeded', 'failed', 'refused', 'expired'].includes(r.status) ? r : undefined;
    },
    60_000,
    100,
  );
}

const blockTable = async () => (await lab.exec('agent', ['nft', 'list', 'table', 'inet', 'vigil_block'])).stdout;

beforeAll(async () => {
  lab = await NetLab.create('bk', ['collector', 'agent']);
  dir = mkdtempSync(join(tmpdir(), `vigil-bk-${process.pid}-`));
  dataDir = join(dir, 'data');
  stateDir = join(dir, 'agent');
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
  const enroll = await lab.exec('agent', [
    process.execPath,
    AGENT_BIN,
    'enroll',
    '--state',
    stateDir,
    '--collector',
    `ws://${lab.host('collector').ipv4}:${PORT}/agent`,
    '--token',
    token,
    '--insecure',
  ]);
  expect(enroll.code, enroll.stderr).toBe(0);
  agentId = /agent id (\S+)/.exec(enroll.stdout)![1]!;
  const paths = dataPaths(dataDir);
  db = openDatabase({ path: paths.eventsDb, migrations: commandsMigrations });
  store = new SqliteCommandStore(db);
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

describe('blocks never cut the agent off from its collector', () => {
  it('refuses a block of the collector address or any prefix covering it, with the reason, also in dry-run', async () => {
    const collector = lab.host('collector').ipv4;
    for (const cidr of [collector, '10.77.0.0/24', '10.0.0.0/8', '0.0.0.0/1']) {
      const r = await issue('block_address', { cidr });
      expect(r, cidr).toMatchObject({
        status: 'refused',
        errorCode: 'VIGIL_ERR_COMMAND_INVALID_PARAMETER',
        message: expect.stringContaining(`covers the collector address ${collector}`),
      });
    }
    expect(await issue('block_address', { cidr: collector }, true)).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('covers the collector address'),
    });
    expect(await blockTable()).not.toContain(collector);
    const n = count();
    await waitFor('events still streaming', () => count() > n + 5, 30_000);
  });

  it('refuses blocks of the loopback', async () => {
    for (const cidr of ['127.0.0.1', '127.0.0.0/8', '::1']) {
      expect(await issue('block_address', { cidr }), cidr).toMatchObject({ status: 'refused', message: expect.stringContaining('covers the loopback') });
    }
  });

  it('the total blocked address space has a named limit: the other /1 is refused, a /8 fits', async () => {
    expect(await issue('block_address', { cidr: '128.0.0.0/1' })).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('response.maxBlockedSpace.ipv4Prefix'),
    });
    expect(await issue('block_address', { cidr: '198.0.0.0/8' })).toMatchObject({ status: 'succeeded' });
    expect(await issue('block_address', { cidr: '203.0.113.0/24' })).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('over the limit of 16777216'),
    });
    expect(await issue('unblock_address', { cidr: '198.0.0.0/8' })).toMatchObject({ status: 'succeeded' });
  });

  it('a block is self-tested like isolation: the collector not re-reached means rolled back', async () => {
    // The collector host stops accepting NEW connections (the live one stays): the block's self-test fails.
    const cut = await lab.exec(
      'collector',
      ['nft', '-f', '-'],
      `table inet testcut {\n chain input {\n  type filter hook input priority 0; policy accept;\n  tcp dport ${PORT} ct state new drop\n }\n}\n`,
    );
    expect(cut.code, cut.stderr).toBe(0);
    try {
      const r = await issue('block_address', { cidr: '192.0.2.0/24' });
      expect(r).toMatchObject({ status: 'failed', errorCode: 'VIGIL_ERR_RESPONSE_SELF_TEST' });
      expect(JSON.parse(r.outputJson!)).toMatchObject({ rolledBack: true, changed: false, selfTest: { ok: false, deadlineMs: 2000 } });
      expect(await blockTable()).not.toContain('192.0.2.0/24');
      expect(readFileSync(join(stateDir, 'response', 'blocks.json'), 'utf8')).not.toContain('192.0.2.0');
    } finally {
      await lab.exec('collector', ['nft', 'delete', 'table', 'inet', 'testcut']);
    }
    const ok = await issue('block_address', { cidr: '192.0.2.0/24' });
    expect(ok).toMatchObject({ status: 'succeeded' });
    expect(JSON.parse(ok.outputJson!).selfTest).toMatchObject({ ok: true });
    expect(await blockTable()).toContain('192.0.2.0/24');
  });

  it('a persisted block of the collector (written by an older agent) is dropped at start, not re-applied', async () => {
    await agentProc!.stop();
    const collector = lab.host('collector').ipv4;
    const file = join(stateDir, 'response', 'blocks.json');
    const state = JSON.parse(readFileSync(file, 'utf8')) as { version: 1; entries: unknown[] };
    state.entries.push({ cidr: { address: collector, family: 4, prefix: 32, text: collector } });
    writeFileSync(file, JSON.stringify(state));
    const tampers = count('tamper');
    startAgent();
    await waitFor('tamper event stored', () => count('tamper') > tampers, 30_000);
    const rows = db.prepare("SELECT body FROM events WHERE agent_id = ? AND kind = 'tamper' ORDER BY seq DESC LIMIT 5").all(agentId) as Array<{ body: Buffer }>;
    expect(rows.map((r) => vigil.v1.Event.decode(r.body).tamper)).toContainEqual(
      expect.objectContaining({ what: 'block_dropped_at_start', detail: expect.stringContaining(`covers the collector address ${collector}`) }),
    );
    const table = await blockTable();
    expect(table).toContain('192.0.2.0/24');
    expect(table).not.toContain(collector);
    expect(readFileSync(file, 'utf8')).not.toContain(`"${collector}"`);
  });
});
