// The fleet simulator (npm run sim) against a real built collector: 25 simulated agents enroll with one
// token and stay online, every event the simulator counted as acknowledged is stored exactly once, the
// injected attack scenarios raise alerts, a signed command issued into the collector's store is answered
// by the simulated agent (dry-run), and SIGTERM stops the run cleanly with a final report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { silentLogger } from '@vigil/logger';
import { Collector, Workspace, runNode, spawnNode, waitFor, type Proc } from './helpers/vigil.js';
import { openDatabase } from '../collector/dist/store/db.js';
import { SqliteCommandStore, commandsMigration } from '../collector/dist/commands/store.js';
import { CommandService } from '../collector/dist/commands/service.js';
import { loadCollectorConfig } from '../collector/dist/config.js';
import { dataPaths, loadCommandKey } from '../collector/dist/datadir.js';

const SIM = fileURLToPath(new URL('../scripts/sim/main.mjs', import.meta.url));
const AGENTS = 25;
/** The whole simulated fleet connects from 127.0.0.1: per-address limits sized for it (as the sim's --spawn does). */
const FLEET_ENV = {
  VIGIL_COLLECTOR_HTTP__MAX_CONNECTIONS_PER_ADDRESS: String(AGENTS + 256),
  VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND_PER_ADDRESS: '100000',
  VIGIL_COLLECTOR_GATEWAY__MAX_PENDING_PER_ADDRESS: '100000',
  VIGIL_COLLECTOR_GATEWAY__ENROLLMENTS_PER_SECOND: '10000',
  VIGIL_COLLECTOR_COMMANDS__SWEEP_INTERVAL_MS: '200',
};

interface Report {
  sim: 'interval' | 'final';
  elapsedS: number;
  enrolled: number;
  online: number;
  sent: number;
  acked: number;
  alertingInjected: number;
  ackLatencyMs: { p50: number | null; p99: number | null };
  refusals: Record<string, number>;
  commandsAnswered: number;
}

interface AgentSummary {
  hostname: string;
  agentId: string | null;
  firstSeq: number;
  lastSeq: number;
  ackedSeq: number;
}

let ws: Workspace;
let collector: Collector;
let sim: Proc;

function reports(): Report[] {
  return sim.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Report);
}
const latest = (): Report | undefined => reports().at(-1);

function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(join(collector.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, FLEET_ENV);
  const token = await collector.token(['--uses', String(AGENTS)]);
  sim = ws.track(
    spawnNode(SIM, [
      '--collector',
      collector.agentUrl,
      '--token',
      token,
      '--agents',
      String(AGENTS),
      '--rate',
      '4',
      '--alert-every',
      '40',
      '--seconds',
      '600',
      '--report-ms',
      '500',
      '--state-dir',
      ws.path('agents'),
      '--summary',
      ws.path('summary.json'),
    ]),
  );
});

afterAll(async () => {
  await ws?.cleanup();
});

