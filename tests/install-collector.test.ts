// Collector deployment, for real: `init` (data folder, key, certificate self-signed or given, first admin),
// start-up refused on unknown keys and bad values with the key's path, and the shipped systemd unit run by a
// real systemd (PID 1 in its own namespaces; /etc and /var/lib are test-owned overlays) with its hardening:
// an agent streams, /metrics reports it, and a graceful stop drains ingest and closes SQLite cleanly.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { SystemdLab } from './helpers/systemd.js';
import { bootCollectorUnit, COLLECTOR_UNIT, INSTALLED_COLLECTOR_BIN } from './helpers/collector-unit.js';
import { run } from './helpers/netns.js';
import { AGENT_BIN, COLLECTOR_BIN, FAST_AGENT_ENV, Proc, runNode, waitFor } from './helpers/vigil.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const UNIT = COLLECTOR_UNIT;

describe('collector deployment', () => {
  const ws = mkdtempSync(join(tmpdir(), `vigil-collector-deploy-${process.pid}-`));
  const procs: Proc[] = [];
  let lab: SystemdLab | undefined;

  afterAll(async () => {
    for (const p of procs) await p.kill9();
    await lab?.destroy();
    rmSync(ws, { recursive: true, force: true });
  });

  it('init creates the data folder, the signing key, a self-signed certificate and the first admin', async () => {
    const data = join(ws, 'a');
    const r = await runNode(COLLECTOR_BIN, ['init', '--data', data, '--tls', '--admin']);
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(data).mode & 0o777).toBe(0o700);
    expect(statSync(join(data, 'keys', 'command.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(data, 'tls', 'key.pem')).mode & 0o777).toBe(0o600);
    expect(r.stdout).toMatch(/certificate SHA-256 fingerprint: [0-9a-f]{64}/);
    expect(r.stdout).toMatch(/log in as "admin" with this one-time password/);
    const state = JSON.parse(readFileSync(join(data, 'state.json'), 'utf8'));
    expect(JSON.stringify(state)).toContain('"admin"');
    expect(JSON.stringify(state)).not.toContain(/one-time password \(shown only now\):\n\s+(\S+)/.exec(r.stdout)![1]);
    const again = await runNode(COLLECTOR_BIN, ['init', '--data', data, '--tls', '--admin']);
    expect(again.stdout).toContain('(kept)');
    expect(again.stdout).toContain('admin: users exist (kept)');
  });

  it('init uses a given certificate after checking it matches its key', async () => {
    const a = join(ws, 'a');
    const given = join(ws, 'given');
    const ok = await runNode(COLLECTOR_BIN, ['init', '--data', given, '--cert', join(a, 'tls', 'cert.pem'), '--key', join(a, 'tls', 'key.pem')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(join(given, 'collector.yaml'), 'utf8')).toContain(join(a, 'tls', 'cert.pem'));
    expect(existsSync(join(given, 'tls'))).toBe(false);
    const wrongKey = join(ws, 'wrong.key');
    writeFileSync(wrongKey, readFileSync(join(a, 'keys', 'command.key')));
    const bad = await runNode(COLLECTOR_BIN, ['init', '--data', join(ws, 'bad'), '--cert', join(a, 'tls', 'cert.pem'), '--key', wrongKey]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('is not the key of --cert');
  });

  it('refuses to start on unknown keys and bad values, naming each key and the reason', async () => {
    const data = join(ws, 'cfg');
    expect((await runNode(COLLECTOR_BIN, ['init', '--data', data])).code).toBe(0);
    writeFileSync(join(data, 'collector.yaml'), 'listen:\n  prot: 9000\ngateway:\n  maxConnections: -5\nretension: {}\n');
    const r = await runNode(COLLECTOR_BIN, ['serve', '--data', data, '--port', '0'], { VIGIL_COLLECTOR_INGEST__MAX_QUEUED_EVENTS: 'lots' }, 20_000);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('VIGIL_ERR_CONFIG_INVALID');
    expect(r.stderr).toMatch(/listen: Unrecognized key.*"prot"/);
    expect(r.stderr).toMatch(/gateway\.maxConnections: .*>=\s*1/);
    expect(r.stderr).toMatch(/\(root\): Unrecognized key.*"retension"/);
    expect(r.stderr).toMatch(/ingest\.maxQueuedEvents: .*number/);
    expect(existsSync(join(data, 'events.db'))).toBe(false);
  });

  it('runs under its systemd unit, serves /metrics, and a graceful stop drains ingest and closes storage', async () => {
    // The shipped unit, with this checkout bind-mounted at /opt/vigil-collector in the lab, listening on the lab's loopback.
    const booted = await bootCollectorUnit(root, ws, {
      VIGIL_COLLECTOR_LISTEN__HOST: '127.0.0.1',
      VIGIL_COLLECTOR_LOG_LEVEL: 'info',
      VIGIL_ADMIN_PASSWORD: 'deploy-test-password',
    });
    lab = booted.lab;
    const l = lab;
    const { inLab, dataDir: data } = booted;
    const http = booted.https;
    const start = await l.systemctl(['start', UNIT]);
    expect(start.code, start.stderr).toBe(0);
    await waitFor('collector healthy', async () => (await http('/healthz')).status === 200, 30_000, 200);
    expect(statSync(data).mode & 0o777).toBe(0o700);
    const owner = (await inLab(['stat', '-c', '%U', '/var/lib/vigil/events.db'])).stdout.trim();
    expect(owner).toBe('vigil');

    // an agent (in the lab's network namespace) enrolls over pinned wss:// and streams
    const token = (
      await inLab(['runuser', '-u', 'vigil', '--', process.execPath, INSTALLED_COLLECTOR_BIN, 'token', 'create', '--data', '/var/lib/vigil'])
    ).stdout.trim();
    const fingerprint = /SHA-256 fingerprint: ([0-9a-f]{64})/.exec(
      (await inLab(['runuser', '-u', 'vigil', '--', process.execPath, INSTALLED_COLLECTOR_BIN, 'init', '--data', '/var/lib/vigil', '--tls'])).stdout,
    )![1]!;
    const agentState = join(ws, 'agent');
    const enroll = await run([
      'nsenter',
      '-t',
      String(l.pid),
      '-n',
      process.execPath,
      AGENT_BIN,
      'enroll',
      '--state',
      agentState,
      '--collector',
      'wss://127.0.0.1:8443/agent',
      '--token',
      token,
      '--fingerprint',
      fingerprint,
    ]);
    expect(enroll.code, enroll.stderr).toBe(0);
    const agent = new Proc(
      spawn(
        'nsenter',
        ['-t', String(l.pid), '-n', '--', process.execPath, AGENT_BIN, 'run', '--state', agentState, '--no-sensors', '--synthetic-rate', '2000'],
        {
          env: { ...process.env, ...FAST_AGENT_ENV },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      ),
    );
    procs.push(agent);
    const agentStatus = () =>
      JSON.parse(readFileSync(join(agentState, 'status.json'), 'utf8')) as { link: { state: string; ackedSeq: number }; agentId: string };
    await waitFor('events acked', () => agentStatus().link.ackedSeq > 1000, 30_000, 100);

    const metrics = (await http('/metrics')).body as string;
    const value = (re: RegExp) => Number(re.exec(metrics)?.[1] ?? NaN);
    expect(value(/^vigil_agents_online (\d+)$/m)).toBe(1);
    expect(value(/^vigil_agent_connections (\d+)$/m)).toBe(1);
    expect(value(/^vigil_events_received_total\{kind="log"\} (\d+)$/m)).toBeGreaterThan(1000);
    expect(value(/^vigil_ingest_events_total (\d+)$/m)).toBeGreaterThan(1000);
    expect(value(/^vigil_ingest_lag_seconds_count (\d+)$/m)).toBeGreaterThan(1000);
    expect(value(/^vigil_storage_bytes\{file="events\.db"\} (\d+)$/m)).toBeGreaterThan(0);
    expect(metrics).toMatch(/^vigil_collector_process_resident_memory_bytes \d+/m);
    expect(metrics).toMatch(/^# TYPE vigil_alerts gauge$/m);
    expect(metrics).toMatch(/^# TYPE vigil_commands gauge$/m);

    // graceful stop while the agent streams
    const stop = await l.systemctl(['stop', UNIT]);
    expect(stop.code, stop.stderr).toBe(0);
    const show = (await l.systemctl(['show', UNIT, '-p', 'Result', '-p', 'ExecMainStatus', '-p', 'ActiveState'])).stdout;
    expect(show).toContain('Result=success');
    expect(show).toContain('ExecMainStatus=0');
    expect(show).toContain('ActiveState=inactive');
    // SQLite closed cleanly: the WAL was checkpointed and removed
    expect(existsSync(join(data, 'events.db-wal'))).toBe(false);
    await waitFor('agent sees the collector gone', () => agentStatus().link.state !== 'online', 10_000, 100);
    const acked = agentStatus().link.ackedSeq;
    const db = new Database(join(data, 'events.db'), { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT seq) AS d, MAX(seq) AS m FROM events WHERE agent_id = ?').get(agentStatus().agentId) as {
        n: number;
        d: number;
        m: number;
      };
      // every acked event is stored, none twice, no hole in the sequence
      expect(row.n).toBe(row.d);
      expect(row.m).toBeGreaterThanOrEqual(acked);
      expect(row.n).toBe(row.m);
    } finally {
      db.close();
    }
  });
});
