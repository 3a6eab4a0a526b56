// Impostors deliver nothing: clients without a key, with a wrong key, replaying an old hello, or
// speaking for another agent are refused by a real collector, while a real agent keeps streaming.
// Enrollment tokens expire, run out, and are stored only as hashes; cloned machine ids are flagged; an
// inventory over the stored bound is refused without spending the token.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEd25519 } from '@vigil/crypto';
import { Agent, AGENT_BIN, Collector, Workspace, runNode, waitFor } from './helpers/vigil.js';
import { WireClient, eventsFor } from './helpers/wire-client.js';
import { hashToken } from '../collector/src/hosts/tokens.js';

let ws: Workspace;
let collector: Collector;
let streamer: Agent;
let victim: { agentId: string; privateKeyPem: string };
const MARK = `intruder-${process.pid}`;

function intruderEventsStored(): number {
  let n = 0;
  for (const id of [streamer.agentId, victim.agentId]) n += collector.events(id).filter((e) => e.event.log?.raw?.startsWith(MARK)).length;
  return n;
}

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
  streamer = await Agent.enroll(ws, collector, 'streamer');
  streamer.start(['--synthetic-rate', '200']);
  await waitFor('streamer online', () => streamer.status()?.link.state === 'online', 20_000);
  const token = await collector.token(); // before connecting: the auth deadline runs from the challenge
  const c = await WireClient.connect(collector.agentUrl);
  const r = await c.enroll(token);
  if ('refused' in r) throw new Error(`victim enrollment refused: ${r.refused}`);
  victim = r;
  c.close();
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('authentication', () => {
  it('refuses a client with no key: events before hello close the connection', async () => {
    const c = await WireClient.connect(collector.agentUrl);
    c.send({ batch: { events: eventsFor(streamer.agentId, 1_000_000, 1_000_009, MARK) } });
    const closed = await c.closed;
    expect(closed).toEqual({ code: 4402, reason: 'VIGIL_ERR_GATEWAY_PROTOCOL' });
    expect((await c.next('refusal')).refusal!.code).toBe('VIGIL_ERR_GATEWAY_PROTOCOL');
    expect(c.messages.some((m) => m.welcome)).toBe(false);
  });

  it('refuses a hello without a valid signature, even with events pipelined behind it', async () => {
    const c = await WireClient.connect(collector.agentUrl);
    c.send({ hello: { agentId: streamer.agentId, signature: new Uint8Array(64) } });
    c.send({ batch: { events: eventsFor(streamer.agentId, 1_000_000, 1_000_009, MARK) } });
    expect(await c.closed).toEqual({ code: 4401, reason: 'VIGIL_ERR_GATEWAY_AUTH_FAILED' });
  });

  it('refuses a wrong key: a correct signature by a key the collector never enrolled', async () => {
    const other = generateEd25519();
    const c = await WireClient.connect(collector.agentUrl);
    c.send(c.helloMessage(streamer.agentId, other.privateKeyPem));
    c.send({ batch: { events: eventsFor(streamer.agentId, 1_000_000, 1_000_009, MARK) } });
    expect(await c.closed).toEqual({ code: 4401, reason: 'VIGIL_ERR_GATEWAY_AUTH_FAILED' });
    expect(c.messages.some((m) => m.welcome)).toBe(false);
  });

  it('refuses a replayed hello: a signature over an earlier nonce is worthless', async () => {
    const first = await WireClient.connect(collector.agentUrl);
    const recorded = first.helloMessage(victim.agentId, victim.privateKeyPem);
    first.send(recorded);
    expect((await first.next('welcome')).welcome!.agentId).toBe(victim.agentId);
    first.close();
    await first.closed;
    const replay = await WireClient.connect(collector.agentUrl);
    expect(Buffer.from(replay.nonce).equals(Buffer.from(first.nonce))).toBe(false);
    replay.send(recorded);
    replay.send({ batch: { events: eventsFor(victim.agentId, 1_000_000, 1_000_009, MARK) } });
    expect(await replay.closed).toEqual({ code: 4401, reason: 'VIGIL_ERR_GATEWAY_AUTH_FAILED' });
  });

  it("refuses events carrying another agent's id on an authenticated connection", async () => {
    const c = await WireClient.connect(collector.agentUrl);
    c.send(c.helloMessage(victim.agentId, victim.privateKeyPem));
    await c.next('welcome');
    c.send({ batch: { events: eventsFor(streamer.agentId, 1_000_000, 1_000_009, MARK) } });
    expect(await c.closed).toEqual({ code: 4403, reason: 'VIGIL_ERR_GATEWAY_AGENT_MISMATCH' });
    // One foreign event hidden in an otherwise valid batch is enough to refuse the whole batch.
    const d = await WireClient.connect(collector.agentUrl);
    d.send(d.helloMessage(victim.agentId, victim.privateKeyPem));
    await d.next('welcome');
    const mixed = [...eventsFor(victim.agentId, 500_000, 500_004, MARK), ...eventsFor(streamer.agentId, 500_005, 500_005, MARK)];
    d.send({ batch: { events: mixed } });
    expect((await d.closed).code).toBe(4403);
  });

  it('stored not a single intruder event, and the real agent streamed on without a reconnect', async () => {
    const before = collector.count(streamer.agentId);
    await waitFor('streamer still delivering', () => collector.count(streamer.agentId) > before + 50, 20_000);
    expect(intruderEventsStored()).toBe(0);
    expect(streamer.status()!.link.state).toBe('online');
    expect(streamer.status()!.link.connects).toBe(1);
    const h = await collector.health();
    expect(h.gateway.refusals.VIGIL_ERR_GATEWAY_AUTH_FAILED).toBeGreaterThanOrEqual(3);
  });
});

