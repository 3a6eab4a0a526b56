#!/usr/bin/env node
// npm run bench:enroll-storm: issue 18's "Enrollment storm" and "10,000 idle agents" against a real built
// collector process, in one run:
//   1. baseline: a bare `ws` server (bare-server.mjs) takes N connections from the same clients: time to
//      all connected, its RSS and CPU while they idle;
//   2. storm: a fresh collector (init, serve, one token for exactly N uses), N agents enroll at once:
//      time until all are online, enrollment failures, hosts enrolled twice and token uses (read from the
//      database afterwards);
//   3. idle: the N agents stay connected with heartbeats and pings: collector RSS and CPU;
//   4. restart: SIGTERM, wait for exit, serve the same data again: time until all N are online again.
// Clients are 2–4 forked processes (fleet-client.mjs) spread over loopback source addresses: 127.0.0.1-4, or
// with --addresses N one of N addresses in 127.1/16 each (--addresses N equal to --agents: a host per
// address, as a real fleet). With more than 4 addresses the storm and the idle phase raise the limit on new
// connections from unknown addresses (gateway.connectionsPerSecond) to let the storm through, and the
// restart runs at its default, as a restarted production collector would.
// --collector-bin points at another build (the code before a change, built aside) for a before/after.
// Prints figures and a JSON line; never asserts. The machine is shared: say so next to the figures.
import { execFile, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, hostname, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const here = fileURLToPath(new URL('.', import.meta.url));
const { values } = parseArgs({
  options: {
    agents: { type: 'string', default: '10000' },
    procs: { type: 'string', default: '3' },
    'idle-seconds': { type: 'string', default: '60' },
    'heartbeat-ms': { type: 'string', default: '30000' },
    'deadline-seconds': { type: 'string', default: '300' },
    'collector-bin': { type: 'string', default: join(here, '..', '..', 'collector', 'dist', 'cli', 'main.js') },
    label: { type: 'string', default: 'this checkout' },
    'no-bare': { type: 'boolean', default: false },
    'no-restart': { type: 'boolean', default: false },
    addresses: { type: 'string', default: '4' },
  },
});
const N = Number(values.agents);
const PROCS = Math.min(4, Math.max(1, Number(values.procs)));
const IDLE_S = Number(values['idle-seconds']);
const DEADLINE_MS = Number(values['deadline-seconds']) * 1000;
const BIN = values['collector-bin'];
const ADDRESSES = Math.min(60_000, Math.max(1, Number(values.addresses)));
const LOCAL =
  ADDRESSES <= 4
    ? ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'].slice(0, ADDRESSES)
    : Array.from({ length: ADDRESSES }, (_, i) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`);
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-storm-'));

const env = {
  VIGIL_COLLECTOR_LOG_LEVEL: 'warn',
  // every agent comes from loopback: the per-address limits are sized for one host per address
  VIGIL_COLLECTOR_HTTP__MAX_CONNECTIONS_PER_ADDRESS: String(N + 256),
  VIGIL_COLLECTOR_HTTP__MAX_CONNECTIONS: String(N + 1024),
  VIGIL_COLLECTOR_GATEWAY__MAX_CONNECTIONS: String(N + 256),
  VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND_PER_ADDRESS: '100000',
  VIGIL_COLLECTOR_GATEWAY__MAX_PENDING_PER_ADDRESS: '100000',
  VIGIL_COLLECTOR_GATEWAY__ENROLLMENTS_PER_SECOND: '10000',
  ...(ADDRESSES > 4 ? { VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND: '100000' } : {}),
};
/** The restart's collector: unknown addresses at the default limit again. */
const restartEnv = Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND'));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const run = (args) =>
  new Promise((resolve, reject) =>
    execFile(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 120_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${args[0]} failed: ${stderr || err.message}`)) : resolve(String(stdout).trim()),
    ),
  );
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** RSS (MiB) and CPU seconds (user+system) of a process, from /proc. */
function usage(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { rssMiB: rss, peakMiB: hwm, cpuS: (Number(f[11]) + Number(f[12])) / 100 };
}

