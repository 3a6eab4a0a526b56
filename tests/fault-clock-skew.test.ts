// Fault injection (issue 14): agents whose clocks are 10 minutes ahead of and behind the collector's (the
// agent process runs under libfaketime; the machine's clock is never touched). Signed commands carry the
// collector's issued and expiry times: the agents still run them within their window, and the events keep the
// time the agent stamped, beside the collector's receive time.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Collector, Workspace, waitFor } from './helpers/vigil.js';
import { readCollectorDb } from './helpers/sim.js';
import { commandStates, ended, issueCommands } from './helpers/collector-commands.js';

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

    const [id] = issueCommands(collector, [{ agentId: agent.agentId, action: 'isolate', ttlMs }]);
    const done = await waitFor(
      'command answered',
      () => {
        const c = commandStates(collector, [id!])[0]!;
        return ended(c) ? c : undefined;
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
