// The two executables: --help everywhere (with examples), clear refusals for wrong use, and
// `vigil-agent status` before enrollment, while running, and after the agent stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, AGENT_BIN, COLLECTOR_BIN, Collector, Workspace, runNode, waitFor } from './helpers/vigil.js';

let ws: Workspace;
beforeAll(() => {
  ws = new Workspace();
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('vigil-collector and vigil-agent command lines', () => {
  it.each([
    [COLLECTOR_BIN, ['init', 'serve', 'token']],
    [AGENT_BIN, ['enroll', 'run', 'status']],
  ])('%s --help lists its subcommands, and each has --help with examples', async (bin, subs) => {
    const top = await runNode(bin, ['--help']);
    expect(top.code).toBe(0);
    for (const s of subs) {
      expect(top.stdout).toMatch(new RegExp(`^  ${s}\\s`, 'm'));
      const h = await runNode(bin, [s, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toContain('Usage:');
      expect(h.stdout).toContain('Examples:');
    }
    const bad = await runNode(bin, ['no-such-command']);
    expect(bad.code).toBe(2);
  });

  it('refuses contradictory or missing options with a coded message', async () => {
    const r = await runNode(AGENT_BIN, ['run', '--state', ws.path('x'), '--dry-run', '--no-dry-run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('VIGIL_ERR_AGENT_CONFIG');
    const e = await runNode(AGENT_BIN, ['enroll', '--state', ws.path('x')]);
    expect(e.stderr).toContain('--collector and --token are required');
    const notEnrolled = await runNode(AGENT_BIN, ['run', '--state', ws.path('x')]);
    expect(notEnrolled.stderr).toContain('VIGIL_ERR_AGENT_NOT_ENROLLED');
    const cfg = await runNode(COLLECTOR_BIN, ['serve', '--data', ws.path('nodata'), '--port', '0'], { VIGIL_COLLECTOR_GATEWAY__MAX_PAYLOAD_BYTES: '12' });
    expect(cfg.code).toBe(1);
    expect(cfg.stderr).toContain('gateway.maxPayloadBytes');
  });

  it('vigil-agent status: not enrolled, running, stopped', async () => {
    const none = await runNode(AGENT_BIN, ['status', '--state', ws.path('nobody')]);
    expect(none.code).toBe(3);
    expect(none.stdout).toContain('not enrolled');
    const collector = await Collector.create(ws);
    const agent = await Agent.enroll(ws, collector, 'st');
    agent.start(['--synthetic-rate', '100', '--synthetic-count', '100']);
    await waitFor('acked', () => agent.status()?.link.ackedSeq === 100, 20_000);
    const running = await runNode(AGENT_BIN, ['status', '--state', agent.stateDir]);
    expect(running.stdout).toContain(`agent id:     ${agent.agentId}`);
    expect(running.stdout).toMatch(/link:\s+online/);
    expect(running.stdout).toContain('dry-run:      on');
    const json = JSON.parse((await runNode(AGENT_BIN, ['status', '--state', agent.stateDir, '--json'])).stdout) as {
      running: boolean;
      identity: Record<string, unknown>;
    };
    expect(json.running).toBe(true);
    expect(JSON.stringify(json.identity)).not.toContain('PRIVATE');
    await agent.proc!.stop();
    const stopped = await runNode(AGENT_BIN, ['status', '--state', agent.stateDir]);
    expect(stopped.stdout).toContain('process:      not running');
  });
});