/** The collector's own view (its /metrics, served to loopback): V8 heap in use, external memory, handles. */
async function heapOf(port) {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const num = (name) => Number(new RegExp(`^vigil_collector_${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
    return {
      heapMiB: num('nodejs_heap_size_used_bytes') / 2 ** 20,
      externalMiB: num('nodejs_external_memory_bytes') / 2 ** 20,
      handles: num('nodejs_active_handles_total'),
    };
  } catch {
    return { heapMiB: NaN, externalMiB: NaN, handles: NaN };
  }
}

/** Samples RSS every second for `seconds`; median RSS, peak, and CPU % of one core over the window. */
async function idleWindow(pid, seconds) {
  const start = usage(pid);
  const t0 = Date.now();
  const rss = [];
  for (let i = 0; i < seconds; i++) {
    await sleep(1000);
    rss.push(usage(pid).rssMiB);
  }
  const end = usage(pid);
  rss.sort((a, b) => a - b);
  return { rssMedianMiB: rss[rss.length >> 1], peakMiB: end.peakMiB, cpuPercent: (100 * (end.cpuS - start.cpuS)) / ((Date.now() - t0) / 1000) };
}

/** The client processes; `total()` sums their last reports. */
async function startClients(mode, url, token) {
  const per = Math.ceil(N / PROCS);
  const kids = [];
  for (let p = 0; p < PROCS; p++) {
    const from = p * per;
    const count = Math.min(per, N - from);
    const child = fork(join(here, 'fleet-client.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const kid = { child, stats: { online: 0, enrolled: 0, gaveUp: 0, enrollTries: 0, helloTries: 0, reconnects: 0, refusals: {}, lastOnlineAtMs: 0 } };
    child.on('message', (m) => {
      if (m.type === 'stats') kid.stats = m;
    });
    const ready = new Promise((r) => child.on('message', (m) => m.type === 'ready' && r()));
    child.send({
      type: 'start',
      mode,
      url,
      token,
      from,
      count,
      localAddresses: LOCAL,
      heartbeatMs: Number(values['heartbeat-ms']),
      bootTimeMs: Date.now() - 3_600_000,
    });
    await ready;
    kids.push(kid);
  }
  const total = () => {
    const t = { online: 0, enrolled: 0, gaveUp: 0, enrollTries: 0, helloTries: 0, reconnects: 0, refusals: {}, lastOnlineAtMs: 0 };
    for (const k of kids) {
      for (const key of ['online', 'enrolled', 'gaveUp', 'enrollTries', 'helloTries', 'reconnects']) t[key] += k.stats[key];
      t.lastOnlineAtMs = Math.max(t.lastOnlineAtMs, k.stats.lastOnlineAtMs);
      for (const [c, n] of Object.entries(k.stats.refusals)) t.refusals[c] = (t.refusals[c] ?? 0) + n;
    }
    return t;
  };
  return {
    go: () => kids.forEach((k) => k.child.send({ type: 'go' })),
    total,
    async stop() {
      for (const k of kids) k.child.send({ type: 'stop' });
      await Promise.all(kids.map((k) => new Promise((r) => (k.child.exitCode !== null ? r() : k.child.once('exit', r)))));
    },
  };
}

/** Waits until every agent is online (or enrollment ended for some), up to the deadline; ms from `t0`. */
async function untilAllOnline(clients, t0, deadlineMs = DEADLINE_MS, target = N) {
  for (;;) {
    await sleep(100);
    const t = clients.total();
    // the reports lag by up to 250 ms: the time is taken from the clients' own last-online stamps
    if (t.online >= target) return { ms: t.lastOnlineAtMs - t0, complete: true, ...t };
    if (t.online + t.gaveUp >= target && t.gaveUp > 0) return { ms: Date.now() - t0, complete: false, ...t };
    if (Date.now() - t0 > deadlineMs) return { ms: Date.now() - t0, complete: false, timedOut: true, ...t };
  }
}

function spawnCollector(data, port, withEnv = env) {
  const child = spawn(process.execPath, [BIN, 'serve', '--data', data, '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ...withEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (b) => (out = (out + b).slice(-65536)));
  child.stderr.on('data', (b) => (err = (err + b).slice(-65536)));
  let up = false;
  const listening = new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      if (up || !/agent endpoint: (\S+)/.test(out)) return;
      up = true;
      resolve(Date.now());
    });
    child.once('exit', (code) => up || reject(new Error(`collector exited (${code}): ${err.slice(-2000)}`)));
  });
  return { child, listening, stderr: () => err };
}

async function stopCollector(c) {
  if (c.child.exitCode !== null) return;
  c.child.kill('SIGTERM');
  const exited = new Promise((r) => c.child.once('exit', r));
  const killer = setTimeout(() => c.child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(killer);
}

/** What the database says after the storm: agents, hostnames enrolled more than once, uses of the token. */
function inDatabase(data) {
  const db = new Database(join(data, 'events.db'), { readonly: true, fileMustExist: true });
  try {
    const agents = db.prepare('SELECT COUNT(*) AS n FROM agents').get().n;
    const twice = db.prepare('SELECT COUNT(*) AS n FROM (SELECT hostname FROM agents GROUP BY hostname HAVING COUNT(*) > 1)').get().n;
    const extra = db.prepare('SELECT COALESCE(SUM(c - 1), 0) AS n FROM (SELECT COUNT(*) AS c FROM agents GROUP BY hostname HAVING c > 1)').get().n;
    let uses;
    try {
      uses = db
        .prepare('SELECT uses FROM enrollment_tokens')
        .all()
        .map((r) => r.uses);
    } catch {
      // a build from before the token table: the use count is in state.json
      uses = JSON.parse(readFileSync(join(data, 'state.json'), 'utf8')).tokens.map((t) => t.uses);
    }
    return { agents, hostsEnrolledTwice: twice, extraRecords: extra, tokenUses: uses };
  } finally {
    db.close();
  }
}

const result = { label: values.label, agents: N, clientProcs: PROCS, bin: BIN };
const line = (s) => process.stdout.write(`${s}\n`);
line(`vigil bench:enroll-storm  ${new Date().toISOString()}  ${values.label}`);
line(
  `machine: ${hostname()}, ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (shared)`,
);
line(
  `${N} agents from ${PROCS} client processes over ${LOCAL.length <= 4 ? LOCAL.join(', ') : `${LOCAL.length} addresses in 127.1/16`}; idle window ${IDLE_S} s, heartbeat every ${values['heartbeat-ms']} ms, ping every 15 s`,
);

try {
  // 1. the bare ws server
  if (!values['no-bare']) {
    const bare = spawn(process.execPath, [join(here, 'bare-server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise((resolve) =>
      bare.stdout.on('data', (b) => /listening (\d+)/.test(String(b)) && resolve(Number(/listening (\d+)/.exec(String(b))[1]))),
    );
    await sleep(500);
    const before = usage(bare.pid);
    const clients = await startClients('bare', `ws://127.0.0.1:${port}/agent`);
    const t0 = Date.now();
    clients.go();
    const connected = await untilAllOnline(clients, t0);
    const idle = await idleWindow(bare.pid, IDLE_S);
    result.bare = { emptyRssMiB: before.rssMiB, connectMs: connected.ms, complete: connected.complete, ...idle };
    line(
      `bare ws: ${connected.complete ? 'all' : connected.online} connected in ${(connected.ms / 1000).toFixed(2)} s; RSS ${before.rssMiB.toFixed(0)} MiB empty -> ${idle.rssMedianMiB.toFixed(0)} MiB (peak ${idle.peakMiB.toFixed(0)}), CPU ${idle.cpuPercent.toFixed(1)} % idle`,
    );
    await clients.stop();
    bare.kill('SIGTERM');
    await new Promise((r) => bare.once('exit', r));
  }

  // 2. the storm
  const data = join(dir, 'collector');
  await run(['init', '--data', data]);
  const port = await freePort();
  let collector = spawnCollector(data, port);
  await collector.listening;
  const token = await run(['token', 'create', '--data', data, '--uses', String(N), '--note', 'enroll storm']);
  await sleep(1000);
  const empty = usage(collector.child.pid);
  const emptyHeap = await heapOf(port);
  const clients = await startClients('collector', `ws://127.0.0.1:${port}/agent`, token);
  const t0 = Date.now();
  clients.go();
  const storm = await untilAllOnline(clients, t0);
  await sleep(500);
  const afterStorm = usage(collector.child.pid);
  const db = inDatabase(data);
  result.storm = {
    allOnlineMs: storm.ms,
    complete: storm.complete,
    online: storm.online,
    enrolled: storm.enrolled,
    failures: storm.gaveUp,
    enrollTries: storm.enrollTries,
    refusals: storm.refusals,
    ...db,
    collectorEmptyRssMiB: empty.rssMiB,
    collectorCpuS: afterStorm.cpuS - empty.cpuS,
  };
  line(
    `storm: ${storm.complete ? 'all' : `${storm.online} of`} ${N} online in ${(storm.ms / 1000).toFixed(2)} s${storm.timedOut ? ' (deadline)' : ''}; ` +
      `failures ${storm.gaveUp}, ${storm.enrollTries} tries, refusals ${JSON.stringify(storm.refusals)}; ` +
      `database: ${db.agents} agents, ${db.hostsEnrolledTwice} hosts enrolled more than once (${db.extraRecords} extra records), token uses ${db.tokenUses.join(',')}; ` +
      `collector CPU ${(afterStorm.cpuS - empty.cpuS).toFixed(1)} s`,
  );

  // 3. idle
  if (storm.online > 0) {
    const idle = await idleWindow(collector.child.pid, IDLE_S);
    const t = clients.total();
    const heap = await heapOf(port);
    const per = (a, b) => ((a - b) * 1024) / Math.max(1, t.online);
    result.idle = {
      online: t.online,
      reconnects: t.reconnects,
      emptyRssMiB: empty.rssMiB,
      ...idle,
      perConnectionKiB: per(idle.rssMedianMiB, empty.rssMiB),
      heap: {
        empty: emptyHeap,
        idle: heap,
        heapPerConnectionKiB: per(heap.heapMiB, emptyHeap.heapMiB),
        externalPerConnectionKiB: per(heap.externalMiB, emptyHeap.externalMiB),
        handlesPerConnection: (heap.handles - emptyHeap.handles) / Math.max(1, t.online),
      },
    };
    line(
      `idle: ${t.online} connected, ${t.reconnects} dropped meanwhile; collector RSS ${empty.rssMiB.toFixed(0)} MiB before the fleet -> ${idle.rssMedianMiB.toFixed(0)} MiB ` +
        `(peak ${idle.peakMiB.toFixed(0)}), ${result.idle.perConnectionKiB.toFixed(1)} KiB per connection (V8 heap ${result.idle.heap.heapPerConnectionKiB.toFixed(1)} KiB, ` +
        `external ${result.idle.heap.externalPerConnectionKiB.toFixed(1)} KiB, ${result.idle.heap.handlesPerConnection.toFixed(2)} handles); CPU ${idle.cpuPercent.toFixed(1)} % of a core`,
    );
  }

  // 4. restart
  if (!values['no-restart'] && storm.online > 0) {
    const online = clients.total().online;
    const tKill = Date.now();
    await stopCollector(collector);
    const tExit = Date.now();
    collector = spawnCollector(data, port, restartEnv);
    const tListen = await collector.listening;
    const back = await untilAllOnline({ total: () => ({ ...clients.total(), gaveUp: 0 }) }, tListen, Math.max(DEADLINE_MS, 120_000), online);
    const after = usage(collector.child.pid);
    result.restart = {
      online,
      stopMs: tExit - tKill,
      startMs: tListen - tExit,
      allBackAfterListenMs: back.ms,
      complete: back.online >= online,
      rssMiB: after.rssMiB,
      helloTries: back.helloTries,
    };
    line(
      `restart: stop took ${((tExit - tKill) / 1000).toFixed(2)} s, start to listening ${((tListen - tExit) / 1000).toFixed(2)} s; ` +
        `${back.online >= online ? 'all' : back.online} ${online} online again ${(back.ms / 1000).toFixed(2)} s after it listened; RSS ${after.rssMiB.toFixed(0)} MiB`,
    );
  }
  await clients.stop();
  await stopCollector(collector);
  if (collector.stderr().trim()) line(`collector stderr (last lines):\n${collector.stderr().trim().split('\n').slice(-5).join('\n')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
line(JSON.stringify(result));
