// Fault injection (issue 14): the agent is killed with SIGKILL while a command runs, then started again.
// The command must end reported, never left "running" at the collector, and never run a second time. The
// command here is a file collection slowed down by one-kilobyte chunks, so the kill lands mid-transfer; the
// agent is in dry-run (it changes nothing on this machine; collection only reads).
import { openSync, writeSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Collector, Workspace, waitFor } from './helpers/vigil.js';
import { commandStates, ended, issueCommands, type CommandState } from './helpers/collector-commands.js';

const SLOW_COLLECT = { VIGIL_AGENT_FORENSICS__CHUNK_BYTES: '1024' };

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_COLLECTOR_COMMANDS__SWEEP_INTERVAL_MS: '200' });
});
afterAll(async () => {
  await ws?.cleanup();
});

const issue = (agentId: string, action: string, params: Record<string, unknown>): string => issueCommands(collector, [{ agentId, action, params }])[0]!;
const command = (id: string): CommandState => commandStates(collector, [id])[0]!;
/** How a command ended: its status and error code. */
const outcome = (c: CommandState): string => `${c.status} ${c.errorCode ?? ''}`.trim();

describe('agent killed with SIGKILL during a command', () => {
  it('reports the command failed as interrupted after its restart, and never runs it again', async () => {
    const agent = await Agent.enroll(ws, collector, 'agent-kill', SLOW_COLLECT);
    agent.start([]);
    await waitFor('agent online', () => agent.status()?.link.state === 'online', 30_000);
    const path = ws.path('evidence.bin');
    const fd = openSync(path, 'w');
    for (let i = 0; i < 32; i++) writeSync(fd, randomBytes(1 << 20)); // 32 MiB: 32,768 chunks
    closeSync(fd);

    const id = issue(agent.agentId, 'collect_file', { path });
    await waitFor('the collection running', () => (command(id).status === 'running' ? true : undefined), 30_000, 20);
    await agent.proc!.kill9();
    expect(command(id).status).toBe('running'); // killed mid-transfer

    agent.start([]);
    const done = await waitFor(
      'the command reported after the restart',
      () => {
        const c = command(id);
        return c.status !== 'running' ? c : undefined;
      },
      60_000,
      100,
    );
    expect(done).toMatchObject({ status: 'failed', errorCode: 'VIGIL_ERR_COMMAND_INTERRUPTED' });
    // once in the agent's ledger, failed: a redelivery answers from it and runs nothing
    const ledger = JSON.parse(readFileSync(join(agent.stateDir, 'commands', 'ledger.json'), 'utf8')) as { entries: Array<{ commandId: string }> };
    expect(ledger.entries.filter((e) => e.commandId === id)).toHaveLength(1);
    await agent.proc!.stop();
  });

  it('ends every other kind answered, whether the kill lands before or after its result went out', async () => {
    const agent = await Agent.enroll(ws, collector, 'agent-kinds');
    const kinds: Array<[string, Record<string, unknown>]> = [
      ['isolate', {}],
      ['release', {}],
      ['block_address', { cidr: '198.51.100.7/32' }],
      ['unblock_address', { cidr: '198.51.100.7/32' }],
      ['stop_service', { unit: 'vigil-fault-test.service' }],
      ['triage', {}],
    ];
    // What each kind ends as when it runs to completion here, with no kill: stop_service, say, fails on a
    // machine whose PID 1 is not systemd. A killed command must end as that, or as interrupted.
    const reference = await Agent.enroll(ws, collector, 'agent-kinds-reference');
    reference.start([]);
    await waitFor('reference agent online', () => reference.status()?.link.state === 'online', 30_000);
    const completedIds = kinds.map(([action, params]) => issue(reference.agentId, action, params));
    const completed = await waitFor(
      'every reference command answered',
      () => {
        const all = commandStates(collector, completedIds);
        return all.every(ended) ? all.map(outcome) : undefined;
      },
      60_000,
      100,
    );
    await reference.proc!.stop();

    const ids: string[] = [];
    for (const [action, params] of kinds) {
      agent.start([]);
      await waitFor('agent online', () => agent.status()?.link.state === 'online', 30_000);
      const id = issue(agent.agentId, action, params);
      ids.push(id);
      await waitFor(`${action} started`, () => (['pending', 'delivered'].includes(command(id).status) ? undefined : true), 30_000, 5);
      await agent.proc!.kill9();
    }
    agent.start([]);
    const final = await waitFor(
      'every command answered',
      () => {
        const all = commandStates(collector, ids);
        return all.every(ended) ? all : undefined;
      },
      60_000,
      100,
    );
    // completed before the kill, or interrupted by it: never left running, never refused as a replay
    final.forEach((c, i) => {
      expect(
        outcome(c) === completed[i] || outcome(c) === 'failed VIGIL_ERR_COMMAND_INTERRUPTED',
        `${JSON.stringify(c)}; run to completion: ${completed[i]}`,
      ).toBe(true);
    });
    const ledger = JSON.parse(readFileSync(join(agent.stateDir, 'commands', 'ledger.json'), 'utf8')) as { entries: Array<{ commandId: string }> };
    expect(ledger.entries.map((e) => e.commandId).sort()).toEqual([...ids].sort());
    await agent.proc!.stop();
  });
});
