import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InventorySensor } from './inventory-sensor.js';
import { listUnits } from './collect.js';
import { memoryContext } from '../common/test-context.js';

describe('inventory sensor on this host', () => {
  it('sends hostname, OS, kernel, CPU, memory, interfaces with addresses, machine id and boot time once, and again on demand', async () => {
    const ctx = memoryContext();
    const s = new InventorySensor({}, '9.9.9');
    await s.start(ctx);
    await s.emitNow();
    await s.stop();
    const invs = ctx.sink.events.filter((e) => e.inventory).map((e) => e.inventory!);
    expect(invs).toHaveLength(2);
    const inv = invs[0]!;
    expect(inv.hostname).toBe(hostname());
    expect(inv.kernel).toBe(readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
    if (existsSync('/etc/machine-id')) expect(inv.machineId).toBe(readFileSync('/etc/machine-id', 'utf8').trim());
    const btime = Number(/^btime (\d+)/m.exec(readFileSync('/proc/stat', 'utf8'))![1]);
    expect(inv.bootTimeMs).toBe(btime * 1000);
    expect(inv.cpuCores).toBeGreaterThan(0);
    expect(Number(inv.memoryBytes)).toBeGreaterThan(0);
    expect(inv.osName).not.toBe('');
    const lo = inv.interfaces!.find((i) => i.name === 'lo');
    expect(lo?.addresses).toContain('127.0.0.1/8');
    expect(inv.agentVersion).toBe('9.9.9');
  });

  it('lists systemd unit names from unit folders', () => {
    const d = mkdtempSync(join(tmpdir(), `vigil-units-${process.pid}-`));
    try {
      mkdirSync(join(d, 'a'));
      for (const f of ['ssh.service', 'cron.timer', 'getty@.service', 'README', 'multi-user.target']) writeFileSync(join(d, 'a', f), '');
      expect(listUnits([join(d, 'a'), join(d, 'missing')], 100)).toEqual(['cron.timer', 'multi-user.target', 'ssh.service']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
