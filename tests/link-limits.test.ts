// The collector protects itself: a silent agent is marked offline and cut off after the configured
// silence, enrollments and connections beyond their per-second caps are refused, and a connection that
// never authenticates is closed at the deadline; a live agent (pinging) stays online throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Agent, Collector, Workspace, waitFor } from './helpers/vigil.js';
import { WireClient } from './helpers/wire-client.js';

let ws: Workspace;
let collector: Collector;
let live: Agent;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, {
    VIGIL_COLLECTOR_GATEWAY__OFFLINE_AFTER_MS: '1500',
    VIGIL_COLLECTOR_GATEWAY__AUTH_TIMEOUT_MS: '1000',
    VIGIL_COLLECTOR_GATEWAY__ENROLLMENTS_PER_SECOND: '2',
    VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND: '20',
  });
  live = await Agent.enroll(ws, collector, 'live', { VIGIL_AGENT_LINK__PING_INTERVAL_MS: '300' });
  live.start([]);
  await waitFor('live agent online', () => live.status()?.link.state === 'online', 20_000);
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('collector self-protection', () => {
  it('marks a silent agent offline and closes it, while a pinging agent stays online', async () => {
    const token = await collector.token(); // before connecting: the auth deadline here is 1 s
    const c = await WireClient.connect(collector.agentUrl);
    const r = await c.enroll(token);
    if ('refused' in r) throw new Error(r.refused);
    const closed = await c.closed;
    expect(closed).toEqual({ code: 4003, reason: 'VIGIL_ERR_GATEWAY_OFFLINE' });
    expect(live.status()!.link.state).toBe('online');
    expect(live.status()!.link.connects).toBe(1);
    const health = (await collector.health()) as unknown as { agentsOnline: number };
    expect(health.agentsOnline).toBe(1);
  });

  it('closes a connection that does not authenticate before the deadline', async () => {
    const c = await WireClient.connect(collector.agentUrl);
    expect(await c.closed).toEqual({ code: 4408, reason: 'VIGIL_ERR_GATEWAY_AUTH_TIMEOUT' });
  });

  it('refuses enrollments beyond the per-second cap', async () => {
    await new Promise((r) => setTimeout(r, 1100)); // let the bucket refill
    const results = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const c = await WireClient.connect(collector.agentUrl);
        const r = await c.enroll('vgt_anything');
        c.close();
        return 'refused' in r ? r.refused : 'welcome';
      }),
    );
    expect(results.filter((r) => r === 'VIGIL_ERR_GATEWAY_RATE_LIMITED').length).toBeGreaterThanOrEqual(3);
    expect(results).not.toContain('welcome');
  });

  it('answers connections beyond the per-second cap with HTTP 429 at the upgrade', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    const statuses = await Promise.all(
      Array.from(
        { length: 100 },
        () =>
          new Promise<number>((resolve) => {
            const s = new WebSocket(collector.agentUrl);
            s.on('open', () => {
              s.terminate();
              resolve(101);
            });
            s.on('unexpected-response', (_req, res) => {
              resolve(res.statusCode ?? 0);
              s.terminate();
            });
            s.on('error', () => resolve(-1));
          }),
      ),
    );
    // 100 attempts against a bucket of 20 (+20/s): most are refused even on a slow, loaded machine.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40);
    expect(statuses.filter((s) => s === 101).length).toBeGreaterThanOrEqual(1);
    expect(live.status()!.link.connects).toBe(1);
  });
});
