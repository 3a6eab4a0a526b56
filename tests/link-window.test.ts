// Credit-based flow control end to end: the collector grants each agent a window of unacked events in its
// welcome and every ack, the real agent never has more in flight (and still delivers everything exactly once),
// and a client that sends past the largest window the collector grants is refused, not buffered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Collector, Workspace, waitFor } from './helpers/vigil.js';
import { WireClient, eventsFor } from './helpers/wire-client.js';

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_COLLECTOR_INGEST__MAX_WINDOW_EVENTS: '40', VIGIL_COLLECTOR_INGEST__MIN_WINDOW_EVENTS: '10' });
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('flow control', () => {
  it('grants the window in the welcome and each ack, and the agent keeps to it while delivering everything', async () => {
    const agent = await Agent.enroll(ws, collector, 'windowed');
    const total = 3000;
    agent.start(['--synthetic-rate', '3000', '--synthetic-count', String(total)]);
    await waitFor(`all ${total} events stored`, () => (collector.count(agent.agentId) >= total ? true : undefined), 60_000);
    await waitFor('agent fully acked', () => (agent.status()?.spool.unackedEvents === 0 ? true : undefined), 20_000);
    const link = agent.status()!.link;
    expect(link.windowEvents).toBe(40);
    // batches were cut to the window: at least total / 40 of them
    expect(link.batchesSent).toBeGreaterThanOrEqual(total / 40);
    const seqs = collector.events(agent.agentId).map((e) => e.seq);
    expect(seqs).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    await agent.proc!.stop();
  });

  it('refuses a client holding more unacked events than the largest window', async () => {
    const c = await WireClient.connect(collector.agentUrl);
    const r = await c.enroll(await collector.token());
    if ('refused' in r) throw new Error(r.refused);
    expect((await c.next('welcome')).welcome!.windowEvents).toBe(40);
    c.send({ batch: { events: eventsFor(r.agentId, 1, 41, 'past-window') } });
    const refusal = await c.next('refusal');
    expect(refusal.refusal).toMatchObject({ code: 'VIGIL_ERR_GATEWAY_PROTOCOL' });
    expect(refusal.refusal!.message).toMatch(/more than 40 unacked events/);
    expect(collector.count(r.agentId)).toBe(0);
  });
});
