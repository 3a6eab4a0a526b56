// `--spawn`: a built collector of the simulator's own (init in a temp folder, serve on a free loopback
// port, an enrollment token for exactly N agents through the collector CLI), killed by its PID at the end.
// With --state-dir, a second run serves the same data again, so a warm fleet can be measured at another rate.
// Every simulated agent connects from 127.0.0.1, so the per-address limits (sized for one host per address)
// are raised to fit the fleet; everything else keeps the collector's defaults.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Collector settings for a whole fleet behind one address (env overrides, as an operator would set them). */
export function fleetOnOneAddressEnv(agents) {
  return {
    VIGIL_COLLECTOR_HTTP__MAX_CONNECTIONS_PER_ADDRESS: String(agents + 256),
    VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND_PER_ADDRESS: '100000',
    VIGIL_COLLECTOR_GATEWAY__MAX_PENDING_PER_ADDRESS: '100000',
    VIGIL_COLLECTOR_GATEWAY__ENROLLMENTS_PER_SECOND: '10000',
  };
}

function run(bin, args, env) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 120_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${args.slice(0, 2).join(' ')} failed: ${String(stderr).trim() || err.message}`));
      else resolve(String(stdout));
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts `vigil-collector serve` (on `port`, or a free one); resolves once it prints its agent endpoint. */
export async function spawnCollector({ bin, dir, agents, port: wanted, timeoutMs = 60_000 }) {
  const data = join(dir, 'collector');
  const env = { VIGIL_COLLECTOR_LOG_LEVEL: 'warn', ...fleetOnOneAddressEnv(agents) };
  // A data folder from an earlier run (--state-dir) is served again: its fleet is already enrolled.
  if (!existsSync(join(data, 'state.json'))) await run(bin, ['init', '--data', data], env);
  const port = wanted ?? (await freePort());
  const child = spawn(process.execPath, [bin, 'serve', '--data', data, '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (b) => (out = (out + b.toString()).slice(-65536)));
  child.stderr.on('data', (b) => (err = (err + b.toString()).slice(-65536)));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const url = await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`collector did not listen within ${timeoutMs} ms: ${err}`)), timeoutMs);
    const check = () => {
      const m = /agent endpoint: (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1].replace('0.0.0.0', '127.0.0.1'));
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(t);
      reject(new Error(`collector exited (${code}) before listening: ${err}`));
    });
  });
  const token = (await run(bin, ['token', 'create', '--data', data, '--uses', String(agents), '--note', 'fleet simulator'], env)).trim();
  return {
    pid: child.pid,
    url,
    token,
    data,
    stderr: () => err,
    port,
    /** `signal` (SIGTERM, or SIGKILL for a crash) to exactly this PID; SIGKILL if it has not exited within graceMs. */
    async stop(graceMs = 15_000, signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(t);
    },
  };
}
