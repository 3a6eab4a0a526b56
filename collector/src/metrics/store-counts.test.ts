// The alert and command gauges of /metrics come from the owning features (the alerts and commands services'
// counts), not from SQL against their tables: a real app, one alert and one command, scraped through its registry.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { createCollectorApp } from '../app.js';
import { loadCollectorConfig } from '../config.js';
import { initCommand } from '../cli/commands/init.js';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('alert and command gauges', () => {
  it('report alerts by severity and status and commands by action and state, from their features', async () => {
    const dir = mkdtempSync(join(tmpdir(), `vigil-metrics-${process.pid}-`));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
    const config = loadCollectorConfig({ overrides: { dataDir: dir, listen: { port: 0 } } });
    const app = await createCollectorApp({ config, logger: silentLogger() });
    cleanup.push(() => app.stop());
    const registry = app.metrics!;
    const detect = app.alerts;
    const commands = app.commands;
    const gauge = async (name: string) => (await registry.getSingleMetric(name)!.get()).values.map((v) => ({ ...v.labels, n: v.value }));
    expect(await gauge('vigil_alerts')).toEqual([]);
    expect(await gauge('vigil_commands')).toEqual([]);

    const event = vigil.v1.Event.create({
      id: 'e-1',
      agentId: 'agent-9',
      seq: 1,
      timeNs: Date.now() * 1_000_000,
      fileChange: { path: '/etc/ld.so.preload', action: vigil.v1.FileAction.CREATED, after: { exists: true, mode: 0o100644 } },
    });
    await new Promise<void>((resolve, reject) => app.ingest.submit('agent-9', [event], (err) => (err ? reject(err) : resolve())));
    const [alert] = detect.service.list();
    expect(alert).toBeDefined();
    commands.service.issue({ agentId: 'agent-9', action: 'stop_service', params: { unit: 'nginx.service', mask: true }, operator: 'alice', ttlMs: 60_000 });

    expect(await gauge('vigil_alerts')).toEqual([{ severity: alert!.severity, status: 'new', n: 1 }]);
    expect(await gauge('vigil_commands')).toEqual([{ action: 'stop_service', status: 'pending', n: 1 }]);
    detect.service.updateStatus(alert!.id, 'resolved', 'alice');
    expect(await gauge('vigil_alerts')).toEqual([{ severity: alert!.severity, status: 'resolved', n: 1 }]);
  });
});
