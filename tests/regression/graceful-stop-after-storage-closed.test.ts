// Issue 18 ("Restart and shutdown"): a graceful stop logged "gateway hook failed: The database connection is
// not open" once per connected agent, because the agents' disconnects were handled after storage had closed.
// A collector with connected agents stops on SIGTERM without any error in its log, and exits 0.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Collector, Workspace, waitFor } from '../helpers/vigil.js';

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('graceful stop with agents connected', () => {
  it('closes storage after the last reaction to the agents going, and logs no error', async () => {
    const agents = await Promise.all(['stop-a', 'stop-b', 'stop-c'].map((n) => Agent.enroll(ws, collector, n)));
    for (const a of agents) a.start(['--synthetic-rate', '50']);
    await waitFor('agents online', async () => (await collector.health()).agentsOnline === agents.length, 30_000);
    await waitFor('events stored', () => agents.every((a) => collector.count(a.agentId) > 0), 30_000);
    const proc = collector.proc!;
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const errors = proc.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string; err?: { message?: string } })
      .filter((r) => r.level >= 50);
    expect(errors).toEqual([]);
    expect(proc.stderr).not.toContain('database connection is not open');
    for (const a of agents) await a.proc?.stop();
  });
});
