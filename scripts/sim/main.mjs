#!/usr/bin/env node
// npm run sim: N simulated agents in one process against a real collector (running, or spawned with
// --spawn), to measure the fleet path end to end: enrollment, authentication, ingest with acks, detection
// of injected attacks and command round trips. Reports one JSON line per interval and at the end.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAgentConfig } from '../../agent/dist/config.js';
import { SimAgent } from './agent.mjs';
import { spawnCollector } from './collector.mjs';
import { HELP, parseSimOptions, SimOptionError } from './options.mjs';
import { CpuMeter, FleetStats, loadAverage, procUsage } from './stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const COLLECTOR_BIN = join(root, 'collector/dist/cli/main.js');
/** How often the generators run; each agent emits what its rate owes since the last tick. */
const TICK_MS = 50;

let opts;
try {
  opts = parseSimOptions(process.argv.slice(2), process.env);
} catch (err) {
  if (!(err instanceof SimOptionError)) throw err;
  process.stderr.write(`sim: ${err.code}: ${err.message}\n(see npm run sim -- --help)\n`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(HELP);
  process.exit(0);
}

function tempBase() {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

const ownDir = opts.stateDir === undefined;
const dir = ownDir ? mkdtempSync(join(tempBase(), `vigil-sim-${process.pid}-`)) : resolve(opts.stateDir);
mkdirSync(dir, { recursive: true, mode: 0o700 });
const stats = new FleetStats();
// the real agent's settings, with its VIGIL_AGENT_<SECTION>__<KEY> overrides (link backoff, say)
const config = loadAgentConfig({ env: process.env });
let stopping = false;
let stopResolve;
const stopped = new Promise((r) => (stopResolve = r));
const requestStop = (why) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`sim: stopping (${why})\n`);
  stopResolve();
};
process.on('SIGINT', () => requestStop('SIGINT'));
process.on('SIGTERM', () => requestStop('SIGTERM'));

let collector;
if (opts.spawn) {
  if (!existsSync(COLLECTOR_BIN)) {
    process.stderr.write(`sim: VIGIL_ERR_SIM_NOT_BUILT: ${COLLECTOR_BIN} is missing; run npm run build\n`);
    process.exit(2);
  }
  collector = await spawnCollector({ bin: COLLECTOR_BIN, dir, agents: opts.agents });
  process.stderr.write(`sim: collector pid ${collector.pid} at ${collector.url} (data ${collector.data})\n`);
}
const started = Date.now();
const url = collector?.url ?? opts.collector;
const token = collector?.token ?? opts.token;
const collectorMeter = collector?.pid || opts.collectorPid ? new CpuMeter(collector?.pid ?? opts.collectorPid) : undefined;
const selfMeter = new CpuMeter(process.pid);
collectorMeter?.sample(Date.now());
selfMeter.sample(Date.now());

const agents = Array.from({ length: opts.agents }, (_, index) => new SimAgent({ index, dir, url, token, config, stats }));
const running = new Set();
let enrolledCount = 0;
let enrollGaveUp = 0;

async function enrollOne(agent) {
  for (let attempt = 1; attempt <= opts.enrollAttempts && !stopping; attempt++) {
    try {
      await agent.enroll();
      enrolledCount++;
      agent.start();
      running.add(agent);
      return;
    } catch (err) {
      stats.enrollFailed(err.code ?? 'VIGIL_ERR_SIM_ENROLL');
      // Back off with full jitter before the next try, as the real agent's link does.
      const cap = Math.min(config.link.backoffMaxMs, config.link.backoffBaseMs * 2 ** attempt);
      await new Promise((r) => setTimeout(r, Math.random() * cap));
    }
  }
  enrollGaveUp++;
}

/** Enrollment runs at most --enroll-concurrency at a time; the fleet streams as each agent joins. */
const enrolling = (async () => {
  let next = 0;
  const worker = async () => {
    while (next < agents.length && !stopping) await enrollOne(agents[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(opts.enrollConcurrency, agents.length) }, worker));
})();

// Event generation: every agent owes rate x elapsed events; a random start phase keeps batches apart.
let rate = opts.rate;
const credit = new Float64Array(agents.length).map(() => Math.random());
let sinceAlert = 0;
let lastTick = Date.now();
const tick = setInterval(() => {
  const now = Date.now();
  const owed = (rate * (now - lastTick)) / 1000;
  lastTick = now;
  for (const agent of running) {
    const i = agent.o.index;
    credit[i] += owed;
    while (credit[i] >= 1) {
      credit[i] -= 1;
      const alerting = opts.alertEvery > 0 && sinceAlert + 1 >= opts.alertEvery;
      const n = agent.emit(now, alerting);
      if (alerting) {
        sinceAlert = 0;
        stats.alertingInjected += 1;
      } else sinceAlert += n;
    }
  }
}, TICK_MS);

