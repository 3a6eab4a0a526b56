// Stop/start service against a real systemd booted as PID 1 in its own PID+mount+net namespaces. The agent's
// command layer reaches it only through its injectable runner prefix (nsenter), never the machine's init.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519 } from '@vigil/crypto';
import { SystemdLab } from './helpers/systemd.js';
import { Driver, signCommand } from './helpers/commands.js';

const AGENT_ID = 'agent-sd-1';
const UNIT = `[Unit]\nDescription=Vigil test web\n[Service]\nExecStart=/bin/sleep infinity\n[Install]\nWantedBy=vigil-test.target\n`;

describe('stop and start a service under a real systemd', () => {
  const keys = generateEd25519();
  let sd: SystemdLab;
  let driver: Driver;
  let stateDir: string;
  const command = (fields: Record<string, unknown>) => signCommand(keys.privateKeyPem, { agentId: AGENT_ID, ...fields });
  const isActive = async (u: string) => (await sd.systemctl(['is-active', u])).stdout.trim();

  beforeAll(async () => {
    sd = await SystemdLab.boot({ 'vtest-web.service': UNIT, 'vtest-db.service': UNIT }, ['vtest-web.service', 'vtest-db.service']);
    stateDir = mkdtempSync(join(tmpdir(), 'vigil-sd-'));
    driver = new Driver([], {
      stateDir,
      agentId: AGENT_ID,
      commandPublicKeyHex: keys.publicKey.toString('hex'),
      collectorHost: '127.0.0.1',
      collectorPort: 1,
      runnerPrefix: sd.prefix,
    });
    await driver.ready();
  });
  afterAll(async () => {
    driver?.kill();
    await sd?.destroy();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  it('stops and masks a unit, reporting the prior state, then starts it again', async () => {
    expect(await isActive('vtest-web.service')).toBe('active');
    const stop = command({ stopService: { unit: 'vtest-web.service', disable: true, mask: true } });
    const r = await driver.send(stop.signed, stop.commandId);
    expect(r.message).toBe('done');
    expect(r.status).toBe('SUCCEEDED');
    const out = JSON.parse(r.outputJson);
    expect(out.before).toMatchObject({ activeState: 'active', loadState: 'loaded' });
    expect(out.after).toMatchObject({ activeState: 'inactive', unitFileState: 'masked' });
    expect(out.argv).toEqual([
      ['systemctl', 'stop', '--', 'vtest-web.service'],
      ['systemctl', 'disable', '--', 'vtest-web.service'],
      ['systemctl', 'mask', '--', 'vtest-web.service'],
    ]);
    expect(await isActive('vtest-web.service')).toBe('inactive');
    // Masked: systemd itself refuses to start it.
    expect((await sd.systemctl(['start', 'vtest-web.service'])).code).not.toBe(0);
    expect(await isActive('vtest-db.service')).toBe('active');

    const start = command({ startService: { unit: 'vtest-web.service', unmask: true, enable: true } });
    const s = await driver.send(start.signed, start.commandId);
    expect(s.status).toBe('SUCCEEDED');
    const sout = JSON.parse(s.outputJson);
    expect(sout.before).toMatchObject({ activeState: 'inactive', unitFileState: 'masked' });
    expect(sout.after).toMatchObject({ activeState: 'active', unitFileState: 'enabled' });
    expect(await isActive('vtest-web.service')).toBe('active');
  });

  it('a dry-run stop reports the argv and leaves the unit running', async () => {
    const stop = command({ dryRun: true, stopService: { unit: 'vtest-db.service', mask: true } });
    const r = await driver.send(stop.signed, stop.commandId);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.dryRun).toBe(true);
    expect(JSON.parse(r.outputJson).argv).toEqual([
      ['systemctl', 'stop', '--', 'vtest-db.service'],
      ['systemctl', 'mask', '--', 'vtest-db.service'],
    ]);
    expect(await isActive('vtest-db.service')).toBe('active');
  });

  it.each([
    'vtest-db.service; systemctl stop vtest-web.service',
    '$(systemctl stop vtest-db.service).service',
    '`reboot`.service',
    '/etc/systemd/system/vtest-db.service',
    '../vtest-db.service',
    'vtest..db.service',
    '--now',
    '-vtest-db.service',
    'vtest-db',
  ])('refuses the unit name %j and runs nothing', async (unit) => {
    const stop = command({ stopService: { unit, mask: true } });
    const r = await driver.send(stop.signed, stop.commandId);
    expect(r.status).toBe('REFUSED');
    expect(r.errorCode).toBe('VIGIL_ERR_COMMAND_INVALID_PARAMETER');
    expect(r.message).toMatch(/^unit: /);
    expect(JSON.parse(r.outputJson).ran).toEqual([]);
    expect(await isActive('vtest-db.service')).toBe('active');
    expect(await isActive('vtest-web.service')).toBe('active');
    expect((await sd.systemctl(['show', '-p', 'UnitFileState', '--value', 'vtest-db.service'])).stdout.trim()).not.toBe('masked');
  });
});
