#!/usr/bin/env node
// npm run bench:kernel: the kernel exec sources against /proc polling, in the same run, with the BUILT
// collector and agent over loopback (issue 11).
//   idle:  all sensors, default config, a quiet host: agent CPU (% of one core) and RSS over --idle-s.
//   storm: --rate execs/s of /bin/true with unique arguments for --seconds (a small C generator using
//          posix_spawn, so the generator is not the bottleneck): how many are stored with their full argv,
//          how many twice, agent CPU during the storm and until its spool drained, CPU us per captured exec.
// Each source runs its own agent (same state, same collector), one after the other. Needs root, audit and
// a C compiler. Kernel audit is machine-wide: the agent adds and removes its rules; the bench checks the
// kernel's audit rule count and enabled flag are as before at the end.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { vigil } from '@vigil/proto';
import { AGENT_NODE_FLAGS } from '../agent/dist/install/unit.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COLLECTOR = join(root, 'collector/dist/cli/main.js');
const AGENT = join(root, 'agent/dist/cli/main.js');
const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '30' },
    'idle-s': { type: 'string', default: '60' },
    sources: { type: 'string', default: 'auto,poll' },
    /** Node flags for the agent: the installed unit's by default; add e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile. */
    'agent-node-args': { type: 'string', default: AGENT_NODE_FLAGS.join(' ') },
  },
});
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const IDLE_S = Number(values['idle-s']);
const SOURCES = values.sources.split(',');
for (const [k, v] of [
  ['rate', RATE],
  ['seconds', SECONDS],
  ['idle-s', IDLE_S],
]) {
  if (!Number.isInteger(v) || v < 1 || v > 100_000) throw new Error(`--${k} must be an integer 1..100000`);
}
for (const s of SOURCES) if (!['auto', 'audit', 'connector', 'poll'].includes(s)) throw new Error(`unknown source ${s}`);
if (process.getuid() !== 0) throw new Error('bench:kernel needs root (kernel audit, process connector)');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
function cpuSeconds(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK;
}
function rssBytes(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}
function auditState() {
  try {
    const s = execFileSync('auditctl', ['-s'], { encoding: 'utf8' });
    const rules = execFileSync('auditctl', ['-l'], { encoding: 'utf8' });
    return {
      enabled: /enabled (\d)/.exec(s)?.[1],
      backlogLimit: /backlog_limit (\d+)/.exec(s)?.[1],
      rules: rules.trim() === 'No rules' ? 0 : rules.trim().split('\n').length,
    };
  } catch {
    return { note: 'auditctl not installed: audit state not cross-checked' };
  }
}

const work = mkdtempSync(join('/tmp', `vigil-bench-kernel-${process.pid}-`));
const children = [];
function spawnTracked(cmd, args, opts) {
  const c = spawn(cmd, args, opts);
  children.push(c);
  return c;
}
function cleanup() {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
}
process.on('exit', cleanup);

// The storm generator: paced posix_spawn of /bin/true TAG-i, children reaped by SIGCHLD=SIG_IGN.
const genSrc = join(work, 'storm.c');
const gen = join(work, 'storm');
writeFileSync(
  genSrc,
  `#include <spawn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
extern char **environ;
int main(int argc, char **argv) {
  long rate = atol(argv[1]), secs = atol(argv[2]), total = rate * secs, failed = 0;
  signal(SIGCHLD, SIG_IGN);
  struct timespec t0, now;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  char arg[96];
  for (long i = 0; i < total; i++) {
    long long due = (long long)i * 1000000000LL / rate;
    for (;;) {
      clock_gettime(CLOCK_MONOTONIC, &now);
      long long el = (now.tv_sec - t0.tv_sec) * 1000000000LL + (now.tv_nsec - t0.tv_nsec);
      if (el >= due) break;
      struct timespec d = { 0, (long)(due - el) };
      nanosleep(&d, NULL);
    }
    snprintf(arg, sizeof arg, "%s-%ld", argv[3], i);
    char *av[] = { "/bin/true", arg, NULL };
    pid_t p;
    if (posix_spawn(&p, "/bin/true", NULL, NULL, av, environ) != 0) failed++;
  }
  clock_gettime(CLOCK_MONOTONIC, &now);
  printf("{\\"spawned\\":%ld,\\"failed\\":%ld,\\"seconds\\":%.3f}\\n", total - failed, failed, (now.tv_sec - t0.tv_sec) + (now.tv_nsec - t0.tv_nsec) / 1e9);
  return 0;
}
`,
);
execFileSync('cc', ['-O2', '-o', gen, genSrc]);

const data = join(work, 'data');
execFileSync(process.execPath, [COLLECTOR, 'init', '--data', data], { stdio: 'ignore' });
const port = await new Promise((r) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const p = srv.address().port;
    srv.close(() => r(p));
  });
});
const collector = spawnTracked(process.execPath, [COLLECTOR, 'serve', '--data', data, '--port', String(port)], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, VIGIL_COLLECTOR_LOG_LEVEL: 'warn' },
});
let out = '';
collector.stdout.on('data', (b) => (out += b));
const deadline = Date.now() + 30_000;
while (!/agent endpoint: (\S+)/.test(out)) {
  if (Date.now() > deadline) throw new Error(`collector did not start: ${out}`);
  await sleep(50);
}
const url = /agent endpoint: (\S+)/.exec(out)[1].replace('0.0.0.0', '127.0.0.1');
const state = join(work, 'agent');
const token = execFileSync(process.execPath, [COLLECTOR, 'token', 'create', '--data', data], { encoding: 'utf8' }).trim();
const enrolled = execFileSync(process.execPath, [AGENT, 'enroll', '--state', state, '--collector', url, '--token', token], { encoding: 'utf8' });
const agentId = /agent id (\S+)/.exec(enrolled)[1];
const db = new Database(join(data, 'events.db'), { readonly: true });
const auditBefore = auditState();