let lastReport = { at: Date.now(), sent: 0, acked: 0 };
function snapshot(final) {
  const now = Date.now();
  const dt = (now - lastReport.at) / 1000;
  const perS = (n) => (dt > 0 ? Math.round(n / dt) : 0);
  let online = 0;
  for (const a of running) if (a.online) online++;
  const report = {
    sim: final ? 'final' : 'interval',
    atMs: now,
    elapsedS: Math.round((now - started) / 100) / 10,
    agents: opts.agents,
    ratePerAgent: rate,
    enrolled: enrolledCount,
    enrollGaveUp,
    online,
    sent: stats.sent,
    acked: stats.acked,
    unacked: stats.sent - stats.acked,
    sentPerS: perS(stats.sent - lastReport.sent),
    ackedPerS: perS(stats.acked - lastReport.acked),
    alertingInjected: stats.alertingInjected,
    ackLatencyMs: {
      p50: stats.latency.quantile(0.5),
      p99: stats.latency.quantile(0.99),
      windowP50: stats.window.quantile(0.5),
      windowP99: stats.window.quantile(0.99),
    },
    disconnects: stats.disconnects,
    failedConnects: stats.failedConnects,
    refusals: stats.refusals,
    enrollFailures: stats.enrollFailures,
    commandsAnswered: stats.commandsAnswered,
    collector: collectorMeter?.sample(now) ?? null,
    self: selfMeter.sample(now),
    loadavg: loadAverage(),
  };
  stats.window.reset();
  lastReport = { at: now, sent: stats.sent, acked: stats.acked };
  return report;
}

function print(final) {
  const r = snapshot(final);
  process.stdout.write(`${JSON.stringify(r)}\n`);
  const c = r.collector ? ` | collector rss ${r.collector.rssMiB} MiB cpu ${r.collector.cpuPct ?? '-'} %` : '';
  const refusals = Object.entries(r.refusals)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  process.stderr.write(
    `[${r.elapsedS}s]${final ? ' FINAL' : ''} enrolled ${r.enrolled}/${r.agents} online ${r.online} | sent ${r.sent} acked ${r.acked} (${r.sentPerS}/s in, ${r.ackedPerS}/s acked) ` +
      `p50 ${r.ackLatencyMs.p50 ?? '-'} ms p99 ${r.ackLatencyMs.p99 ?? '-'} ms | disconnects ${r.disconnects} failed connects ${r.failedConnects} refusals ${refusals || 0} ` +
      `| commands ${r.commandsAnswered}${c} | load ${r.loadavg.join(' ')}\n`,
  );
}

const reporter = setInterval(() => print(false), opts.reportMs);
const deadline = opts.seconds ? setTimeout(() => requestStop(`${opts.seconds} s elapsed`), opts.seconds * 1000) : undefined;
// --steps: each step ends with a report, so every interval line belongs to one rate.
let stepAt = 0;
const stepTimers = (opts.steps ?? []).slice(1).map((step, i) => {
  stepAt += opts.steps[i].seconds;
  return setTimeout(() => {
    print(false);
    rate = step.rate;
    process.stderr.write(`sim: rate now ${rate} events/s per agent\n`);
  }, stepAt * 1000);
});
await stopped;
clearTimeout(deadline);
for (const t of stepTimers) clearTimeout(t);
clearInterval(tick);
await enrolling;

// Drain: the spools hold what is unacked; give the collector --drain-ms to acknowledge it.
const drainUntil = Date.now() + opts.drainMs;
while (stats.acked < stats.sent && Date.now() < drainUntil && [...running].some((a) => a.online)) {
  await new Promise((r) => setTimeout(r, 100));
}
clearInterval(reporter);
print(true);
await Promise.all([...running].map((a) => a.stop()));
if (opts.summary) writeFileSync(opts.summary, `${JSON.stringify(agents.map((a) => a.summary()))}\n`);
if (collector) {
  const usage = procUsage(collector.pid);
  await collector.stop();
  if (usage) process.stderr.write(`sim: collector stopped (cpu ${usage.cpuSeconds} s total)\n`);
}
if (ownDir && !opts.keep) rmSync(dir, { recursive: true, force: true });
else process.stderr.write(`sim: state kept in ${dir}\n`);
process.exit(0);
