// The fleet simulator (npm run sim) against a real built collector: 200 simulated agents enroll with one
// token and stay online for 30 s of streaming, every event the simulator counted as acknowledged is stored
// exactly once, the injected attack scenarios raise alerts, a signed command issued into the collector's
// store is answered by the simulated agent (dry-run), and SIGTERM stops the run cleanly with a final report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Collector, Workspace, waitFor } from './helpers/vigil.js';
import { SimRun, fleetEnv, readCollectorDb } from './helpers/sim.js';
import { commandStates, ended, issueCommands } from './helpers/collector-commands.js';

const AGENTS = 200;
const FLEET_ENV = { ...fleetEnv(AGENTS), VIGIL_COLLECTOR_COMMANDS__SWEEP_INTERVAL_MS: '200' };

let ws: Workspace;
let collector: Collector;
let sim: SimRun;
const latest = () => sim.latest();

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, FLEET_ENV);
  sim = await SimRun.start(ws, collector, AGENTS, ['--rate', '4', '--alert-every', '200', '--seconds', '600']);
});

afterAll(async () => {
  await ws?.cleanup();
});

describe('fleet simulator', () => {
  it('enrolls every agent as a distinct host, and they come online', async () => {
    await waitFor(
      'all simulated agents online',
      () => {
        const r = sim.alive();
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
        const titles = readCollectorDb(collector, (db) => db.prepare('SELECT DISTINCT rule_title FROM alerts').pluck().all() as string[]);
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
    const target = collector.state().agents.find((a) => a.hostname === 'sim-0007')!;
    const [id] = issueCommands(collector, [{ agentId: target.id, action: 'isolate', ttlMs: 120_000 }]);
    const done = await waitFor(
      'command answered',
      () => {
        const c = commandStates(collector, [id!])[0]!;
        return ended(c) ? c : undefined;
      },
      120_000,
      100,
    );
    expect(done.status).toBe('succeeded');
    expect(done.message).toMatch(/dry-run/);
    expect(JSON.parse(done.outputJson ?? '{}')).toMatchObject({ action: 'isolate', simulated: true });
    await waitFor('the simulator to count the answer', () => (latest()?.commandsAnswered ?? 0) >= 1, 30_000, 200);
  });

  it('streams 30 s, stops on SIGTERM with a final report, and every acked event is stored exactly once', async () => {
    // A 30 s run (by the simulator's own clock), not a bound on how long anything may take.
    await waitFor(
      '30 s of streaming with events acknowledged',
      () => ((sim.alive()?.elapsedS ?? 0) >= 30 && (latest()?.acked ?? 0) > AGENTS * 30 ? true : undefined),
      240_000,
      200,
    );
    const final = await sim.stop();
    expect(final.enrolled).toBe(AGENTS);
    expect(final.disconnects).toBe(0);
    expect(final.acked).toBe(final.sent);
    expect(final.ackLatencyMs.p50).not.toBeNull();
    expect(sim.expectStoredExactlyOnce(collector, AGENTS)).toBe(final.acked);
  });
});
