// npm run bench:fleet: sustained ingest with a simulated fleet, stepped up until acks fall behind, for this
// checkout's collector and (--baseline DIR) another built checkout's, one after the other in the same run.
// Prints one markdown table per pipeline and the highest step each sustained. Figures go in BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { spawnCollector } from './sim/collector.mjs';

const HERE = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    agents: { type: 'string', default: '1000' },
    steps: { type: 'string', default: '2:30,5:30,10:30,15:30,20:30' },
    'enroll-s': { type: 'string', default: '45' },
    baseline: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench:fleet -- [--agents N] [--steps R:S,...] [--enroll-s S] [--baseline DIR]
  --agents N      simulated agents (default 1000)
  --steps         events/s per agent and seconds per step (default 2:30,5:30,10:30,15:30,20:30)
  --enroll-s S    seconds at 1 event/s per agent first, while the fleet enrolls (default 45)
  --baseline DIR  another checkout, built (npm run build), measured the same way after this one`);
  process.exit(0);
}
const agents = Number(values.agents);
const steps = values.steps.split(',').map((s) => s.split(':').map(Number));
if (!Number.isInteger(agents) || agents < 1 || agents > 20_000 || steps.some(([r, s]) => !(r > 0) || !(s >= 10))) {
  console.error('bench:fleet: --agents 1..20000, each step R:S with R > 0 and S >= 10');
  process.exit(2);
}

const quantile = (xs, q) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(q * v.length))] : null;
};
const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};

/** One pipeline: a fresh collector from `root`, the simulator stepping up; returns per-step figures. */
async function measure(name, root) {
  const dir = mkdtempSync(join(process.env.VIGIL_BENCH_DIR ?? tmpdir(), 'vigil-bench-fleet-'));
  process.env.VIGIL_ADMIN_PASSWORD = ADMIN_PASSWORD; // init creates the admin the command probe logs in as
  const collector = await spawnCollector({ bin: join(root, 'collector', 'bin', 'vigil-collector.js'), dir, agents });
  const plan = [`1:${values['enroll-s']}`, ...steps.map(([r, s]) => `${r}:${s}`)].join(',');
  const sim = spawn(
    process.execPath,
    [
      join(HERE, 'scripts', 'sim', 'main.mjs'),
      '--collector',
      collector.url,
      '--token',
      collector.token,
      '--collector-pid',
      String(collector.pid),
      '--agents',
      String(agents),
      '--steps',
      plan,
      '--report-ms',
      '5000',
      '--drain-ms',
      '30000',
      '--max-agents',
      '20000',
      '--state-dir',
      join(dir, 'agents'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  sim.stdout.on('data', (b) => (out += b));
  const exited = new Promise((r) => sim.once('exit', r));
  // The API under load: /healthz four times a second, each answer's latency kept with its time.
  const probes = [];
  const base = collector.url.replace(/^ws/, 'http').replace(/\/agent$/, '');
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const t0 = performance.now();
      const at = Date.now();
      try {
        await (await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
        probes.push({ at, ms: performance.now() - t0 });
      } catch {
        probes.push({ at, ms: 30_000 });
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  // Command round trip under the same load: one isolate at a time (the simulated agents answer in dry-run)
  // to a host taken in turn, from the POST to the answer seen by polling, one a second.
  const rtts = [];
  const commanding = (async () => {
    const operator = await login(base);
    const ids = await waitForFleet(collector.data, agents, () => probing);
    for (let i = 0; probing && ids.length > 0; i++) {
      const at = Date.now();
      const ms = await commandRoundTrip(operator, ids[i % ids.length], () => probing);
      if (ms !== null) rtts.push({ at, ms });
      await new Promise((r) => setTimeout(r, 1000));
    }
  })();
  await exited;
  probing = false;
  await probe;
  await commanding;
  await collector.stop();
  const alerts = alertLatencies(join(collector.data, 'events.db'));
  rmSync(dir, { recursive: true, force: true });
  const reports = out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
  const rows = [];
  let disconnectsBefore = 0;
  for (const [rate] of [[1], ...steps]) {
    const inStep = reports.filter((r) => r.sim === 'interval' && r.ratePerAgent === rate);
    // the first report of a step still holds the previous one; the drain after the last step offers nothing
    const steady = inStep.slice(1).filter((r) => r.sentPerS > 0);
    const from = (steady[0]?.atMs ?? 0) - 5000;
    const to = steady.at(-1)?.atMs ?? 0;
    const within = (xs) => xs.filter((x) => x.at >= from && x.at < to).map((x) => x.ms);
    const disconnects = (inStep.at(-1)?.disconnects ?? disconnectsBefore) - disconnectsBefore;
    disconnectsBefore = inStep.at(-1)?.disconnects ?? disconnectsBefore;
    const offered = median(steady.map((r) => r.sentPerS));
    const acked = median(steady.map((r) => r.ackedPerS));
    const cpu = median(steady.map((r) => r.collector?.cpuPct));
    rows.push({
      rate,
      offered,
      acked,
      p50: median(steady.map((r) => r.ackLatencyMs.windowP50)),
      p99: median(steady.map((r) => r.ackLatencyMs.windowP99)),
      disconnects,
      online: inStep.at(-1)?.online ?? null,
      cpu,
      rss: Math.max(0, ...steady.map((r) => r.collector?.rssMiB ?? 0)),
      cpuMsPer1k: cpu !== null && acked ? Math.round(((cpu * 10) / acked) * 1000 * 100) / 100 : null,
      load: inStep.at(-1)?.loadavg?.[0] ?? null,
      api: [quantile(within(probes), 0.5), quantile(within(probes), 0.99)].map((x) => (x === null ? null : Math.round(x))),
      alert: [quantile(within(alerts), 0.5), quantile(within(alerts), 0.99), within(alerts).length],
      command: [quantile(within(rtts), 0.5), quantile(within(rtts), 0.99), within(rtts).length].map((x) => (x === null ? null : Math.round(x))),
    });
  }
  const final = reports.at(-1);
  return { name, rows, final };
}

const ADMIN_PASSWORD = `bench-fleet-${process.pid}-admin`;

/** A session of the admin that init created (VIGIL_ADMIN_PASSWORD), with its CSRF header. */
async function login(base) {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'admin', password: ADMIN_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`bench:fleet: login failed: ${res.status} ${await res.text()}`);
  const body = await res.json();
  return { base, headers: { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': String(body.csrfToken) } };
}

/** The enrolled agents' ids once all are enrolled (read from the collector's database). */
async function waitForFleet(dataDir, n, going) {
  while (going()) {
    const db = new Database(join(dataDir, 'events.db'), { readonly: true, fileMustExist: true });
    try {
      const ids = db.prepare('SELECT id FROM agents ORDER BY id').pluck().all();
      if (ids.length >= n) return ids;
    } finally {
      db.close();
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  return [];
}

/** POST one isolate, then poll every 10 ms until it is answered: milliseconds, or null if not answered. */
async function commandRoundTrip(op, agentId, going) {
  const t0 = performance.now();
  const res = await fetch(`${op.base}/api/v1/commands`, {
    method: 'POST',
    headers: { ...op.headers, 'content-type': 'application/json' },
    body: JSON.stringify({ agentId, action: 'isolate', params: {} }),
  });
  if (res.status !== 201) return null;
  const { id } = await res.json();
  while (going()) {
    const r = await fetch(`${op.base}/api/v1/commands/${id}`, { headers: op.headers });
    const c = await r.json();
    if (['succeeded', 'failed', 'refused', 'expired', 'rejected'].includes(c.status)) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 10));
  }
  return null;
}

/** Event to new alert: each alert's creation against the newest evidence event it had then (host clock = ours). */
function alertLatencies(dbPath) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        `SELECT a.created_at_ms AS at, a.created_at_ms - (SELECT MAX(e.time_ms) FROM alert_events e WHERE e.alert_id = a.id AND e.time_ms <= a.created_at_ms) AS ms
         FROM alerts a`,
      )
      .all()
      .filter((r) => r.ms !== null);
  } finally {
    db.close();
  }
}

function print({ name, rows, final }) {
  console.log(`\n### ${name} — ${agents} agents\n`);
  console.log(
    '| events/s per agent | offered events/s | acked events/s | ack p50 / p99 ms | disconnects | online | collector CPU % | collector CPU ms per 1,000 events | collector RSS MiB | /healthz p50 / p99 ms | event → new alert p50 / p99 ms (alerts) | command round trip p50 / p99 ms (commands) | load |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.rate} | ${r.offered} | ${r.acked} | ${r.p50} / ${r.p99} | ${r.disconnects} | ${r.online} | ${r.cpu} | ${r.cpuMsPer1k} | ${r.rss} | ${r.api[0]} / ${r.api[1]} | ${r.alert[0]} / ${r.alert[1]} (${r.alert[2]}) | ${r.command[0]} / ${r.command[1]} (${r.command[2]}) | ${r.load} |`,
    );
  const kept = rows.filter((r) => r.rate > 1 && r.acked !== null && r.offered && r.acked >= 0.95 * r.offered && r.disconnects === 0);
  const best = kept.at(-1);
  console.log(`\nsustained (acked >= 95 % of offered, no disconnects): ${best ? `${best.acked} events/s at ${best.rate}/s per agent` : 'no step'}`);
  console.log(`final: sent ${final?.sent} acked ${final?.acked}, disconnects ${final?.disconnects}, refusals ${JSON.stringify(final?.refusals ?? {})}`);
}

const runs = [await measure('this checkout', HERE)];
print(runs[0]);
if (values.baseline) {
  runs.push(await measure(`baseline ${values.baseline}`, resolve(values.baseline)));
  print(runs[1]);
  console.log('\n| step | acked ratio (this / baseline) | CPU per event ratio |\n| --- | --- | --- |');
  for (let i = 0; i < runs[0].rows.length; i++) {
    const a = runs[0].rows[i];
    const b = runs[1].rows[i];
    const ratio = (x, y) => (x && y ? (x / y).toFixed(2) : '-');
    console.log(`| ${a.rate} | ${ratio(a.acked, b.acked)} | ${ratio(a.cpuMsPer1k, b.cpuMsPer1k)} |`);
  }
}