function status() {
  try {
    return JSON.parse(readFileSync(join(state, 'status.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

async function runSource(source) {
  const env = {
    ...process.env,
    VIGIL_AGENT_LOG_LEVEL: 'warn',
    VIGIL_AGENT_HEALTH__STATUS_INTERVAL_MS: '500',
    VIGIL_AGENT_SENSORS__PROCESS__SOURCE: source,
    VIGIL_AGENT_SENSORS__NETWORK__SOURCE: source === 'poll' ? 'poll' : 'auto',
  };
  const startedAt = Date.now();
  const nodeArgs = values['agent-node-args'].split(' ').filter(Boolean);
  const agent = spawnTracked(process.execPath, [...nodeArgs, AGENT, 'run', '--state', state], { stdio: ['ignore', 'ignore', 'pipe'], env });
  let err = '';
  agent.stderr.on('data', (b) => (err += b));
  for (;;) {
    const s = status();
    if (s && s.writtenAtMs >= startedAt && s.link.state === 'online') break;
    if (agent.exitCode !== null) throw new Error(`agent exited: ${err}`);
    await sleep(100);
  }
  const used = status().kernel?.processSource ?? 'poll';
  // Idle: let start-up work (inventory, existing processes, hashing) settle first.
  await sleep(10_000);
  const c0 = cpuSeconds(agent.pid);
  const rss = [];
  for (let t = 0; t < IDLE_S; t++) {
    await sleep(1000);
    rss.push(rssBytes(agent.pid));
  }
  const idleCpuPct = ((cpuSeconds(agent.pid) - c0) / IDLE_S) * 100;
  rss.sort((a, b) => a - b);

  const tag = `storm${process.pid}${source}`;
  const s0 = cpuSeconds(agent.pid);
  const t0 = Date.now();
  const g = JSON.parse(execFileSync(gen, [String(RATE), String(SECONDS), tag], { encoding: 'utf8' }));
  const stormCpu = cpuSeconds(agent.pid) - s0;
  // Drain: until everything the agent spooled is acked and stays so.
  let quiet = 0;
  while (quiet < 4) {
    const s = status();
    quiet = s && s.spool.unackedEvents === 0 ? quiet + 1 : 0;
    await sleep(500);
  }
  const totalCpu = cpuSeconds(agent.pid) - s0;
  const wall = (Date.now() - t0) / 1000;
  agent.kill('SIGTERM');
  await new Promise((r) => agent.once('exit', r));

  const rows = db.prepare("SELECT body FROM events WHERE agent_id = ? AND kind = 'process_start' AND instr(body, ?) > 0").all(agentId, Buffer.from(tag));
  const seen = new Map();
  let withArgv = 0;
  for (const r of rows) {
    const p = vigil.v1.Event.decode(r.body).processStart;
    const arg = p?.argv?.[1];
    if (!arg?.startsWith(`${tag}-`)) continue;
    withArgv++;
    seen.set(arg, (seen.get(arg) ?? 0) + 1);
  }
  const doubled = [...seen.values()].filter((n) => n > 1).length;
  return {
    source,
    used,
    idle: { cpuPercentOfCore: +idleCpuPct.toFixed(3), rssMedianMB: +(rss[Math.floor(rss.length / 2)] / 1048576).toFixed(1), seconds: IDLE_S },
    storm: {
      rate: RATE,
      seconds: SECONDS,
      spawned: g.spawned,
      generatorSeconds: g.seconds,
      stored: seen.size,
      storedPercent: +((seen.size / g.spawned) * 100).toFixed(3),
      doubled,
      eventsWithArgv: withArgv,
      agentCpuPercentDuringStorm: +((stormCpu / g.seconds) * 100).toFixed(1),
      agentCpuPercentUntilDrained: +((totalCpu / wall) * 100).toFixed(1),
      drainedAfterS: +(wall - g.seconds).toFixed(1),
      cpuUsPerCapturedExec: seen.size ? +((totalCpu * 1e6) / seen.size).toFixed(1) : null,
    },
  };
}

const results = [];
try {
  for (const s of SOURCES) {
    results.push(await runSource(s));
    process.stderr.write(`${JSON.stringify(results.at(-1))}\n`);
  }
} finally {
  db.close();
  cleanup();
}
const auditAfter = auditState();
const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model,
  memGB: Math.round(totalmem() / 2 ** 30),
  kernel: execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim(),
  node: process.version,
};
process.stdout.write(
  `${JSON.stringify({ bench: 'kernel', date: new Date().toISOString(), machine, results, audit: { before: auditBefore, after: auditAfter, same: JSON.stringify(auditBefore) === JSON.stringify(auditAfter) } }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
