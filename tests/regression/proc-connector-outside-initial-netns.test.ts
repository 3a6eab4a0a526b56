// The process connector answers only in the machine's initial network namespace. An agent started in
// another one (a container, the technique lab) had its connector start fail with the acknowledgement's
// timer still armed: the timer's rejection went unheard and killed the agent with an unhandled rejection.
// Here the built connector starts in a fresh network namespace: start() must reject with a clear reason
// and the process must live on.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../agent/dist/sensors/kernel/', import.meta.url));
const script = `
const { loadNetlinkAddon } = await import(${JSON.stringify(`${dist}native.js`)});
const { ProcConnector } = await import(${JSON.stringify(`${dist}proc-connector.js`)});
const load = loadNetlinkAddon('/nonexistent');
if (!load.ok) { console.log('NOADDON ' + load.reason); process.exit(0); }
const noop = () => undefined;
const c = new ProcConnector(load.addon, { fork: noop, exec: noop, exit: noop, overflow: noop }, 1 << 20);
try { await c.start(300); console.log('STARTED'); c.stop(); } catch (err) { console.log('REJECTED ' + err.message); }
await new Promise((r) => setTimeout(r, 800)); // past the acknowledgement timer
console.log('ALIVE');
`;

describe.skipIf(process.getuid?.() !== 0)('process connector outside the initial network namespace', () => {
  it('rejects start with a reason and leaves no timer to crash the process', async () => {
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('unshare', ['--net', '--', process.execPath, '--input-type=module', '-e', script], { timeout: 30_000 }, (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(out.stdout, out.stderr).not.toContain('NOADDON');
    expect(out.stdout, out.stderr).toMatch(/REJECTED process connector/);
    expect(out.stdout, out.stderr).toContain('ALIVE');
    expect(out.code, out.stderr).toBe(0);
  });
});
