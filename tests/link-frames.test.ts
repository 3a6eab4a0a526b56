// Garbage in, one connection out: truncated, oversized, random, text and over-limit frames each close
// only the connection that sent them, with a coded reason and a counter, while a real agent streams on.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeAgentMessage } from '@vigil/proto';
import { Agent, Collector, Workspace, waitFor } from './helpers/vigil.js';
import { WireClient, eventsFor } from './helpers/wire-client.js';

let ws: Workspace;
let collector: Collector;
let streamer: Agent;
let victim: { agentId: string; privateKeyPem: string };
const MARK = `garbage-${process.pid}`;

const LIMITS = {
  VIGIL_COLLECTOR_GATEWAY__MAX_PAYLOAD_BYTES: String(64 * 1024),
  VIGIL_COLLECTOR_GATEWAY__MAX_STRING_BYTES: '1024',
  VIGIL_COLLECTOR_GATEWAY__MAX_BATCH_EVENTS: '100',
  // the random-frame storm below opens many connections at once
  VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND: '1000',
  VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND_PER_ADDRESS: '1000',
  VIGIL_COLLECTOR_GATEWAY__MAX_PENDING_PER_ADDRESS: '1000',
};

async function authed(): Promise<WireClient> {
  const c = await WireClient.connect(collector.agentUrl);
  c.send(c.helloMessage(victim.agentId, victim.privateKeyPem));
  await c.next('welcome');
  return c;
}

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, LIMITS);
  streamer = await Agent.enroll(ws, collector, 'streamer');
  streamer.start(['--synthetic-rate', '300']);
  await waitFor('streamer online', () => streamer.status()?.link.state === 'online', 20_000);
  const token = await collector.token(); // before connecting: the auth deadline runs from the challenge
  const c = await WireClient.connect(collector.agentUrl);
  const r = await c.enroll(token);
  if ('refused' in r) throw new Error(`enrollment refused: ${r.refused}`);
  victim = r;
  c.close();
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('malformed frames', () => {
  it('closes on a truncated frame, before and after authentication, and counts it', async () => {
    const before = (await collector.health()).gateway.malformedFrames;
    const c = await WireClient.connect(collector.agentUrl);
    const hello = encodeAgentMessage(c.helloMessage(victim.agentId, victim.privateKeyPem));
    c.sendRaw(hello.subarray(0, hello.length - 7));
    expect(await c.closed).toEqual({ code: 4400, reason: 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME' });
    const d = await authed();
    const batch = encodeAgentMessage({ batch: { events: eventsFor(victim.agentId, 900_000, 900_009, MARK) } });
    d.sendRaw(batch.subarray(0, Math.floor(batch.length / 2)));
    expect(await d.closed).toEqual({ code: 4400, reason: 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME' });
    expect((await collector.health()).gateway.malformedFrames).toBe(before + 2);
  });

  it('closes on a frame above maxPayload with 1009 and counts it', async () => {
    const c = await authed();
    c.sendRaw(randomBytes(64 * 1024 + 1));
    expect((await c.closed).code).toBe(1009);
    expect((await collector.health()).gateway.oversizedFrames).toBeGreaterThanOrEqual(1);
  });

  it('closes on text frames', async () => {
    const c = await WireClient.connect(collector.agentUrl);
    c.sendRaw('{"hello":{"agentId":"x"}}');
    expect(await c.closed).toEqual({ code: 4400, reason: 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME' });
  });

  it('closes every connection that sends random bytes; none is authenticated', async () => {
    const one = async (authedBefore: boolean) => {
      const c = authedBefore ? await authed() : await WireClient.connect(collector.agentUrl);
      c.sendRaw(randomBytes(1 + Math.floor(Math.random() * 4000)));
      const closed = await Promise.race([c.closed, new Promise<{ code: number }>((r) => setTimeout(() => r({ code: -1 }), 12_000))]);
      if (closed.code === -1) c.ws.terminate();
      return { closed: closed.code, authedBefore, welcomes: c.messages.filter((m) => m.welcome).length };
    };
    // Unauthenticated connections all at once; authenticated ones one after another (one agent id has
    // one live connection: a concurrent one would replace the previous, which is a different test).
    const codes = await Promise.all(Array.from({ length: 20 }, () => one(false)));
    for (let i = 0; i < 20; i++) codes.push(await one(true));
    for (const r of codes) {
      // A random frame that happens to decode as a valid message is refused by the state machine
      // (unauthenticated: 4401/4402/4410/4414; authenticated: 4402/4403/4409/4413); the rest are malformed (4400).
      // Either way the collector closes it: no random frame leaves a connection open (-1) or authenticates one.
      expect([4400, 4401, 4402, 4403, 4409, 4410, 4413, 4414, 4429]).toContain(r.closed);
      expect(r.welcomes).toBe(r.authedBefore ? 1 : 0);
    }
    expect(codes.filter((r) => r.closed === 4400).length).toBeGreaterThan(20);
  });

  it('closes on batches above the event, string and sequence limits', async () => {
    const big = await authed();
    big.send({ batch: { events: eventsFor(victim.agentId, 800_000, 800_100, MARK) } });
    expect(await big.closed).toEqual({ code: 4413, reason: 'VIGIL_ERR_GATEWAY_LIMIT' });
    const long = await authed();
    const ev = eventsFor(victim.agentId, 800_200, 800_200, MARK)[0]!;
    ev.log!.raw = `${MARK} ${'y'.repeat(2000)}`;
    long.send({ batch: { events: [ev] } });
    expect(await long.closed).toEqual({ code: 4413, reason: 'VIGIL_ERR_GATEWAY_LIMIT' });
    const order = await authed();
    order.send({ batch: { events: [...eventsFor(victim.agentId, 800_305, 800_305, MARK), ...eventsFor(victim.agentId, 800_301, 800_301, MARK)] } });
    expect(await order.closed).toEqual({ code: 4409, reason: 'VIGIL_ERR_GATEWAY_SEQUENCE' });
  });

  it('kept serving the real agent throughout and stored none of the garbage', async () => {
    const before = collector.count(streamer.agentId);
    await waitFor('streamer still delivering', () => collector.count(streamer.agentId) > before + 50, 20_000);
    expect(streamer.status()!.link.connects).toBe(1);
    expect(collector.events(victim.agentId).filter((e) => e.event.log?.raw?.startsWith(MARK))).toEqual([]);
    expect(collector.proc!.alive).toBe(true);
  });
});
