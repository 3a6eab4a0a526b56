// Issue 13 item 1: one event forged with an agent's key and seq = 2^53 - 1 was acked, returned as
// Welcome.acked_seq, adopted by the agent's spool, and froze its sequence (x + 1 === x) for good, also
// after a restart, while the host still showed online. Here the real agent keeps delivering after the
// forgery, also after a restart; the collector refuses the leap, and flags an agent that stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Collector, Workspace, syntheticMarks, waitFor } from '../helpers/vigil.js';
import { WireClient, eventsFor } from '../helpers/wire-client.js';
import { Operator } from '../helpers/operator.js';

const PASSWORD = `Forged-seq-${process.pid}-lantern-orbit`;
let ws: Workspace;
let collector: Collector;
let agent: Agent;
let admin: Operator;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD, VIGIL_COLLECTOR_GATEWAY__STALLED_AFTER_MS: '500' });
  admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
  agent = await Agent.enroll(ws, collector, 'agent-forged');
});
afterAll(async () => {
  await ws?.cleanup();
});

const heldSeq = () => Math.max(0, ...collector.events(agent.agentId).map((e) => e.seq));
/** Highest sequence of the agent's own (not forged) events. */
const ownSeq = () =>
  Math.max(
    0,
    ...collector
      .events(agent.agentId)
      .filter((e) => !(e.event.log?.raw ?? '').startsWith('forged'))
      .map((e) => e.seq),
  );
const marksOf = (run: number) =>
  syntheticMarks(collector.events(agent.agentId))
    .filter((m) => m.run === run)
    .map((m) => m.n);

/** Connects with the agent's key and sends one batch of `seq`; retries when the real agent takes the connection back first. */
async function forge(seq: number): Promise<{ acked?: number; refused?: string }> {
  for (;;) {
    const wire = await WireClient.connect(collector.agentUrl);
    // The forger claims to have written what it sends (a hello naming less would only rewind the collector).
    const hello = wire.helloMessage(agent.agentId, agent.privateKeyPem());
    wire.send({ hello: { ...hello.hello, lastSeq: seq } });
    await wire.next('welcome');
    wire.send({ batch: { events: eventsFor(agent.agentId, seq, seq, 'forged') } });
    const answer = await Promise.race([wire.next('ack'), wire.next('refusal')]);
    wire.close();
    await wire.closed;
    if (answer.ack) return { acked: Number(answer.ack.seq) };
    if (answer.refusal?.code !== 'VIGIL_ERR_GATEWAY_REPLACED') return { refused: answer.refusal?.code ?? '' };
  }
}

describe('a forged sequence near 2^53 does not blind an agent', () => {
  it('the running agent keeps delivering after forged sequences, also after a restart', async () => {
    const run1 = agent.start(['--synthetic-rate', '400']);
    const pid1 = run1.child.pid!;
    await waitFor('first events stored', () => marksOf(pid1).length >= 200, 30_000);

    // A forged event inside the window is stored (the key is valid); one at 2^53 - 1 is refused outright.
    const near = heldSeq() + 5_000_000;
    expect(await forge(near)).toEqual({ acked: near });
    expect(await forge(2 ** 53 - 1)).toEqual({ refused: 'VIGIL_ERR_GATEWAY_SEQUENCE' });
    expect(collector.events(agent.agentId).some((e) => e.seq === 2 ** 53 - 1)).toBe(false);

    // The real agent reconnects: its hello names what it wrote, the collector rewinds below the forgery.
    const before = marksOf(pid1).length;
    await waitFor('real agent stores again after the forgery', () => marksOf(pid1).length >= before + 400, 60_000);
    const summary = await waitFor('sequence conflict on the host', async () => {
      const r = await admin.call('GET', `/agents/${agent.agentId}`);
      return r.body?.sequenceConflict?.heldSeq === near ? r.body : undefined;
    });
    expect(summary.sequenceConflict.heldSeq).toBe(near);
    expect(summary.status).toBe('online');
    const status = agent.status() as unknown as { link: { sequenceConflict?: unknown }; spool: { lastSeq: number } };
    expect(status.spool.lastSeq).toBeLessThan(near);

    // After a restart the same spool goes on numbering from what it wrote, and everything arrives once.
    await run1.stop();
    const run2 = agent.start(['--synthetic-rate', '1000', '--synthetic-count', '600']);
    const pid2 = run2.child.pid!;
    await waitFor('second run stored', () => marksOf(pid2).length >= 600, 60_000);
    await waitFor('agent fully acked', () => agent.status()?.spool.unackedEvents === 0, 30_000);
    for (const pid of [pid1, pid2]) {
      const ns = marksOf(pid);
      expect(ns).toEqual(Array.from({ length: ns.length }, (_, i) => i + 1));
    }
    const own = collector.events(agent.agentId).filter((e) => !(e.event.log?.raw ?? '').startsWith('forged'));
    expect(own.map((e) => e.seq)).toEqual(Array.from({ length: own.length }, (_, i) => i + 1));
    await run2.stop();
  });

  it('flags a connected agent that reports events it wrote but stores none, on the fleet row', async () => {
    const held = ownSeq();
    const wire = await WireClient.connect(collector.agentUrl);
    const hello = wire.helloMessage(agent.agentId, agent.privateKeyPem());
    wire.send({ hello: { ...hello.hello, lastSeq: held + 20 } });
    await wire.next('welcome');
    const flagged = await waitFor('host flagged not storing', async () => {
      const r = await admin.call('GET', '/agents?limit=1000');
      const row = r.body.items.find((a: { id: string }) => a.id === agent.agentId);
      return row?.delivery?.stalled ? row : undefined;
    });
    expect(flagged.status).toBe('online');
    expect(flagged.delivery).toMatchObject({ agentSeq: held + 20, heldSeq: held });
    wire.send({ batch: { events: eventsFor(agent.agentId, held + 1, held + 20, 'late') } });
    await wire.next('ack');
    await waitFor('flag cleared once stored', async () => (await admin.call('GET', `/agents/${agent.agentId}`)).body.delivery?.stalled === false);
    wire.close();
  });
});
