#!/usr/bin/env node
// Benchmark of the agent's cost on this host: the REAL agent process (vigil-agent run, all sensors,
// spool and link to a real local collector), measured from outside through /proc, against a bare
// node process in the same run. Phases: idle, then a churn of short processes and loopback
// connections plus longer-lived processes whose starts must all be seen. Loopback only.
// Run `npm run build` first. Usage: npm run bench:agent [-- --idle-seconds 30 --churn-seconds 30 --bundle
// --agent-node-options="..."] (default flags: the installed service's, AGENT_NODE_FLAGS in install/unit.ts)
import { spawn, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, cpus, totalmem, hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('../../', import.meta.url));
const COLLECTOR = join(root, 'collector/dist/cli/main.js');

const { values: args } = parseArgs({
  options: {
    'idle-seconds': { type: 'string', default: '30' },
    'churn-seconds': { type: 'string', default: '30' },
    'procs-per-second': { type: 'string', default: '50' },
    'conns-per-second': { type: 'string', default: '100' },
    'long-per-second': { type: 'string', default: '4' },
    'long-ms': { type: 'string', default: '600' },
    /** Run the single-file bundle installs run (agent/dist-bundle/vigil-agent.mjs, `node agent/scripts/bundle.mjs`) instead of dist. */
    bundle: { type: 'boolean', default: false },
    /** Node flags for the agent process; default: the ones the installed service runs with (AGENT_NODE_FLAGS). */
    'agent-node-options': { type: 'string' },
  },
});
const AGENT = join(root, args.bundle ? 'agent/dist-bundle/vigil-agent.mjs' : 'agent/dist/cli/main.js');
const IDLE_S = Number(args['idle-seconds']);
const CHURN_S = Number(args['churn-seconds']);
const PROCS_PS = Number(args['procs-per-second']);
const CONNS_PS = Number(args['conns-per-second']);
const LONG_PS = Number(args['long-per-second']);
const LONG_MS = Number(args['long-ms']);
const TCK = 100;
// The agent is measured as installs run it: with the service wrapper's node flags unless told otherwise.
const { AGENT_NODE_FLAGS } = await import('../dist/install/unit.js');
const AGENT_FLAGS = args['agent-node-options'] === undefined ? [...AGENT_NODE_FLAGS] : args['agent-node-options'].split(' ').filter(Boolean);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const work = mkdtempSync(join(tmpdir(), `vigil-bench-${process.pid}-`));
const started = [];

