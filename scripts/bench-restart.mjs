// npm run bench:restart: a connected simulated fleet, its collector stopped (SIGTERM, then SIGKILL for a
// crash) and started again on the same port and data; how long until every agent is online again, and how
// the reconnections spread. --baseline DIR measures another built checkout (its collector and its agent
// modules, through its own simulator) the same way in the same run. Figures go in BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnCollector } from './sim/collector.mjs';

const HERE = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    agents: { type: 'string', default: '1000' },
    'down-s': { type: 'string', default: '3' },
    rate: { type: 'string', default: '0.2' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench:restart -- [--agents N] [--down-s S] [--rate R] [--baseline DIR]
  --agents N      simulated agents (default 1000)
  --down-s S      seconds the collector stays down before it is started again (default 3)
  --rate R        events/s per agent meanwhile (default 0.2)
  --baseline DIR  another checkout, built (npm run build), measured the same way after this one`);
  process.exit(0);
}
const agents = Number(values.agents);
const downS = Number(values['down-s']);
if (!Number.isInteger(agents) || agents < 1 || agents > 20_000 || !(downS >= 0 && downS <= 600)) {
  console.error('bench:restart: --agents 1..20000, --down-s 0..600');
  process.exit(2);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One pipeline: a fleet on a collector from `root`, restarted twice; returns one row per restart. */
async function measure(name, root) {
  const dir = mkdtempSync(join(process.env.VIGIL_BENCH_DIR ?? tmpdir(), 'vigil-bench-restart-'));
  const bin = join(root, 'collector', 'bin', 'vigil-collector.js');
  let collector = await spawnCollector({ bin, dir, agents });
  const args = [join(root, 'scripts', 'sim', 'main.mjs'), '--collector', collector.url, '--token', collector.token, '--agents', String(agents)];
  args.push('--max-agents', '20000', '--rate', values.rate, '--report-ms', '200', '--alert-every', '0', '--enroll-concurrency', '64');
  args.push('--state-dir', join(dir, 'agents'));
  const sim = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
  const reports = [];
  let buf = '';
  sim.stdout.on('data', (b) => {
    buf += b;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.startsWith('{')) reports.push(JSON.parse(line));
    }
  });
  const online = () => reports.at(-1)?.online ?? 0;
  const until = async (pred, timeoutMs, what) => {
    const end = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error(`${name}: ${what} not within ${timeoutMs} ms (online ${online()}/${agents})`);
      await sleep(50);
    }
  };
  await until(() => online() === agents, 600_000, 'whole fleet online');
  await sleep(5000);
  const rows = [];
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    const t0 = Date.now();
    await collector.stop(15_000, signal);
    const stoppedMs = Date.now() - t0;
    await until(() => online() === 0, 60_000, 'fleet offline');
    await sleep(downS * 1000);
    const tStart = Date.now();
    collector = await spawnCollector({ bin, dir, agents, port: collector.port });
    const tServe = Date.now();
    await until(() => online() === agents, 300_000, 'fleet back online');
    // the report that first showed n online, as seconds after the collector was serving again
    const after = (n) => {
      const r = reports.find((x) => x.atMs >= tServe && x.online >= n);
      return r ? ((r.atMs - tServe) / 1000).toFixed(1) : '—';
    };
    const row = {
      signal,
      stoppedMs,
      startMs: tServe - tStart,
      half: after(Math.ceil(agents / 2)),
      p90: after(Math.ceil(agents * 0.9)),
      all: after(agents),
      failedConnects: (reports.at(-1)?.failedConnects ?? 0) - (reports.find((x) => x.atMs >= t0)?.failedConnects ?? 0),
    };
    rows.push(row);
    console.error(`bench:restart: ${name} ${JSON.stringify(row)}`);
    await sleep(5000);
  }
  sim.kill('SIGTERM');
  await new Promise((r) => sim.once('exit', r));
  await collector.stop();
  rmSync(dir, { recursive: true, force: true });
  return { name, rows };
}

const runs = [await measure('this checkout', HERE)];
if (values.baseline) runs.push(await measure(`baseline ${values.baseline}`, resolve(values.baseline)));
console.log(`\n${agents} agents, collector down ${downS} s after it exited; times are seconds after the new collector listened (0.2 s reports)`);
console.log('\n| pipeline | stop | stop took | start took | 50 % online | 90 % | all | failed connects |\n| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const run of runs)
  for (const r of run.rows)
    console.log(`| ${run.name} | ${r.signal} | ${r.stoppedMs} ms | ${r.startMs} ms | ${r.half} s | ${r.p90} s | ${r.all} s | ${r.failedConnects} |`);