describe('fleet simulator', () => {
  it('enrolls every agent as a distinct host, and they come online', async () => {
    await waitFor(
      'all simulated agents online',
      () => {
        if (!sim.alive) throw new Error(`sim exited: ${sim.stderr}`);
        const r = latest();
        return r && r.enrolled === AGENTS && r.online === AGENTS ? r : undefined;
      },
      120_000,
      200,
    );
    const agents = collector.state().agents;
    expect(agents).toHaveLength(AGENTS);
    expect(new Set(agents.map((a) => a.id)).size).toBe(AGENTS);
    expect(new Set(agents.map((a) => a.hostname)).size).toBe(AGENTS);
    expect(new Set(agents.map((a) => a.machineId)).size).toBe(AGENTS);
    expect(agents.map((a) => a.hostname).sort()).toContain('sim-0001');
  });

  it('raises alerts from the injected attack scenarios', async () => {
    const rules = await waitFor(
      'alerts of all three scenarios',
      () => {
        const titles = readDb((db) => db.prepare('SELECT DISTINCT rule_title FROM alerts').pluck().all() as string[]);
        const want = ['/etc/ld.so.preload written', 'Download piped to a shell', 'SSH brute force from one source'];
        return want.every((t) => titles.includes(t)) ? titles : undefined;
      },
      120_000,
      250,
    );
    expect(rules.length).toBeGreaterThanOrEqual(3);
    // The simulator's report runs behind the collector's alerts: wait for it to count what it injected.
    await waitFor('the simulator to count its scenarios', () => (latest()?.alertingInjected ?? 0) >= 3, 30_000, 200);
  });

  it('answers a signed command from the collector in dry-run', async () => {
    const paths = dataPaths(collector.dataDir);
    const db = openDatabase({ path: paths.eventsDb, migrations: [commandsMigration] });
    try {
      const store = new SqliteCommandStore(db);
      // send() returns false: the collector process holds the agent's connection; its sweep delivers.
      const service = new CommandService({
        store,
        privateKey: loadCommandKey(paths).privateKey,
        send: () => false,
        audit: { write: () => undefined },
        logger: silentLogger(),
        options: loadCollectorConfig().commands,
      });
      const target = collector.state().agents.find((a) => a.hostname === 'sim-0007')!;
      const row = service.issue({ agentId: target.id, action: 'isolate', params: {}, operator: 'fleet-sim-test', dryRun: false, ttlMs: 120_000 });
      const done = await waitFor(
        'command answered',
        () => {
          const r = store.get(row.id);
          return r && ['succeeded', 'failed', 'refused', 'expired'].includes(r.status) ? r : undefined;
        },
        120_000,
        100,
      );
      expect(done.status).toBe('succeeded');
      expect(done.message).toMatch(/dry-run/);
      expect(JSON.parse(done.outputJson ?? '{}')).toMatchObject({ action: 'isolate', simulated: true });
      await waitFor('the simulator to count the answer', () => (latest()?.commandsAnswered ?? 0) >= 1, 30_000, 200);
    } finally {
      db.close();
    }
  });

  it('stops on SIGTERM with a final report, and every acked event is stored exactly once', async () => {
    // A 20 s run (by the simulator's own clock), not a bound on how long anything may take.
    await waitFor('20 s of streaming with events acknowledged', () => (latest()?.elapsedS ?? 0) >= 20 && (latest()?.acked ?? 0) > AGENTS * 20, 180_000, 200);
    sim.child.kill('SIGTERM');
    expect(await sim.exited).toBe(0);
    const final = latest()!;
    expect(final.sim).toBe('final');
    expect(final.enrolled).toBe(AGENTS);
    expect(final.acked).toBe(final.sent);
    expect(final.ackLatencyMs.p50).not.toBeNull();

    const summary = JSON.parse(readFileSync(ws.path('summary.json'), 'utf8')) as AgentSummary[];
    expect(summary).toHaveLength(AGENTS);
    let ackedTotal = 0;
    readDb((db) => {
      const q = db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT seq) AS d, COUNT(DISTINCT id) AS ids FROM events WHERE agent_id = ? AND seq BETWEEN ? AND ?');
      for (const a of summary) {
        expect(a.agentId).toBeTruthy();
        const want = a.ackedSeq - a.firstSeq + 1;
        ackedTotal += want;
        const got = q.get(a.agentId, a.firstSeq, a.ackedSeq) as { n: number; d: number; ids: number };
        expect({ host: a.hostname, ...got }).toEqual({ host: a.hostname, n: want, d: want, ids: want });
      }
    });
    expect(ackedTotal).toBe(final.acked);
  });
});

describe('fleet simulator options', () => {
  it.each([
    [['--spawn', '--agents', '0'], /--agents must be an integer from 1 to 5000/],
    [['--spawn', '--agents', '60', '--max-agents', '50'], /--agents must be an integer from 1 to 50 /],
    [['--spawn', '--rate', 'fast'], /--rate must be a number/],
    [['--spawn', '--max-agents', '20001'], /--max-agents must be an integer from 1 to 20000/],
    [['--collector', 'http://127.0.0.1:1/agent', '--token', 't'], /--collector must be a ws:\/\/ or wss:\/\/ URL/],
    [['--collector', 'ws://127.0.0.1:1/agent'], /needs --token/],
    [[], /name a collector/],
    [['--spawn', '--no-such-option'], /Unknown option/],
    [['--spawn', '--steps', '1:20,5'], /--steps seconds must be a number/],
    [['--spawn', '--steps', '1:20', '--seconds', '30'], /leave out --seconds/],
  ])('refuses %j before starting anything', async (args, message) => {
    const r = await runNode(SIM, args, { VIGIL_ENROLL_TOKEN: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/VIGIL_ERR_SIM_OPTION/);
    expect(r.stderr).toMatch(message);
  });
});