function run(bin, argv, env = {}) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...argv], { env: { ...process.env, ...env }, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${argv[0]}: ${stderr}`)) : resolve(String(stdout)),
    );
  });
}

function spawnTracked(cmd, argv, env = {}) {
  const child = spawn(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.out = '';
  child.stdout.on('data', (b) => (child.out += b));
  child.stderr.on('data', (b) => (child.out += b));
  started.push(child);
  return child;
}

/** utime+stime (ticks) of a pid, and its current and peak RSS (kB). */
function sample(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      ticks: Number(f[11]) + Number(f[12]),
      rssKb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
      hwmKb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0),
    };
  } catch {
    return undefined;
  }
}

function descendants(pid) {
  const out = [];
  const walk = (p) => {
    let kids;
    try {
      kids = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(' ').filter(Boolean).map(Number);
    } catch {
      kids = [];
    }
    for (const k of kids) {
      out.push(k);
      walk(k);
    }
  };
  walk(pid);
  return out;
}

/** CPU % of one core and RSS figures of `pid` (and separately its descendants) over `seconds`. */
async function measure(pid, seconds, during) {
  const kids0 = new Map(descendants(pid).map((k) => [k, sample(k)?.ticks ?? 0]));
  const s0 = sample(pid);
  const t0 = Date.now();
  let maxRss = s0.rssKb;
  let kidsMaxRss = 0;
  const timer = setInterval(() => {
    const s = sample(pid);
    if (s) maxRss = Math.max(maxRss, s.rssKb);
    let k = 0;
    for (const c of descendants(pid)) k += sample(c)?.rssKb ?? 0;
    kidsMaxRss = Math.max(kidsMaxRss, k);
  }, 250);
  const result = during ? await during(seconds) : await sleep(seconds * 1000);
  clearInterval(timer);
  const s1 = sample(pid);
  const wall = (Date.now() - t0) / 1000;
  let kidTicks = 0;
  for (const c of descendants(pid)) kidTicks += (sample(c)?.ticks ?? 0) - (kids0.get(c) ?? 0);
  return {
    cpu: ((s1.ticks - s0.ticks) / TCK / wall) * 100,
    kidsCpu: (kidTicks / TCK / wall) * 100,
    maxRssMb: maxRss / 1024,
    hwmMb: s1.hwmKb / 1024,
    kidsMaxRssMb: kidsMaxRss / 1024,
    result,
  };
}

async function churn(seconds, port) {
  const longPids = new Set();
  let shortSpawned = 0;
  let conns = 0;
  let connErrors = 0;
  const end = Date.now() + seconds * 1000;
  const tickMs = 100;
  let nextLong = 0;
  while (Date.now() < end) {
    const tickStart = Date.now();
    for (let i = 0; i < PROCS_PS / (1000 / tickMs); i++) {
      const c = spawn('/bin/true', [], { stdio: 'ignore' });
      c.on('error', () => {});
      shortSpawned += 1;
    }
    for (let i = 0; i < CONNS_PS / (1000 / tickMs); i++) {
      const s = connect(port, '127.0.0.1', () => {
        conns += 1;
        s.end();
      });
      s.on('error', () => (connErrors += 1));
    }
    if (Date.now() >= nextLong) {
      // Longer-lived processes: each lives LONG_MS (at least two process polls at the default 250 ms).
      const c = spawn('sleep', [String(LONG_MS / 1000)], { stdio: 'ignore' });
      if (c.pid) longPids.add(c.pid);
      nextLong = Date.now() + 1000 / LONG_PS;
    }
    await sleep(Math.max(0, tickMs - (Date.now() - tickStart)));
  }
  await sleep(LONG_MS + 200);
  return { longPids, shortSpawned, conns, connErrors };
}

async function main() {
  const rows = [];
  const fmt = (n) => n.toFixed(2);
  console.log(
    `vigil agent benchmark  ${new Date().toISOString()}  host ${hostname()}  ${cpus().length} x ${cpus()[0]?.model ?? '?'}  ${(totalmem() / 2 ** 30).toFixed(1)} GiB  node ${process.version}`,
  );
  console.log(`agent: ${AGENT}  node flags: ${AGENT_FLAGS.join(' ') || '(none)'}`);
  console.log(
    `idle ${IDLE_S}s, churn ${CHURN_S}s: ${PROCS_PS} short processes/s, ${CONNS_PS} loopback connections/s, ${LONG_PS} processes/s living ${LONG_MS} ms\n`,
  );

  // Baseline: a bare node process doing nothing.
  const bare = spawnTracked(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
  await sleep(1000);
  const b = await measure(bare.pid, Math.min(IDLE_S, 10));
  rows.push(['bare node (baseline)', 'idle', b]);
  bare.kill('SIGKILL');

  // The sensors alone (no spool, no link), events to a file.
  const eventsFile = join(work, 'sensor-events.jsonl');
  const only = spawnTracked(process.execPath, [...AGENT_FLAGS, join(root, 'agent/bench/sensors-only.mjs'), eventsFile]);
  await sleep(15000);
  const lines0 = readFileSync(eventsFile, 'utf8').split('\n').length;
  rows.push(['sensors only (file sink)', 'idle', await measure(only.pid, IDLE_S)]);
  const sensorOnlyEvents = readFileSync(eventsFile, 'utf8').split('\n').length - lines0;
  only.kill('SIGTERM');
  await new Promise((r) => only.once('exit', r));

  // A real collector on loopback and an enrolled agent.
  const data = join(work, 'collector');
  await run(COLLECTOR, ['init', '--data', data]);
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const collector = spawnTracked(process.execPath, [COLLECTOR, 'serve', '--data', data, '--port', String(port)], { VIGIL_COLLECTOR_LOG_LEVEL: 'warn' });
  let agentUrl;
  for (let i = 0; i < 200 && !agentUrl; i++) {
    agentUrl = /agent endpoint: (\S+)/.exec(collector.out)?.[1];
    await sleep(50);
  }
  if (!agentUrl) throw new Error(`collector did not start: ${collector.out}`);
  agentUrl = agentUrl.replace('0.0.0.0', '127.0.0.1');
  const token = (await run(COLLECTOR, ['token', 'create', '--data', data])).trim();
  const state = join(work, 'agent');
  const enrolled = await run(AGENT, ['enroll', '--state', state, '--collector', agentUrl, '--token', token]);
  const agentId = /agent id (\S+)/.exec(enrolled)?.[1];
  const nodeFlags = AGENT_FLAGS;
  // The same agent without sensors first: what the runtime, spool and link cost on their own.
  const bareAgent = spawnTracked(process.execPath, [...nodeFlags, AGENT, 'run', '--state', state, '--no-sensors'], { VIGIL_AGENT_LOG_LEVEL: 'warn' });
  await sleep(5000);
  rows.push(['vigil-agent --no-sensors', 'idle', await measure(bareAgent.pid, Math.min(IDLE_S, 15))]);
  bareAgent.kill('SIGTERM');
  await new Promise((r) => bareAgent.once('exit', r));
  const agent = spawnTracked(process.execPath, [...nodeFlags, AGENT, 'run', '--state', state], { VIGIL_AGENT_LOG_LEVEL: 'warn' });
  // Start-up: inventory, first /proc snapshot, file baseline hashing.
  await sleep(15000);
  if (agent.exitCode !== null) throw new Error(`agent exited: ${agent.out}`);
  const { default: Database } = await import('better-sqlite3');
  const stored = () => {
    const db = new Database(join(data, 'events.db'), { readonly: true });
    try {
      return Number(db.prepare('SELECT COUNT(*) FROM events WHERE agent_id = ?').pluck().get(agentId));
    } finally {
      db.close();
    }
  };
  const idleEvents0 = stored();
  const idle = await measure(agent.pid, IDLE_S);
  await sleep(1000);
  const idleEvents = stored() - idleEvents0;
  rows.push(['vigil-agent run', 'idle', idle]);

  // Churn, against a loopback server in this (benchmark) process.
  const server = createServer((s) => s.on('error', () => {}).end());
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const serverPort = server.address().port;
  const busy = await measure(agent.pid, CHURN_S, (s) => churn(s, serverPort));
  rows.push(['vigil-agent run', 'churn', busy]);
  server.close();

  // What the collector stored: were the longer-lived processes all seen?
  await sleep(3000);
  const { vigil } = await import('@vigil/proto');
  const db = new Database(join(data, 'events.db'), { readonly: true });
  const seenPids = new Set();
  let procStarts = 0;
  let connEvents = 0;
  for (const r of db.prepare('SELECT body FROM events WHERE agent_id = ?').iterate(agentId)) {
    const e = vigil.v1.Event.decode(r.body);
    if (e.processStart) {
      procStarts += 1;
      seenPids.add(e.processStart.pid);
    }
    if (e.networkConnection && !e.networkConnection.closed && (e.networkConnection.remotePort === serverPort || e.networkConnection.localPort === serverPort))
      connEvents += 1;
  }
  db.close();
  const { longPids, shortSpawned, conns } = busy.result;
  const missed = [...longPids].filter((p) => !seenPids.has(p)).length;

  console.log('process                   phase   CPU % (1 core)  max RSS MB  peak RSS MB (VmHWM)  children CPU %  children RSS MB');
  for (const [name, phase, m] of rows) {
    console.log(
      `${name.padEnd(26)}${phase.padEnd(8)}${fmt(m.cpu).padStart(14)}  ${fmt(m.maxRssMb).padStart(10)}  ${fmt(m.hwmMb).padStart(19)}  ${fmt(m.kidsCpu).padStart(14)}  ${fmt(m.kidsMaxRssMb).padStart(15)}`,
    );
  }
  console.log(`\nsensors only: ${sensorOnlyEvents} events during their ${IDLE_S}s idle window`);
  console.log(
    `idle: ${idleEvents} events stored during the ${IDLE_S}s idle window (${(idleEvents / IDLE_S).toFixed(1)}/s: this host is shared, so "idle" still sees other work)`,
  );
  console.log(`churn: ${shortSpawned} short processes spawned, ${conns} loopback connections made, ${procStarts} process starts stored in total`);
  console.log(`longer-lived processes (${LONG_MS} ms each): ${longPids.size} started, ${missed} missed`);
  console.log(`loopback connection events stored for the churn server (both ends): ${connEvents}`);
  console.log(
    `targets: idle < 1 % and < 64 MB: ${idle.cpu < 1 && idle.maxRssMb < 64 ? 'met' : 'MISSED'}; churn < 5 %: ${busy.cpu < 5 ? 'met' : 'MISSED'}; no longer-lived start missed: ${missed === 0 ? 'met' : 'MISSED'}`,
  );
}

/** Why /proc and not systeminformation on the hot path: the cost of one call of each, in this process. */
async function sourceChoice() {
  const { default: si } = await import('systeminformation');
  const { ProcessSensor, NetworkSensor } = await import('../dist/sensors/index.js');
  const { silentLogger } = await import('@vigil/logger');
  const ctx = { sink: { emit() {} }, logger: silentLogger(), reportProblem() {}, stateDir: mkdtempSync(join(work, 'choice-')) };
  const proc = new ProcessSensor({ pollMs: 60_000, reportExisting: false });
  const net = new NetworkSensor({ pollMs: 60_000, reportExisting: false });
  await proc.start(ctx);
  await net.start(ctx);
  // One call every 600 ms, as a poller would make them (systeminformation serves a cached answer to calls
  // closer together than 500 ms, which would flatter it).
  const time = async (fn, n = 5) => {
    await fn();
    let wall = 0;
    let cpu = 0;
    // CPU of the tools systeminformation forks: cutime + cstime of this process (waited-for children).
    const childTicks = () => {
      const f = readFileSync('/proc/self/stat', 'utf8');
      const r = f.slice(f.lastIndexOf(')') + 2).split(' ');
      return Number(r[13]) + Number(r[14]);
    };
    const k0 = childTicks();
    for (let i = 0; i < n; i++) {
      await sleep(600);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await fn();
      const c = process.cpuUsage(c0);
      wall += performance.now() - t0;
      cpu += (c.user + c.system) / 1000;
    }
    return { wall: wall / n, cpu: cpu / n, children: ((childTicks() - k0) * (1000 / TCK)) / n };
  };
  const rows = [
    ['systeminformation.processes()', await time(() => si.processes(), 10)],
    ['process sensor poll (/proc, all pids)', await time(() => proc.pollNow(), 10)],
    ['systeminformation.networkConnections()', await time(() => si.networkConnections(), 10)],
    ['network sensor poll (/proc/net)', await time(() => net.pollNow(), 10)],
  ];
  await proc.stop();
  await net.stop();
  console.log('\nsource choice, mean per call (one call every 600 ms; "forked" = CPU of the tools it runs, 10 ms resolution):');
  for (const [name, r] of rows)
    console.log(
      `  ${name.padEnd(40)} wall ${r.wall.toFixed(2).padStart(7)} ms   cpu ${r.cpu.toFixed(2).padStart(7)} ms   forked ${r.children.toFixed(1).padStart(5)} ms`,
    );
}

try {
  await main();
  await sourceChoice();
} finally {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  await sleep(500);
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}
