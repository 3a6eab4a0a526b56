// The technique lab's driver: runs inside the lab (its mount and network namespaces) as root. It starts
// the lab's daemons (rsyslog, sshd, cron, a small HTTP server standing in for an attacker's or a mirror's
// web server) and the agent, then runs the procedures the test sends, one at a time, and reports when
// each started and ended. Protocol: JSON lines on stdin, JSON lines on stdout; stderr is the lab's log.
//   {"op":"run","id":"T1059.004-a","script":"…","user":"root","timeoutMs":20000}
//     -> {"id":"T1059.004-a","t0":…,"t1":…,"code":0,"output":"…"}
//   {"op":"agent","action":"start"|"stop"} -> {"id":"agent","pid":…}
// stdin closing stops everything this driver started (by pid) and exits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';

const AGENT = ['/opt/vigil/vigil-agent.mjs', 'run', '--state', '/var/lib/vigil-agent', '--config', '/etc/vigil/agent.yaml'];
const OUTPUT_MAX = 4096;
const children = new Set();
let agent;

function log(msg) {
  process.stderr.write(`lab: ${msg}\n`);
}

function reply(obj) {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

function daemon(name, argv, env = process.env) {
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env });
  children.add(child);
  child.stderr.on('data', (b) => process.stderr.write(`${name}: ${b}`));
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) log(`${name} exited (${code ?? signal})`);
  });
  return child;
}

let stopping = false;

function run(script, user, timeoutMs) {
  return new Promise((resolve) => {
    const argv = user && user !== 'root' ? ['runuser', '-u', user, '--', 'bash', '-c', script] : ['bash', '-c', script];
    const t0 = Date.now();
    const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: '/root', env: procedureEnv(user) });
    children.add(child);
    let output = '';
    const take = (b) => {
      if (output.length < OUTPUT_MAX) output += b.toString().slice(0, OUTPUT_MAX - output.length);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ t0, t1: Date.now(), code: code ?? (signal ? 128 : 1), output });
    });
  });
}

function procedureEnv(user) {
  const home = !user || user === 'root' ? '/root' : `/home/${user}`;
  return { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: home, USER: user ?? 'root', LANG: 'C.UTF-8', TERM: 'dumb' };
}

function startAgent() {
  if (agent) return agent.pid;
  // In the lab's mount namespace, but in the network namespace the test names: the one where kernel audit
  // delivers records and the collector listens.
  agent = daemon('agent', ['nsenter', `--net=${process.env.VIGIL_LAB_AGENT_NETNS}`, '--', process.execPath, ...AGENT], { ...process.env });
  agent.on('exit', () => (agent = undefined));
  return agent.pid;
}

async function stopAgent() {
  const a = agent;
  if (!a) return;
  const done = new Promise((r) => a.once('exit', r));
  a.kill('SIGTERM');
  const t = setTimeout(() => a.kill('SIGKILL'), 10_000);
  await done;
  clearTimeout(t);
}

// A web server on the lab's "internet" addresses: downloads (T1105), beacons (T1071.001), package
// mirrors for the benign twins. Every path answers with a small shell script body.
const http = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  res.end(req.method === 'POST' ? 'ok\n' : '#!/bin/sh\necho lab payload\n');
});
http.listen(80, process.env.VIGIL_LAB_WEB);

// The pid file is in the lab's own /run: log rotation signals exactly this rsyslogd.
daemon('rsyslogd', ['/usr/sbin/rsyslogd', '-n', '-i', '/run/rsyslogd.pid', '-f', '/etc/rsyslog.conf']);
const keygen = await run('ssh-keygen -A >/dev/null', 'root', 30_000);
if (keygen.code !== 0) log(`ssh-keygen -A failed: ${keygen.output}`);
// No -e: sshd's own lines (Accepted, Failed password) go to syslog's auth facility, as on a real server.
daemon('sshd', ['/usr/sbin/sshd', '-D']);
daemon('cron', ['/usr/sbin/cron', '-f']);

const rl = createInterface({ input: process.stdin });
let queue = Promise.resolve();
rl.on('line', (line) => {
  queue = queue.then(async () => {
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      reply({ id: 'error', error: 'bad json' });
      return;
    }
    if (msg.op === 'run') reply({ id: msg.id, ...(await run(String(msg.script), msg.user, Number(msg.timeoutMs) || 20_000)) });
    else if (msg.op === 'agent' && msg.action === 'start') reply({ id: 'agent', pid: startAgent() });
    else if (msg.op === 'agent' && msg.action === 'stop') {
      await stopAgent();
      reply({ id: 'agent', pid: 0 });
    } else reply({ id: msg.id ?? 'error', error: `unknown op ${msg.op}` });
  });
});
rl.on('close', () => {
  queue = queue.then(async () => {
    stopping = true;
    await stopAgent();
    for (const c of children) c.kill('SIGTERM');
    http.close();
    setTimeout(() => process.exit(0), 500).unref();
    log('stopped');
  });
});
log('ready');
reply({ id: 'ready', t0: Date.now() });
