// Fault injection (issue 14): a network partition between an agent's namespace and its collector's. The
// agent's port on the lab bridge goes down for VIGIL_FAULT_PARTITION_S seconds (30 in CI; minutes with the
// variable), while the agent keeps producing. Checked: it retries with jittered delays that never pass the
// backoff cap, comes back once the link returns, and every event it produced arrives exactly once. Only
// namespaces the test made are touched.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { NetLab } from './helpers/netns.js';
import { AGENT_BIN, COLLECTOR_BIN, FAST_AGENT_ENV, Proc, runNode, waitFor } from './helpers/vigil.js';

const PORT = 8080;
const PARTITION_S = Number(process.env.VIGIL_FAULT_PARTITION_S ?? 30);
const BACKOFF_MAX_MS = 4000;

let lab: NetLab;
let dir: string;
let dataDir: string;
let stateDir: string;
let agentId: string;
let agent: Proc;

function stored(): { n: number; distinct: number; maxSeq: number } {
  const db = new Database(join(dataDir, 'events.db'), { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT seq) AS "distinct", COALESCE(MAX(seq), 0) AS maxSeq FROM events WHERE agent_id = ?')
      .get(agentId) as {
      n: number;
      distinct: number;
      maxSeq: number;
    };
  } finally {
    db.close();
  }
}

/** The agent's status.json (it runs in its namespace, so not through the Agent helper). */
function status(): { link: { state: string }; spool: { lastSeq: number } } | undefined {
  try {
    return JSON.parse(readFileSync(join(stateDir, 'status.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  lab = await NetLab.create('pt', ['collector', 'agent']);
  dir = mkdtempSync(join(tmpdir(), `vigil-partition-${process.pid}-`));
  dataDir = join(dir, 'data');
  stateDir = join(dir, 'agent');
  expect((await runNode(COLLECTOR_BIN, ['init', '--data', dataDir])).code).toBe(0);
  const collector = new Proc(
    lab.spawn('collector', [process.execPath, COLLECTOR_BIN, 'serve', '--data', dataDir, '--host', '0.0.0.0', '--port', String(PORT)], {
      env: { ...process.env, VIGIL_COLLECTOR_LISTEN__ALLOW_PLAINTEXT_OFF_LOOPBACK: 'true', VIGIL_COLLECTOR_LOG_LEVEL: 'warn' },
    }),
  );
  await waitFor('collector to listen', () => {
    if (!collector.alive) throw new Error(collector.stderr);
    return /agent endpoint/.test(collector.stdout);
  });
  const token = (await runNode(COLLECTOR_BIN, ['token', 'create', '--data', dataDir])).stdout.trim();
  const url = `ws://${lab.host('collector').ipv4}:${PORT}/agent`;
  const enroll = await lab.exec('agent', [process.execPath, AGENT_BIN, 'enroll', '--state', stateDir, '--collector', url, '--token', token, '--insecure']);
  expect(enroll.code, enroll.stderr).toBe(0);
  agentId = /agent id (\S+)/.exec(enroll.stdout)![1]!;
  agent = new Proc(
    lab.spawn('agent', [process.execPath, AGENT_BIN, 'run', '--state', stateDir, '--no-sensors', '--synthetic-rate', '200', '--insecure'], {
      env: {
        ...process.env,
        ...FAST_AGENT_ENV,
        VIGIL_AGENT_LOG_LEVEL: 'info',
        VIGIL_AGENT_LINK__BACKOFF_BASE_MS: '250',
        VIGIL_AGENT_LINK__BACKOFF_MAX_MS: String(BACKOFF_MAX_MS),
        VIGIL_AGENT_LINK__PING_INTERVAL_MS: '1000',
        VIGIL_AGENT_LINK__PONG_TIMEOUT_MS: '2000',
      },
    }),
  );
  await waitFor('events streaming', () => stored().n > 200, 30_000);
});

afterAll(async () => {
  await agent?.kill9();
  await lab?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('network partition between agent and collector', () => {
  it(`spools through ${PARTITION_S} s cut off, retries within the cap with jitter, and delivers every event once`, async () => {
    const before = stored().n;
    await lab.link('agent', false);
    try {
      await waitFor('the agent to notice', () => (status()?.link.state !== 'online' ? true : undefined), 30_000, 100);
      await new Promise((r) => setTimeout(r, PARTITION_S * 1000));
      expect(stored().n - before).toBeLessThan(200 * PARTITION_S); // the partition held: not all of it arrived
    } finally {
      await lab.link('agent', true);
    }
    const writtenMeanwhile = status()!.spool.lastSeq;
    await waitFor('online again', () => (status()?.link.state === 'online' ? true : undefined), 60_000, 100);
    await waitFor('everything written during the partition stored', () => (stored().maxSeq >= writtenMeanwhile ? true : undefined), 60_000, 200);
    const s = stored();
    // each sequence once, none missing up to what the agent had written
    expect(s.n).toBe(s.distinct);
    expect(s.distinct).toBe(s.maxSeq);

    const delays = agent.stderr
      .split('\n')
      .filter((l) => l.includes('collector connection closed'))
      .map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    expect(delays.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...delays)).toBeLessThan(BACKOFF_MAX_MS);
    expect(new Set(delays).size).toBeGreaterThan(delays.length / 2); // jittered, not in lockstep
  });
});