describe('exactly once on the wire', () => {
  it('ignores sequences the collector already holds when a client resends them', async () => {
    const marker = `dedupe-${process.pid}`;
    const a = await WireClient.connect(collector.agentUrl);
    a.send(a.helloMessage(victim.agentId, victim.privateKeyPem));
    const acked0 = Number((await a.next('welcome')).welcome!.ackedSeq);
    a.send({ batch: { events: eventsFor(victim.agentId, acked0 + 1, acked0 + 10, marker) } });
    expect(Number((await a.next('ack')).ack!.seq)).toBe(acked0 + 10);
    a.close();
    await a.closed;
    const dupBefore = (await collector.health()).ingest.duplicates;
    const b = await WireClient.connect(collector.agentUrl);
    b.send(b.helloMessage(victim.agentId, victim.privateKeyPem));
    expect(Number((await b.next('welcome')).welcome!.ackedSeq)).toBe(acked0 + 10);
    b.send({ batch: { events: eventsFor(victim.agentId, acked0 + 1, acked0 + 20, marker) } });
    expect(Number((await b.next('ack')).ack!.seq)).toBe(acked0 + 20);
    b.close();
    const stored = collector.events(victim.agentId).filter((e) => e.event.log?.raw?.startsWith(marker));
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => acked0 + 1 + i));
    expect((await collector.health()).ingest.duplicates - dupBefore).toBe(10);
  });
});

