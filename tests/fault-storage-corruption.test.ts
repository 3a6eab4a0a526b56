// Fault injection (issue 14): the agent's storage is damaged while it is stopped. Bytes in the middle of a spool
// segment are overwritten, the tail of another is torn off, and the command ledger is cut short (a torn write). The real agent
// must start, set each damaged part aside and report it, deliver every intact event, and account for every lost
// sequence with a gap the collector keeps; a command ordered afterwards still runs.
import { mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Collector, Workspace, waitFor } from './helpers/vigil.js';
import { commandStates, issueCommands } from './helpers/collector-commands.js';

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('agent storage damaged while it was stopped', () => {
  it('starts, sets the damage aside, delivers what is intact and reports every lost sequence', async () => {
    const agent = await Agent.enroll(ws, collector, 'agent-damaged', { VIGIL_AGENT_SPOOL__SEGMENT_BYTES: String(8 * 1024) });
    agent.start([]);
    await waitFor('online', () => agent.status()?.link.state === 'online', 30_000);
    await agent.proc!.stop();
    // events spooled while the collector is down stay unacked on disk
    await collector.proc!.kill9();
    const total = 600;
    agent.start(['--synthetic-rate', '2000', '--synthetic-count', String(total)]);
    await waitFor('events spooled offline', () => (agent.status()?.spool.unackedEvents ?? 0) >= total, 30_000);
    await agent.proc!.stop();

    const spool = join(agent.stateDir, 'spool');
    const segs = readdirSync(spool)
      .filter((n) => n.startsWith('seg-'))
      .sort();
    expect(segs.length).toBeGreaterThan(4);
    const middle = join(spool, segs[2]!);
    const bytes = readFileSync(middle);
    bytes.fill(0x5a, 2000, 2600);
    writeFileSync(middle, bytes);
    const torn = join(spool, segs[3]!);
    truncateSync(torn, statSync(torn).size - 7);
    mkdirSync(join(agent.stateDir, 'commands'), { recursive: true, mode: 0o700 });
    writeFileSync(join(agent.stateDir, 'commands', 'ledger.json'), '{"version":1,"entries":[{"commandId":"c-1","nonce":"ab');
    const unackedBefore = agent.status()!.spool.unackedEvents;

    await collector.start();
    agent.start([]);
    await waitFor('spool drained after the damage', () => agent.status()?.link.state === 'online' && agent.status()?.spool.unackedEvents === 0, 60_000);
    const lastSeq = agent.status()!.spool.lastSeq;

    // every sequence the agent assigned is stored or inside exactly one gap; the damage's gaps say so
    const gaps = collector.gaps(agent.agentId);
    const damaged = gaps.filter((g) => g.reason === 'spool_damaged');
    expect(damaged.length).toBeGreaterThanOrEqual(2);
    const accounted = new Set(collector.events(agent.agentId).map((e) => e.seq));
    for (const g of gaps)
      for (let q = g.first_seq; q <= g.last_seq; q++) {
        expect(accounted.has(q), `seq ${q}`).toBe(false);
        accounted.add(q);
      }
    expect(accounted.size).toBe(lastSeq);
    const lost = damaged.reduce((n, g) => n + g.dropped, 0);
    expect(lost).toBeGreaterThan(0);
    expect(lost).toBeLessThan(unackedBefore / 2); // the intact records after each damaged region were kept

    // reported as tamper, the damaged bytes and file kept aside
    const tampers = collector
      .events(agent.agentId)
      .filter((e) => e.event.tamper)
      .map((e) => e.event.tamper!.what);
    expect(tampers).toEqual(expect.arrayContaining(['spool_damaged', 'command_ledger_damaged']));
    expect(readdirSync(join(spool, 'damaged'))).toHaveLength(2);
    expect(readdirSync(join(agent.stateDir, 'commands', 'damaged'))).toHaveLength(1);

    // the agent still answers commands ordered after the damage was found
    const [id] = issueCommands(collector, [{ agentId: agent.agentId, action: 'triage', params: {} }]);
    const done = await waitFor(
      'triage answered',
      () => {
        const c = commandStates(collector, [id!])[0]!;
        return c.status === 'succeeded' || c.status === 'failed' || c.status === 'refused' ? c : undefined;
      },
      60_000,
    );
    expect(done.status).toBe('succeeded');
    await agent.proc!.stop();
  });
});
