// Issue 13 item 7: on a full disk ingest refused cleanly, but the next state write hit an uncaught ENOSPC
// and the collector died. Here the collector's data folder is a 16 MiB tmpfs mounted in a mount namespace of
// its own (unshare -m: the machine's real disks and mounts are never touched); the test fills it through
// nsenter, and the collector must stay up, stop acking, say why in health, metrics and the page's API, keep
// serving reads, and resume by itself when the filler is removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_BIN, COLLECTOR_BIN, FAST_AGENT_ENV, Proc, freePort, runNode, spawnNode, waitFor } from '../helpers/vigil.js';
import { Operator } from '../helpers/operator.js';
import { spawn } from 'node:child_process';

const PASSWORD = `Full-disk-${process.pid}-copper-lagoon`;
let dir: string;
let mnt: string;
let collector: Proc;
let agent: Proc | undefined;
let baseUrl: string;
let admin: Operator;
let agentId: string;

/** Runs argv inside the collector's mount namespace (where the tmpfs is). */
function inCollectorNs(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('nsenter', ['-t', String(collector.child.pid), '-m', '--', ...argv], { timeout: 60_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

const health = async () => (await admin.call('GET', '/health')).body as { storage: { full: boolean; reason: string | null }; ingest: { events: number } };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), `vigil-enospc-${process.pid}-`));
  mnt = join(dir, 'mnt');
  mkdirSync(mnt);
  const port = await freePort();
  // The size leaves room for the steady state once space returns: the agent bundle the collector serves
  // (about 1.8 MiB) and a WAL that grows to about 4 MiB (SQLite checkpoints at 1,000 pages). At 6 MiB the
  // disk filled again by itself soon after the filler went, and the test failed for want of space, not of a fix.
  const script =
    'mount -t tmpfs -o size=16m,mode=0700 vigil-enospc "$1" && "$2" "$3" init --data "$1/data" >/dev/null && exec "$2" "$3" serve --data "$1/data" --port "$4"';
  collector = new Proc(
    spawn('unshare', ['-m', '--propagation', 'private', 'sh', '-c', script, 'sh', mnt, process.execPath, COLLECTOR_BIN, String(port)], {
      env: {
        ...process.env,
        VIGIL_ADMIN_PASSWORD: PASSWORD,
        VIGIL_COLLECTOR_LOG_LEVEL: 'warn',
        // Only real write failures mark the disk full here (no free-space margin), and the probe runs often.
        VIGIL_COLLECTOR_STORAGE__MIN_FREE_BYTES: '0',
        VIGIL_COLLECTOR_STORAGE__PROBE_INTERVAL_MS: '200',
        VIGIL_COLLECTOR_GATEWAY__OFFLINE_AFTER_MS: '60000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  await waitFor(
    'collector to listen',
    () => {
      if (!collector.alive) throw new Error(`collector exited: ${collector.stderr}`);
      return /agent endpoint: (\S+)/.exec(collector.stdout)?.[1];
    },
    30_000,
  );
  baseUrl = `http://127.0.0.1:${port}`;
  admin = await Operator.login(baseUrl, 'admin', PASSWORD);
  const token = (await inCollectorNs([process.execPath, COLLECTOR_BIN, 'token', 'create', '--data', join(mnt, 'data')])).stdout.trim();
  const enroll = await runNode(AGENT_BIN, ['enroll', '--state', join(dir, 'agent'), '--collector', `ws://127.0.0.1:${port}/agent`, '--token', token]);
  expect(enroll.code, enroll.stderr).toBe(0);
  agentId = /agent id (\S+)/.exec(enroll.stdout)![1]!;
});

afterAll(async () => {
  await agent?.kill9();
  await collector?.kill9(); // the tmpfs goes with its mount namespace
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('stops acking and says why, keeps serving reads, survives state writes, and recovers when space returns', async () => {
    const startAgent = () => spawnNode(AGENT_BIN, ['run', '--state', join(dir, 'agent'), '--no-sensors', '--synthetic-rate', '300'], FAST_AGENT_ENV);
    agent = startAgent();
    await waitFor('events stored', async () => (await health()).ingest.events >= 300, 30_000);

    // Fill the tmpfs to the last byte (dd ends with ENOSPC).
    await inCollectorNs(['dd', 'if=/dev/zero', `of=${join(mnt, 'filler')}`, 'bs=64k']);
    const full = await waitFor(
      'storage full reported',
      async () => {
        const h = await health();
        return h.storage.full ? h : undefined;
      },
      60_000,
    );
    expect(full.storage.reason).toMatch(/ENOSPC|SQLITE_FULL/);

    // Nothing more is stored (so nothing acked) while full; the agent keeps its events.
    const storedWhileFull = (await health()).ingest.events;
    // State writes: the agent goes away and comes back (last-seen and version updates), an admin creates a user.
    await agent.stop();
    agent = startAgent();
    const write = await admin.call('POST', '/users', {
      name: 'newbie',
      role: 'viewer',
      password: `Pw-${process.pid}-saffron-glacier`,
      mustChangePassword: false,
    });
    expect(write.status).toBe(507);
    expect(write.body.error.code).toBe('VIGIL_ERR_STORE_FULL');
    // Reads go on.
    expect((await admin.call('GET', '/agents')).status).toBe(200);
    expect((await admin.call('GET', `/agents/${agentId}`)).body.status).toMatch(/online|offline/);
    const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/^vigil_storage_full 1$/m);
    expect((await health()).ingest.events).toBe(storedWhileFull);
    expect(collector.alive).toBe(true);

    // Space returns: the collector notices by itself, and the agent's spooled events arrive.
    await inCollectorNs(['rm', '-f', join(mnt, 'filler')]);
    await waitFor('storage recovered', async () => !(await health()).storage.full, 30_000);
    await waitFor('events stored again', async () => (await health()).ingest.events >= storedWhileFull + 300, 60_000);
    expect(
      (await admin.call('POST', '/users', { name: 'newbie', role: 'viewer', password: `Pw-${process.pid}-saffron-glacier`, mustChangePassword: false })).status,
    ).toBe(201);
    // Everything arrives (issue 14): with the generator stopped, the spool drains and the collector has
    // stored each of the agent's sequences once (it counts only new ones), nothing lost to the full disk.
    await agent.stop();
    agent = spawnNode(AGENT_BIN, ['run', '--state', join(dir, 'agent'), '--no-sensors'], FAST_AGENT_ENV);
    const status = (): { spool: { lastSeq: number; unackedEvents: number } } | undefined => {
      try {
        return JSON.parse(readFileSync(join(dir, 'agent', 'status.json'), 'utf8'));
      } catch {
        return undefined;
      }
    };
    await waitFor(
      'every sequence the agent wrote stored once',
      async () => {
        const s = status();
        return s && s.spool.unackedEvents === 0 && (await health()).ingest.events === s.spool.lastSeq ? true : undefined;
      },
      60_000,
    );
    expect(collector.alive).toBe(true);
  });
});
