#!/usr/bin/env node
// npm run bench:link: end-to-end delivery over loopback with the BUILT binaries: a real collector and a
// real agent whose synthetic generator writes N events through the real spool and link as fast as it can.
// Prints delivered events/s (generator start to last ack) and CPU seconds of each process, per round.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const COLLECTOR = join(root, 'collector/dist/cli/main.js');
const AGENT = join(root, 'agent/dist/cli/main.js');
const { values } = parseArgs({
  options: { events: { type: 'string', default: '200000' }, rounds: { type: 'string', default: '3' }, rate: { type: 'string', default: '1000000' } },
});
const N = Number(values.events);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const port = await new Promise((res) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
function cpuSeconds(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, clock ticks (100 Hz)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const work = mkdtempSync(join(tmpdir(), 'vigil-bench-link-'));
const data = join(work, 'data');
const children = [];
try {
  execFileSync(process.execPath, [COLLECTOR, 'init', '--data', data]);
  const collector = spawn(process.execPath, [COLLECTOR, 'serve', '--data', data, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, VIGIL_COLLECTOR_LOG_LEVEL: 'warn' },
  });
  children.push(collector);
  let out = '';
  collector.stdout.on('data', (b) => (out += b));
  while (!/agent endpoint: (\S+)/.test(out)) await sleep(50);
  const url = /agent endpoint: (\S+)/.exec(out)[1];
  console.log(`vigil bench:link  ${new Date().toISOString()}`);
  console.log(`machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, node ${process.version}; ${N} events per round, generator rate cap ${values.rate}/s`);
  const rates = [];
  for (let r = 1; r <= Number(values.rounds); r++) {
    const state = join(work, `agent-${r}`);
    const token = execFileSync(process.execPath, [COLLECTOR, 'token', 'create', '--data', data], { encoding: 'utf8' }).trim();
    execFileSync(process.execPath, [AGENT, 'enroll', '--state', state, '--collector', url, '--token', token]);
    const c0 = cpuSeconds(collector.pid);
    const agent = spawn(process.execPath, [AGENT, 'run', '--state', state, '--no-sensors', '--synthetic-rate', values.rate, '--synthetic-count', String(N)], {
      stdio: 'ignore',
      env: { ...process.env, VIGIL_AGENT_LOG_LEVEL: 'warn', VIGIL_AGENT_HEALTH__STATUS_INTERVAL_MS: '100' },
    });
    children.push(agent);
    const t0 = Date.now();
    let acked = 0;
    while (acked < N) {
      await sleep(100);
      try {
        acked = JSON.parse(readFileSync(join(state, 'status.json'), 'utf8')).link.ackedSeq;
      } catch {
        /* not written yet */
      }
    }
    const secs = (Date.now() - t0) / 1000;
    const agentCpu = cpuSeconds(agent.pid);
    const collectorCpu = cpuSeconds(collector.pid) - c0;
    agent.kill('SIGTERM');
    await new Promise((r) => agent.once('exit', r));
    rates.push(N / secs);
    console.log(
      `round ${r}: ${N} events acked in ${secs.toFixed(2)} s = ${(N / secs).toFixed(0)} events/s; CPU agent ${agentCpu.toFixed(1)} s, collector ${collectorCpu.toFixed(1)} s`,
    );
  }
  console.log(`median: ${median(rates).toFixed(0)} events/s end to end (spool write, fsync before send, WebSocket, validation, SQLite commit, ack)`);
} finally {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await sleep(200);
  rmSync(work, { recursive: true, force: true });
}
