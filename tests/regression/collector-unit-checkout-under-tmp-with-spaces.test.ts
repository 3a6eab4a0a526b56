// Regression: the shipped collector unit could not run a checkout under /tmp (the unit's PrivateTmp=yes hid
// it; ProtectHome=yes does the same to a home folder), and a path with spaces split its ExecStart= line, so a
// fresh clone in /tmp failed the suite (issue 19). Here the checkout is reached through a path under /tmp
// with spaces, and the unit must still start, answer /healthz and stop cleanly.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SystemdLab } from '../helpers/systemd.js';
import { bootCollectorUnit, COLLECTOR_UNIT } from '../helpers/collector-unit.js';
import { waitFor } from '../helpers/vigil.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('collector unit with a checkout under /tmp in a path with spaces', () => {
  const ws = mkdtempSync(join(tmpdir(), `vigil regression ${process.pid} `));
  let lab: SystemdLab | undefined;

  afterAll(async () => {
    await lab?.destroy();
    rmSync(ws, { recursive: true, force: true });
  });

  it('starts, serves /healthz and stops cleanly', async () => {
    const checkout = join(ws, 'my checkout');
    symlinkSync(root, checkout);
    const booted = await bootCollectorUnit(checkout, join(ws, 'lab'), { VIGIL_COLLECTOR_LISTEN__HOST: '127.0.0.1' });
    lab = booted.lab;
    // the unit the lab runs names the install folder, never the checkout
    expect(readFileSync(join(ws, 'lab', 'system', COLLECTOR_UNIT), 'utf8')).not.toContain(checkout);
    const start = await lab.systemctl(['start', COLLECTOR_UNIT]);
    expect(start.code, start.stderr).toBe(0);
    await waitFor('collector healthy', async () => (await booted.https('/healthz')).status === 200, 30_000, 200);
    const stop = await lab.systemctl(['stop', COLLECTOR_UNIT]);
    expect(stop.code, stop.stderr).toBe(0);
    const show = (await lab.systemctl(['show', COLLECTOR_UNIT, '-p', 'Result', '-p', 'ExecMainStatus'])).stdout;
    expect(show).toContain('Result=success');
    expect(show).toContain('ExecMainStatus=0');
  });
});
