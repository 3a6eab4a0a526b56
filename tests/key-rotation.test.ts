// Command-key rotation (issue 14), with the built collector and real agents: `vigil-collector keys rotate`
// twice; an agent online across the first takes up the new key at its reconnect, one offline across both
// follows the two rotations at once and still runs the command ordered for it before either; a collector
// standing up the stolen original key is refused by both once they moved on.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandKeyId } from '@vigil/proto';
import { AGENT_BIN, Agent, COLLECTOR_BIN, Collector, Workspace, runNode, waitFor } from './helpers/vigil.js';
import { commandStates, ended, issueCommands } from './helpers/collector-commands.js';

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_COLLECTOR_COMMANDS__SWEEP_INTERVAL_MS: '200' });
});
afterAll(async () => {
  await ws?.cleanup();
});

const pinnedKeyId = (a: Agent): string =>
  commandKeyId(Buffer.from((JSON.parse(readFileSync(join(a.stateDir, 'identity.json'), 'utf8')) as { commandPublicKey: string }).commandPublicKey, 'base64'));

async function keys(action: string): Promise<string> {
  const r = await runNode(COLLECTOR_BIN, ['keys', action, '--data', collector.dataDir]);
  if (r.code !== 0) throw new Error(`keys ${action} failed: ${r.stderr}`);
  return r.stdout;
}

async function rotateOffline(): Promise<string> {
  await collector.proc!.stop();
  const out = await keys('rotate');
  await collector.start();
  return /-> ([0-9a-f]{16})/.exec(out)![1]!;
}

async function answered(id: string) {
  return waitFor(
    'command answered',
    () => {
      const c = commandStates(collector, [id])[0]!;
      return ended(c) ? c : undefined;
    },
    30_000,
    100,
  );
}

const online = (a: Agent) => waitFor(`${a.agentId} online`, () => a.status()?.link.state === 'online', 30_000);
const agentRow = (a: Agent) => collector.state().agents.find((r) => r.id === a.agentId);

describe('command-key rotation', () => {
  it('moves every agent to the new key over the old key signature, and leaves the old key dead', async () => {
    const stays = await Agent.enroll(ws, collector, 'agent-stays');
    const away = await Agent.enroll(ws, collector, 'agent-away');
    const original = pinnedKeyId(stays);
    expect(pinnedKeyId(away)).toBe(original);
    const stolen = ws.path('stolen-command.key');
    copyFileSync(join(collector.dataDir, 'keys', 'command.key'), stolen);

    stays.start([]);
    away.start([]);
    await Promise.all([online(stays), online(away)]);
    await waitFor('pinned key recorded', () => agentRow(away)?.commandKeyId === original, 30_000);
    await away.proc!.stop();
    // ordered while the agent is away, signed by the original key
    const [before] = issueCommands(collector, [{ agentId: away.agentId, action: 'isolate' }]);

    const k1 = await rotateOffline();
    await online(stays);
    expect(pinnedKeyId(stays)).toBe(k1);
    await waitFor('take-up recorded', () => agentRow(stays)?.commandKeyId === k1, 30_000);
    const [afterFirst] = issueCommands(collector, [{ agentId: stays.agentId, action: 'isolate' }]);
    expect(await answered(afterFirst!)).toMatchObject({ status: 'succeeded' });

    const k2 = await rotateOffline();
    await online(stays);
    expect(pinnedKeyId(stays)).toBe(k2);
    // offline across both rotations: follows the chain from the original key in one welcome
    expect(pinnedKeyId(away)).toBe(original);
    away.start([]);
    await online(away);
    expect(pinnedKeyId(away)).toBe(k2);
    expect(await answered(before!)).toMatchObject({ status: 'succeeded' });
    await waitFor('both on the current key', () => agentRow(away)?.commandKeyId === k2 && agentRow(stays)?.commandKeyId === k2, 30_000);

    const shown = await keys('show');
    expect(shown).toContain(`command-signing key: ${k2}`);
    expect(shown).toContain(`rotation 1: ${original} -> ${k1}`);
    expect(shown).toContain(`rotation 2: ${k1} -> ${k2}`);
    expect(shown).toContain(`agents pinning ${k2}: 2 (current)`);
    const status = await runNode(AGENT_BIN, ['status', '--state', away.stateDir]);
    expect(status.stdout).toContain(`command key:  ${k2}`);

    // whoever stole the original key stands up a collector with it at the same address: both agents refuse it
    await collector.proc!.stop();
    const keysDir = join(collector.dataDir, 'keys');
    copyFileSync(join(keysDir, 'command.key'), ws.path('current-command.key'));
    copyFileSync(join(keysDir, 'rotations.json'), ws.path('rotations.json'));
    copyFileSync(stolen, join(keysDir, 'command.key'));
    rmSync(join(keysDir, 'rotations.json'));
    await collector.start();
    for (const a of [stays, away])
      await waitFor(
        `${a.agentId} refuses the stolen key`,
        () => (a.status()?.link as { lastError?: { code: string } } | undefined)?.lastError?.code === 'VIGIL_ERR_LINK_COLLECTOR_PROOF',
        30_000,
      );
    expect([pinnedKeyId(stays), pinnedKeyId(away)]).toEqual([k2, k2]);

    // the real collector back: both online again
    await collector.proc!.stop();
    copyFileSync(ws.path('current-command.key'), join(keysDir, 'command.key'));
    copyFileSync(ws.path('rotations.json'), join(keysDir, 'rotations.json'));
    await collector.start();
    await Promise.all([online(stays), online(away)]);
    const [last] = issueCommands(collector, [{ agentId: away.agentId, action: 'release' }]);
    expect(await answered(last!)).toMatchObject({ status: 'succeeded' });
    await Promise.all([stays.proc!.stop(), away.proc!.stop()]);
  });
});
