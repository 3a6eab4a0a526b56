// The quick start's main job (scripts/start.mjs, `npm start`): collector plus an enrolled local agent in
// DRY-RUN mode, printed URL and login, and Ctrl-C (SIGTERM here) stopping both.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Proc, Workspace, freePort, parseHealth, waitFor } from './helpers/vigil.js';

const START = fileURLToPath(new URL('../scripts/start.mjs', import.meta.url));
let ws: Workspace;

afterAll(async () => {
  await ws?.cleanup();
});

describe('npm start', () => {
  it('starts the collector and a dry-run local agent, prints URL and login, and stops both', async () => {
    ws = new Workspace();
    const port = await freePort();
    const data = ws.path('data');
    // Kernel audit is global to the machine: the quick start's agent polls here (tests/kernel-telemetry covers audit).
    const env = { ...process.env, VIGIL_AGENT_SENSORS__PROCESS__SOURCE: 'poll', VIGIL_AGENT_SENSORS__NETWORK__SOURCE: 'poll' };
    const proc = ws.track(
      new Proc(spawn(process.execPath, [START, '--no-build', '--data', data, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env })),
    );
    await waitFor('quick start ready', () => proc.stdout.includes('Ctrl-C stops Vigil.'), 60_000);
    expect(proc.stdout).toContain(`Vigil is running: http://127.0.0.1:${port}`);
    expect(proc.stdout).toMatch(/log in as "admin"/);
    expect(proc.stdout).toContain('DRY-RUN');
    const health = await waitFor(
      'local agent online',
      async () => {
        const h = parseHealth(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
        return h.agentsOnline === 1 ? h : undefined;
      },
      30_000,
    );
    expect(health.agentsOnline).toBe(1);
    const status = await waitFor(
      'agent status',
      () => {
        const s = JSON.parse(readFileSync(join(data, 'agent', 'status.json'), 'utf8')) as { dryRun: boolean; link: { state: string } };
        return s.link.state === 'online' ? s : undefined;
      },
      30_000,
    );
    expect(status.dryRun).toBe(true);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
