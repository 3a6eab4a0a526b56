// Nothing lost, nothing doubled: a real agent streams synthetic events through its real spool and link
// to a real collector; first the collector, then the agent is killed with SIGKILL mid-stream and restarted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Collector, Workspace, syntheticMarks, waitFor } from './helpers/vigil.js';

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
});
afterAll(async () => {
  await ws?.cleanup();
});

/** Every sequence 1..N exactly once, every synthetic (run, n) exactly once, and per run n is 1..max without holes. */
function expectExactlyOnce(agentId: string): { total: number; perRun: Map<number, number> } {
  const events = collector.events(agentId);
  const seqs = events.map((e) => e.seq);
  expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  expect(new Set(events.map((e) => e.event.id)).size).toBe(events.length);
  const marks = syntheticMarks(events);
  const perRun = new Map<number, number[]>();
  for (const m of marks) perRun.set(m.run, [...(perRun.get(m.run) ?? []), m.n]);
  const maxes = new Map<number, number>();
  for (const [run, ns] of perRun) {
    expect(ns).toEqual(Array.from({ length: ns.length }, (_, i) => i + 1));
    maxes.set(run, ns.length);
  }
  return { total: events.length, perRun: maxes };
}

describe('delivery across crashes', () => {
  it('every event arrives exactly once when the collector is killed with SIGKILL mid-stream and restarted', async () => {
    const agent = await Agent.enroll(ws, collector, 'agent-c');
    const total = 8000;
    agent.start(['--synthetic-rate', '2000', '--synthetic-count', String(total)]);
    await waitFor('first events stored', () => collector.count(agent.agentId) >= 1500, 30_000);
    await collector.proc!.kill9();
    const atKill = collector.count(agent.agentId);
    expect(atKill).toBeLessThan(total); // the kill really happened mid-stream
    // The agent notices and keeps spooling while the collector is down (status.json is a snapshot: on a busy
    // machine one can show new events before the link has handled the close, so wait for both).
    await waitFor(
      'agent offline and spooling while collector is down',
      () => {
        const st = agent.status();
        return st !== undefined && st.link.state !== 'online' && st.spool.lastSeq >= atKill + 500;
      },
      20_000,
    );
    await collector.start();
    await waitFor(`all ${total} events stored`, () => collector.count(agent.agentId) >= total, 60_000);
    await waitFor('agent fully acked', () => agent.status()?.spool.unackedEvents === 0, 20_000);
    const { total: stored, perRun } = expectExactlyOnce(agent.agentId);
    expect(stored).toBe(total);
    expect([...perRun.values()]).toEqual([total]);
    expect(agent.status()!.link.connects).toBeGreaterThanOrEqual(2);
    await agent.proc!.stop();
  });

  it('every event arrives exactly once when the agent is killed with SIGKILL mid-stream and restarted', async () => {
    // A slow-acking window: many events are sent but unacked when the agent dies, so the restart must resend them.
    const agent = await Agent.enroll(ws, collector, 'agent-a', { VIGIL_AGENT_LINK__BATCH_MAX_EVENTS: '200' });
    const first = agent.start(['--synthetic-rate', '3000']);
    await waitFor('first events stored', () => collector.count(agent.agentId) >= 2000, 30_000);
    // Freeze the collector so batches pile up unacked in its socket, kill the agent, then let the collector
    // store what it received: the restarted agent never saw those acks and must still end with each event
    // stored once (it skips what Welcome.acked_seq covers and resends the rest).
    const sentBeforeFreeze = first.alive ? agent.status()!.link.sentSeq : 0;
    collector.proc!.child.kill('SIGSTOP');
    try {
      await waitFor('agent sending while the collector is frozen', () => (agent.status()?.link.sentSeq ?? 0) > sentBeforeFreeze + 300, 10_000);
      await first.kill9();
    } finally {
      collector.proc!.child.kill('SIGCONT');
    }
    const second = 3000;
    agent.start(['--synthetic-rate', '3000', '--synthetic-count', String(second)]);
    await waitFor(
      'second run delivered',
      () => {
        const marks = syntheticMarks(collector.events(agent.agentId));
        return marks.filter((m) => m.run === agent.proc!.child.pid).length >= second;
      },
      60_000,
    );
    await waitFor(
      'agent fully acked',
      () => agent.status()?.spool.unackedEvents === 0 && agent.status()?.link.ackedSeq === agent.status()?.spool.lastSeq,
      20_000,
    );
    const { total, perRun } = expectExactlyOnce(agent.agentId);
    expect(perRun.size).toBe(2);
    expect(perRun.get(agent.proc!.child.pid!)).toBe(second);
    const firstRun = [...perRun.entries()].find(([run]) => run !== agent.proc!.child.pid)!;
    expect(total).toBe(firstRun[1] + second);
    await agent.proc!.stop();
  });

  it('drops the oldest events when the spool is full during an outage, and the collector keeps the gap', async () => {
    const agent = await Agent.enroll(ws, collector, 'agent-full', {
      VIGIL_AGENT_SPOOL__MAX_BYTES: String(64 * 1024),
      VIGIL_AGENT_SPOOL__SEGMENT_BYTES: String(8 * 1024),
    });
    await collector.proc!.kill9();
    const total = 3000; // about 450 KB of events into a 64 KiB spool
    agent.start(['--synthetic-rate', '3000', '--synthetic-count', String(total)]);
    await waitFor(
      'generator done while offline',
      () => {
        const s = agent.status();
        return s !== undefined && s.spool.lastSeq >= total && (s as unknown as { spool: { droppedEvents: number } }).spool.droppedEvents > 0;
      },
      30_000,
    );
    await collector.start();
    await waitFor('spool drained', () => agent.status()?.spool.unackedEvents === 0 && agent.status()?.link.state === 'online', 30_000);
    const lastSeq = agent.status()!.spool.lastSeq;
    const gaps = collector.gaps(agent.agentId);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.every((g) => g.reason === 'spool_full' && g.last_seq - g.first_seq + 1 === g.dropped)).toBe(true);
    // Every sequence the agent assigned is either stored or inside exactly one gap the collector keeps.
    const stored = new Set(collector.events(agent.agentId).map((e) => e.seq));
    const accounted = new Set(stored);
    for (const g of gaps) {
      for (let q = g.first_seq; q <= g.last_seq; q++) {
        expect(accounted.has(q)).toBe(false);
        accounted.add(q);
      }
    }
    expect(accounted.size).toBe(lastSeq);
    // What survived is the newest part of the stream, in order, each once.
    const marks = syntheticMarks(collector.events(agent.agentId)).map((m) => m.n);
    expect(marks[marks.length - 1]).toBe(total);
    expect(marks).toEqual([...marks].sort((a, b) => a - b));
    expect(new Set(marks).size).toBe(marks.length);
    await agent.proc!.stop();
  });

  it('comes back right after its collector restarts, however far its backoff would have grown', async () => {
    // A backoff of a minute and more: only the short window after losing an online connection brings it back soon.
    const agent = await Agent.enroll(ws, collector, 'agent-restart', {
      VIGIL_AGENT_LINK__BACKOFF_BASE_MS: '60000',
      VIGIL_AGENT_LINK__BACKOFF_MAX_MS: '600000',
      VIGIL_AGENT_LINK__RECONNECT_MAX_MS: '300',
      VIGIL_AGENT_LOG_LEVEL: 'info',
    });
    const proc = agent.start(['--synthetic-rate', '10']);
    await waitFor('online', () => agent.status()?.link.state === 'online', 30_000);
    const retries = (): number[] =>
      proc.stderr
        .split('\n')
        .filter((l) => l.includes('collector connection closed'))
        .map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    await collector.proc!.kill9();
    await waitFor('several tries against the stopped collector', () => retries().length >= 5, 30_000);
    await collector.start();
    await waitFor('online again', () => agent.status()?.link.state === 'online' && agent.status()!.link.connects >= 2, 30_000);
    expect(Math.max(...retries())).toBeLessThan(300);
    await proc.stop();
  });
});
