// Fault injection (issue 14): a whole fleet cut off from its collector, then let back at once. The simulator's
// agents (the real agent's link, spool and backoff) run in one lab namespace, the collector in another; the
// fleet's port on the lab bridge goes down for a while and comes back. Checked: every agent is online again
// and every event stored exactly once; measured and printed: how the reconnections spread once the link
// returns (a stampede would bring the whole fleet in the same second). CI runs a bounded form with short
// backoff settings; `npm run bench:partition` runs 1,000 agents with the agent's defaults for two minutes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetLab } from './helpers/netns.js';
import { COLLECTOR_BIN, Proc, Workspace, runNode, waitFor } from './helpers/vigil.js';
import { SimRun, fleetEnv, type SimReport } from './helpers/sim.js';

const AGENTS = Number(process.env.VIGIL_FAULT_FLEET_AGENTS ?? 200);
const PARTITION_S = Number(process.env.VIGIL_FAULT_FLEET_PARTITION_S ?? 20);
/** The bench keeps the agent's own link defaults; CI shortens them so a short partition reaches the cap. */
const DEFAULTS = process.env.VIGIL_FAULT_FLEET_DEFAULTS === '1';
const LINK_ENV: Record<string, string> = DEFAULTS
  ? { VIGIL_AGENT_LINK__ALLOW_INSECURE: 'true' }
  : {
      VIGIL_AGENT_LINK__ALLOW_INSECURE: 'true',
      VIGIL_AGENT_LINK__PING_INTERVAL_MS: '1000',
      VIGIL_AGENT_LINK__PONG_TIMEOUT_MS: '2000',
      VIGIL_AGENT_LINK__CONNECT_TIMEOUT_MS: '3000',
      VIGIL_AGENT_LINK__BACKOFF_MAX_MS: '5000',
      VIGIL_AGENT_LINK__RECONNECT_WINDOW_MS: '4000',
    };
const PORT = 8080;

let lab: NetLab;
let ws: Workspace;
let dataDir: string;
let sim: SimRun;

beforeAll(async () => {
  lab = await NetLab.create('fp', ['collector', 'fleet']);
  ws = new Workspace();
  dataDir = ws.path('data');
  expect((await runNode(COLLECTOR_BIN, ['init', '--data', dataDir])).code).toBe(0);
  const collector = new Proc(
    lab.spawn('collector', [process.execPath, COLLECTOR_BIN, 'serve', '--data', dataDir, '--host', '0.0.0.0', '--port', String(PORT)], {
      env: { ...process.env, ...fleetEnv(AGENTS), VIGIL_COLLECTOR_LISTEN__ALLOW_PLAINTEXT_OFF_LOOPBACK: 'true', VIGIL_COLLECTOR_LOG_LEVEL: 'warn' },
    }),
  );
  await waitFor('collector to listen', () => {
    if (!collector.alive) throw new Error(collector.stderr);
    return /agent endpoint/.test(collector.stdout);
  });
  const token = (await runNode(COLLECTOR_BIN, ['token', 'create', '--data', dataDir, '--uses', String(AGENTS)])).stdout.trim();
  sim = SimRun.startWith(
    ws,
    (argv) => new Proc(lab.spawn('fleet', argv, { env: { ...process.env, ...LINK_ENV } })),
    `ws://${lab.host('collector').ipv4}:${PORT}/agent`,
    token,
    AGENTS,
    ['--rate', '1', '--alert-every', '0', '--report-ms', '200', '--max-agents', '20000', '--enroll-concurrency', '64'],
  );
});

afterAll(async () => {
  await lab?.destroy();
  await ws?.cleanup();
});

/** Seconds after `t0` at which the reports first showed `n` agents online. */
function firstAt(reports: SimReport[], t0: number, n: number): number {
  const r = reports.find((x) => x.atMs >= t0 && x.online >= n);
  return r ? (r.atMs - t0) / 1000 : NaN;
}

/** Agents coming online in each whole second after `t0`, from the online counts of the reports. */
function arrivalsPerSecond(reports: SimReport[], t0: number): number[] {
  const bins: number[] = [];
  let prev = reports.filter((x) => x.atMs < t0).at(-1)?.online ?? 0;
  for (const r of reports.filter((x) => x.atMs >= t0)) {
    const s = Math.floor((r.atMs - t0) / 1000);
    bins[s] = (bins[s] ?? 0) + Math.max(0, r.online - prev);
    prev = r.online;
  }
  return Array.from(bins, (b) => b ?? 0);
}

describe('a whole fleet partitioned from its collector', () => {
  it(
    `${AGENTS} agents cut off for ${PARTITION_S} s come back spread out, and nothing is lost or doubled`,
    { timeout: 120_000 + PARTITION_S * 3000 + AGENTS * 100 },
    async () => {
      await waitFor('whole fleet online', () => (sim.alive()?.online === AGENTS ? true : undefined), 120_000 + AGENTS * 60, 200).catch((err: Error) => {
        throw new Error(`${err.message}: ${JSON.stringify(sim.latest())} ${sim.proc.stderr.slice(-2000)}`);
      });
      await lab.link('fleet', false);
      const tCut = Date.now();
      let tHeal: number;
      try {
        await waitFor('every agent to notice', () => (sim.alive()?.online === 0 ? true : undefined), 120_000, 200);
        const noticedS = (Date.now() - tCut) / 1000;
        await new Promise((r) => setTimeout(r, PARTITION_S * 1000));
        console.log(`fleet partition: all ${AGENTS} agents noticed within ${noticedS.toFixed(1)} s`);
      } finally {
        await lab.link('fleet', true);
        tHeal = Date.now();
      }
      await waitFor('whole fleet online again', () => (sim.alive()?.online === AGENTS ? true : undefined), 300_000, 200);
      const reports = sim.reports();
      const bins = arrivalsPerSecond(reports, tHeal);
      const peak = Math.max(...bins);
      const duringCut = reports.filter((r) => r.atMs >= tCut && r.atMs < tHeal);
      const failed = (duringCut.at(-1)?.failedConnects ?? 0) - (duringCut[0]?.failedConnects ?? 0);
      const figures = {
        agents: AGENTS,
        partitionS: PARTITION_S,
        linkSettings: DEFAULTS ? 'agent defaults' : LINK_ENV,
        afterHealS: {
          half: firstAt(reports, tHeal, Math.ceil(AGENTS / 2)),
          p90: firstAt(reports, tHeal, Math.ceil(AGENTS * 0.9)),
          all: firstAt(reports, tHeal, AGENTS),
        },
        peakOneSecond: peak,
        peakShare: Number((peak / AGENTS).toFixed(2)),
        arrivalsPerSecond: bins,
        failedConnectsDuringCut: failed,
        failedConnectsPerSecondDuringCut: Number((failed / ((tHeal - tCut) / 1000)).toFixed(1)),
      };
      console.log(`fleet partition: ${JSON.stringify(figures)}`);
      // Not a stampede: the fleet does not come back in one second (full jitter spreads it over the backoff
      // ceiling; a slower machine spreads it further, never less).
      expect(peak).toBeLessThan(AGENTS);
      expect(bins.filter((b) => b > 0).length).toBeGreaterThan(1);

      await sim.stop();
      const stored = sim.expectStoredExactlyOnce({ dataDir }, AGENTS);
      expect(stored).toBeGreaterThan(AGENTS);
    },
  );
});
