// The detect module inside a real collector app: events submitted to ingest produce alerts that are
// committed in the same transaction, before the batch's ack callback runs.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { createCollectorApp, type CollectorApp } from '../app.js';
import { loadCollectorConfig } from '../config.js';
import { openDatabase } from '../store/db.js';
import { initCommand } from '../cli/commands/init.js';
import { LOADED_RULE_DIRS_SETTING } from './rules.js';

const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function start(): Promise<{ app: CollectorApp; detect: CollectorApp['alerts']; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), `vigil-detect-app-${process.pid}-`));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
  const config = loadCollectorConfig({ overrides: { dataDir: dir, listen: { port: 0 } } });
  const app = await createCollectorApp({ config, logger: silentLogger() });
  cleanup.push(() => app.stop());
  return { app, detect: app.alerts, dir };
}

describe('detect module on the ingest path', () => {
  it('persists the alert before the batch is acked and pushes it live after the commit', async () => {
    const { app, detect, dir } = await start();
    const live: unknown[] = [];
    app.live.subscribe((m) => live.push(m));
    const event = vigil.v1.Event.create({
      id: 'e-1',
      agentId: 'agent-9',
      seq: 1,
      timeNs: Date.now() * 1_000_000,
      fileChange: { path: '/etc/ld.so.preload', action: vigil.v1.FileAction.CREATED, after: { exists: true, mode: 0o100644 } },
    });
    const acked = await new Promise<{ seq: number; alertsAtAck: number }>((resolve, reject) => {
      app.ingest.submit('agent-9', [event], (err, seq) => {
        if (err) return reject(err);
        // Read through a second connection: only committed rows are visible there.
        const db = openDatabase({ path: join(dir, 'events.db'), migrations: [] });
        const n = (db.prepare('SELECT COUNT(*) AS n FROM alerts').get() as { n: number }).n;
        db.close();
        resolve({ seq, alertsAtAck: n });
      });
    });
    expect(acked).toEqual({ seq: 1, alertsAtAck: 1 });
    const [alert] = detect.service.list();
    expect(alert).toMatchObject({ ruleTitle: '/etc/ld.so.preload written', severity: 'critical', agentId: 'agent-9' });
    expect(detect.service.get(alert!.id)!.evidence.map((e) => e.eventId)).toEqual(['e-1']);
    expect(live).toEqual([{ topic: 'alert', data: expect.objectContaining({ change: 'created' }) }]);
    expect(detect.stage.counters).toMatchObject({ events: 1, alertsCreated: 1 });
  });

  it('reloads rule folders without a restart: a rule added with `rules load` starts matching', async () => {
    const { app, detect, dir } = await start();
    const rulesDir = join(dir, 'my-rules');
    mkdirSync(rulesDir);
    writeFileSync(
      join(rulesDir, 'marker.yml'),
      'title: marker file\nid: 8c3f8a5e-8f55-4d0e-9f8e-2b1f6f1d9a10\nlogsource: {product: linux, category: file_event}\ndetection: {s: {TargetFilename|endswith: /vigil-marker}, condition: s}\nlevel: low\ntags: [attack.t1070]\nvigil: {group_by: [TargetFilename]}\n',
    );
    const ingest = (id: string, seq: number): Promise<void> =>
      new Promise((resolve, reject) => {
        const event = vigil.v1.Event.create({
          id,
          agentId: 'agent-1',
          seq,
          timeNs: Date.now() * 1_000_000,
          fileChange: { path: '/srv/vigil-marker', action: vigil.v1.FileAction.CREATED, after: { exists: true } },
        });
        app.ingest.submit('agent-1', [event], (err) => (err ? reject(err) : resolve()));
      });
    await ingest('m-1', 1);
    expect(detect.service.list()).toEqual([]);
    app.state.setSetting(LOADED_RULE_DIRS_SETTING, [rulesDir]);
    const r = detect.reload();
    expect(r.applied).toBe(true);
    expect(detect.service.rules().map((x) => x.title)).toContain('marker file');
    await ingest('m-2', 2);
    expect(detect.service.list().map((a) => [a.ruleTitle, a.severity])).toEqual([['marker file', 'low']]);
  });
});
