// Overload is a slowdown, not a collapse: 100 simulated agents offer more events than a collector configured
// to commit slowly (100 ms group-commit delay, windows of at most 5 unacked events, a 1,000-event queue that
// pauses socket reads when full) can take. No agent is disconnected or refused, the backlog waits in the agents'
// spools, and once the load stops every event is acknowledged and stored exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Collector, Workspace, waitFor } from './helpers/vigil.js';
import { SimRun, fleetEnv } from './helpers/sim.js';

const AGENTS = 100;
/** Capacity is at most 5 events per agent per commit (>= 100 ms): 50 events/s per agent, below the 100 offered. */
const SLOW_INGEST = {
  VIGIL_COLLECTOR_INGEST__MAX_WINDOW_EVENTS: '5',
  VIGIL_COLLECTOR_INGEST__MIN_WINDOW_EVENTS: '1',
  VIGIL_COLLECTOR_INGEST__COMMIT_DELAY_MS: '100',
  VIGIL_COLLECTOR_INGEST__MAX_QUEUED_EVENTS: '1000',
  VIGIL_COLLECTOR_INGEST__PAUSE_AT_QUEUED_EVENTS: '1000',
};

let ws: Workspace;
let collector: Collector;
let sim: SimRun;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { ...fleetEnv(AGENTS), ...SLOW_INGEST });
  // 20 s at 1 event/s per agent to enroll, then 10 s at 100 per agent: twice what the collector can take.
  sim = await SimRun.start(ws, collector, AGENTS, ['--steps', '1:20,100:10', '--alert-every', '0', '--drain-ms', '600000']);
});

afterAll(async () => {
  await ws?.cleanup();
});

describe('fleet overload', () => {
  it('keeps every agent connected while the offered load exceeds capacity, and loses nothing once it stops', async () => {
    await waitFor('all simulated agents online', () => (sim.alive()?.online === AGENTS ? true : undefined), 120_000, 200);
    // The run ends by itself after its steps, then drains every spool before its final report.
    expect(await sim.proc.exited).toBe(0);
    const reports = sim.reports();
    const final = reports.at(-1)!;
    expect(final.sim).toBe('final');
    const backlog = Math.max(...reports.map((r) => r.sent - r.acked));
    expect(backlog).toBeGreaterThan(AGENTS * 100); // the excess waited in the spools
    expect(final.disconnects).toBe(0);
    expect(final.refusals).toEqual({});
    expect(final.acked).toBe(final.sent);
    expect(sim.expectStoredExactlyOnce(collector, AGENTS)).toBe(final.acked);
    const metrics = await (await fetch(`${collector.baseUrl}/metrics`)).text();
    expect(metrics).not.toMatch(/VIGIL_ERR_GATEWAY_BUSY/);
    expect(metrics).toMatch(/^vigil_ingest_window_events \d+$/m);
  });
});