describe('enrollment tokens', () => {
  const enrollCli = (name: string, token: string) =>
    runNode(AGENT_BIN, ['enroll', '--state', ws.path(name), '--collector', collector.agentUrl, '--token', token]);

  it('refuses an expired token', async () => {
    const token = await collector.token(['--ttl', '1s']);
    await new Promise((r) => setTimeout(r, 1200));
    const r = await enrollCli('expired', token);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('VIGIL_ERR_ENROLL_TOKEN_EXPIRED');
  });

  it('refuses a used-up token after its last use', async () => {
    const token = await collector.token(['--uses', '2']);
    expect((await enrollCli('use1', token)).code).toBe(0);
    expect((await enrollCli('use2', token)).code).toBe(0);
    const third = await enrollCli('use3', token);
    expect(third.code).toBe(1);
    expect(third.stderr).toContain('VIGIL_ERR_ENROLL_TOKEN_USED_UP');
  });

  it('refuses an unknown token and keeps only hashes of real ones', async () => {
    const r = await enrollCli('unknown', 'vgt_not-a-token');
    expect(r.stderr).toContain('VIGIL_ERR_ENROLL_TOKEN_UNKNOWN');
    const token = await collector.token();
    // the token table holds its hash; no file of the data folder holds the token
    expect(collector.state().tokens.map((t) => t.hash)).toContain(hashToken(token));
    for (const name of ['events.db', 'events.db-wal', 'state.json']) {
      const file = join(collector.dataDir, name);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      expect(bytes.includes(token), name).toBe(false);
      expect(bytes.includes(token.slice(4, 30)), name).toBe(false);
    }
  });

  it('flags a second agent that shows a known machine id with a different key (a cloned VM)', async () => {
    const machineId = `clone-${process.pid}`;
    const [t1, t2] = [await collector.token(), await collector.token()];
    const first = await WireClient.connect(collector.agentUrl);
    const a = await first.enroll(t1, { hostname: 'vm-a', machineId });
    const second = await WireClient.connect(collector.agentUrl);
    const b = await second.enroll(t2, { hostname: 'vm-a-copy', machineId });
    if ('refused' in a || 'refused' in b) throw new Error('clone enrollment refused');
    const agents = collector.state().agents;
    expect(agents.find((x) => x.id === a.agentId)!.cloneOf).toBeUndefined();
    expect(agents.find((x) => x.id === b.agentId)!.cloneOf).toBe(a.agentId);
    expect(a.agentId).not.toBe(b.agentId);
    first.close();
    second.close();
  });

  it('refuses an enrollment whose inventory exceeds agents.maxInventoryBytes, keeping the token for a retry', async () => {
    const token = await collector.token();
    // 2,000 unit names of 200 bytes: within the per-string and per-list limits, over the 256 KiB stored bound
    const services = Array.from({ length: 2000 }, (_, i) => `${String(i).padStart(4, '0')}-${'u'.repeat(195)}.service`);
    const big = await WireClient.connect(collector.agentUrl);
    const refused = await big.enroll(token, { hostname: 'too-big', machineId: `big-${process.pid}`, services });
    expect(refused).toEqual({ refused: 'VIGIL_ERR_GATEWAY_LIMIT' });
    expect(collector.state().agents.find((a) => a.hostname === 'too-big')).toBeUndefined();
    big.close();
    const retry = await WireClient.connect(collector.agentUrl);
    const ok = await retry.enroll(token, { hostname: 'small-enough', machineId: `big-${process.pid}`, services: services.slice(0, 10) });
    if ('refused' in ok) throw new Error(`retry refused: ${ok.refused}`);
    expect(collector.state().agents.find((a) => a.id === ok.agentId)?.inventory?.services).toEqual(services.slice(0, 10));
    retry.close();
  });

  it('flags one identity presented live by two hosts (cloned agent state), not a restart of the same host', async () => {
    const conflict = () => collector.state().agents.find((x) => x.id === victim.agentId)!.identityConflictAtMs;
    const bootA = Date.now() - 3_600_000;
    const a1 = await WireClient.connect(collector.agentUrl);
    a1.send(a1.helloMessage(victim.agentId, victim.privateKeyPem, a1.nonce, bootA));
    await a1.next('welcome');
    const a2 = await WireClient.connect(collector.agentUrl); // the same host reconnecting
    a2.send(a2.helloMessage(victim.agentId, victim.privateKeyPem, a2.nonce, bootA + 40));
    await a2.next('welcome');
    expect(await a1.closed).toEqual({ code: 4002, reason: 'VIGIL_ERR_GATEWAY_REPLACED' });
    expect(conflict()).toBeUndefined();
    const b = await WireClient.connect(collector.agentUrl); // a copy of the VM, booted later
    b.send(b.helloMessage(victim.agentId, victim.privateKeyPem, b.nonce, bootA + 600_000));
    await b.next('welcome');
    expect((await a2.closed).code).toBe(4002);
    expect(conflict()).toBeGreaterThan(0);
    b.close();
  });

  it('stores the agent identity in a 0700 directory with 0600 files', async () => {
    const { statSync, readdirSync } = await import('node:fs');
    expect(statSync(streamer.stateDir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(streamer.stateDir)) {
      const st = statSync(join(streamer.stateDir, f));
      expect(st.mode & 0o777, f).toBe(st.isDirectory() ? 0o700 : 0o600);
    }
  });
});
