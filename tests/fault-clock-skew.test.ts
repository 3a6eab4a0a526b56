// Fault injection (issue 14): agents whose clocks are 10 minutes ahead of and behind the collector's (the
// agent process runs under libfaketime; the machine's clock is never touched). Signed commands carry the
// collector's issued and expiry times: the agents still run them within their window, and the events keep the
// time the agent stamped, beside the collector's receive time.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@vigil/logger';
import { Agent, Collector, Workspace, waitFor } from './helpers/vigil.js';
import { readCollectorDb } from './helpers/sim.js';
import { openDatabase } from '../collector/dist/store/db.js';
import { SqliteCommandStore, commandsMigration } from '../collector/dist/commands/store.js';
import { CommandService } from '../collector/dist/commands/service.js';
import { loadCollectorConfig } from '../collector/dist/config.js';
import { dataPaths, loadCommandKey } from '../collector/dist/datadir.js';

const TEN_MINUTES = 600_000;

/** libfaketime's preload library (Debian: package faketime, under the architecture's lib folder). */
function libfaketime(): string {
  for (const d of readdirSync('/usr/lib')) {
    const p = join('/usr/lib', d, 'faketime', 'libfaketime.so.1');
    if (existsSync(p)) return p;
  }
  throw new Error('libfaketime.so.1 not found: apt-get install faketime (scripts/os-deps.sh installs it)');
}

/** An agent process whose wall clock runs `offset` ('+10m', '-10m') from the machine's; its timers are real. */
const skewed = (offset: string): Record<string, string> => ({ LD_PRELOAD: libfaketime(), FAKETIME: offset, FAKETIME_DONT_FAKE_MONOTONIC: '1' });

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_COLLECTOR_COMMANDS__SWEEP_INTERVAL_MS: '200' });
});
afterAll(async () => {
  await ws?.cleanup();
});

function issue(agentId: string, ttlMs: number): string {
  const paths = dataPaths(collector.dataDir);
  const db = openDatabase({ path: paths.eventsDb, migrations: [commandsMigration] });
  try {
    const service = new CommandService({
      store: new SqliteCommandStore(db),
      privateKey: loadCommandKey(paths).privateKey,
      send: () => false, // the collector process holds the connection; its sweep delivers
      audit: { write: () => undefined },
      logger: silentLogger(),
      options: loadCollectorConfig().commands,
    });
    return service.issue({ agentId, action: 'isolate', params: {}, operator: 'fault-test', ttlMs }).id;
  } finally {
    db.close();
  }
}

describe('agent clock skew of ten minutes', () => {
  it.each([
    // ahead: a five-minute command would look expired on arrival by the agent's own clock
    ['+10m', 5 * 60_000, TEN_MINUTES],
    // behind: an hour's command would look issued ten minutes in the future, past maxClockSkewMs (5 min)
    ['-10m', 3_600_000, -TEN_MINUTES],
  ])('agent at %s: a %i ms command runs, and events keep the agent time beside the receive time', async (offset, ttlMs, skewMs) => {
    const agent = await Agent.enroll(ws, collector, `agent-skew${offset}`, skewed(offset));
    agent.start(['--synthetic-rate', '20']);
    await waitFor('agent online', () => agent.status()?.link.state === 'online', 30_000);
    const status = agent.status() as unknown as { link: { clockOffsetMs: number } };
    expect(Math.abs(status.link.clockOffsetMs + skewMs)).toBeLessThan(60_000);

    const id = issue(agent.agentId, ttlMs);
    const done = await waitFor(
      'command answered',
      () => {
        const row = readCollectorDb(collector, (db) => db.prepare('SELECT status, error_code AS errorCode, message FROM commands WHERE id = ?').get(id)) as {
          status: string;
          errorCode: string | null;
          message: string | null;
        };
        return ['pending', 'delivered', 'running'].includes(row.status) ? undefined : row;
      },
      30_000,
      100,
    );
    expect(done).toMatchObject({ status: 'succeeded', errorCode: null });

    await waitFor('events stored', () => collector.count(agent.agentId) >= 20, 30_000);
    const skews = readCollectorDb(collector, (db) =>
      db.prepare('SELECT CAST(time_ns / 1000000 AS INTEGER) - received_ms AS d FROM events WHERE agent_id = ?').pluck().all(agent.agentId),
    ) as number[];
    // as sent: the agent's clock, ten minutes off the collector's receive time (less the few ms in flight)
    for (const d of skews) expect(Math.abs(d - skewMs)).toBeLessThan(60_000);
    await agent.proc!.stop();
  });
});
