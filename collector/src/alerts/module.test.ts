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

/** A collector app on a new data folder, or again on `dir` (a restart). */
async function start(dir?: string, detect: Record<string, unknown> = {}): Promise<{ app: CollectorApp; detect: CollectorApp['alerts']; dir: string }> {
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), `vigil-detect-app-${process.pid}-`));
    const made = dir;
    cleanup.push(() => rmSync(made, { recursive: true, force: true }));
    await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
  }
  const config = loadCollectorConfig({ overrides: { dataDir: dir, listen: { port: 0 }, detect } });
  const app = await createCollectorApp({ config, logger: silentLogger() });
  cleanup.push(() => app.stop());
  return { app, detect: app.alerts, dir };
}

const BRUTE_FORCE = 'SSH brute force from one source';

/** Failed SSH logins `from`..`to` from one address, a second apart, each in its own batch. */
async function failedLogins(app: CollectorApp, from: number, to: number, t0: number): Promise<void> {
  for (let seq = from; seq <= to; seq++) {
    const event = vigil.v1.Event.create({
      id: `f-${seq}`,
      agentId: 'agent-1',
      seq,
      timeNs: (t0 + seq * 1000) * 1_000_000,
      log: {
        source: '/var/log/auth.log',
        parser: 'sshd',
        program: 'sshd',
        action: 'failed_password',
        raw: `Failed password for root from 203.0.113.9 port ${50_000 + seq} ssh2`,
        fields: { user: 'root', src_ip: '203.0.113.9' },
      },
    });
    await new Promise<void>((resolve, reject) => app.ingest.submit('agent-1', [event], (err) => (err ? reject(err) : resolve())));
  }
}

/** `n` stored syslog lines of another host, written straight to the store: what a rebuild reads through, slice by slice. */
function storeFiller(app: CollectorApp, n: number): void {
  const events = Array.from({ length: n }, (_, i) =>
    vigil.v1.Event.create({
      id: `filler-${i}`,
      agentId: 'agent-2',
      seq: i + 1,
      timeNs: Date.now() * 1_000_000,
      log: { source: '/var/log/syslog', raw: `cron ran job ${i}` },
    }),
  );
  app.events.insertBatches([{ agentId: 'agent-2', events }]);
}

const ids = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `f-${from + i}`);

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
    const r = await detect.reload();
    expect(r.applied).toBe(true);
    expect(detect.service.rules().map((x) => x.title)).toContain('marker file');
    await ingest('m-2', 2);
    expect(detect.service.list().map((a) => [a.ruleTitle, a.severity])).toEqual([['marker file', 'low']]);
  });

  it('keeps correlation windows across a restart: nine failed logins before it and one after raise the brute-force alert', async () => {
    const t0 = Date.now() - 60_000;
    const first = await start();
    await failedLogins(first.app, 1, 9, t0);
    expect(first.detect.service.list()).toEqual([]);
    await first.app.stop();

    const again = await start(first.dir);
    await failedLogins(again.app, 10, 10, t0);
    const [alert] = again.detect.service.list();
    expect(alert).toMatchObject({ ruleTitle: BRUTE_FORCE, count: 10 });
    expect(again.detect.service.get(alert!.id)!.evidence.map((e) => e.eventId)).toEqual(ids(1, 10));
  });

  it('records nothing again when it replays: an alert raised before a restart stays one alert, and its window starts over', async () => {
    const t0 = Date.now() - 60_000;
    const first = await start();
    await failedLogins(first.app, 1, 10, t0);
    const before = first.detect.service.list();
    expect(before.map((a) => [a.ruleTitle, a.count])).toEqual([[BRUTE_FORCE, 10]]);
    await first.app.stop();

    const again = await start(first.dir);
    expect(again.detect.service.list()).toEqual(before);
    await failedLogins(again.app, 11, 19, t0); // nine more: the window that the alert closed has nine
    expect(again.detect.service.list()).toEqual(before);
    await failedLogins(again.app, 20, 20, t0); // the tenth: the open alert (same rule, host and source) counts them
    const after = again.detect.service.list();
    expect(after.map((a) => [a.id, a.count])).toEqual([[before[0]!.id, 20]]);
    expect(again.detect.service.get(after[0]!.id)!.evidence.map((e) => e.eventId)).toEqual(ids(1, 20));
  });

  it('keeps correlation windows across a rule reload', async () => {
    const { app, detect } = await start();
    await failedLogins(app, 1, 9, Date.now() - 60_000);
    expect((await detect.reload()).applied).toBe(true);
    await failedLogins(app, 10, 10, Date.now() - 60_000);
    expect(detect.service.list().map((a) => [a.ruleTitle, a.count])).toEqual([[BRUTE_FORCE, 10]]);
  });

  it('starts with empty windows when detect.rebuildMaxEvents is 0, and with a partial window when it is smaller than the window', async () => {
    const t0 = Date.now() - 60_000;
    const first = await start();
    await failedLogins(first.app, 1, 9, t0);
    await first.app.stop();
    const empty = await start(first.dir, { rebuildMaxEvents: 0 });
    await failedLogins(empty.app, 10, 10, t0);
    expect(empty.detect.service.list()).toEqual([]);
    await empty.app.stop();

    // ten stored now; the newest five replayed, five more complete the window of ten
    const partial = await start(first.dir, { rebuildMaxEvents: 5 });
    await failedLogins(partial.app, 11, 14, t0);
    expect(partial.detect.service.list()).toEqual([]);
    await failedLogins(partial.app, 15, 15, t0);
    const [alert] = partial.detect.service.list();
    expect(partial.detect.service.get(alert!.id)!.evidence.map((e) => e.eventId)).toEqual(ids(6, 15));
  });

  it('rebuilds the windows at start a slice per event-loop turn, and commits nothing before they are whole', async () => {
    const t0 = Date.now() - 60_000;
    const first = await start();
    await failedLogins(first.app, 1, 9, t0);
    storeFiller(first.app, 7_000); // four slices of 2,000
    await first.app.stop();

    const again = await start(first.dir);
    let turns = 0;
    let turnsAtReady: number | undefined;
    void again.detect.ready.then(() => (turnsAtReady = turns));
    const tick = (): void => {
      turns++;
      if (turnsAtReady === undefined) setImmediate(tick);
    };
    setImmediate(tick);
    expect(again.app.health().ingestHeld).toBe(true);
    const tenth = failedLogins(again.app, 10, 10, t0); // arrives during the rebuild: held, then evaluated after it
    await again.detect.ready;
    expect(turnsAtReady).toBeGreaterThanOrEqual(2); // the event loop ran between slices
    await tenth;
    expect(again.app.ingest.held).toBe(false);
    const [alert] = again.detect.service.list();
    expect(again.detect.service.get(alert!.id)!.evidence.map((e) => e.eventId)).toEqual(ids(1, 10));
  });

  it('keeps detecting with the running rules while a reload rebuilds, and hands over windows holding what arrived meanwhile', async () => {
    const t0 = Date.now() - 60_000;
    const { app, detect } = await start();
    await failedLogins(app, 1, 8, t0);
    storeFiller(app, 7_000);
    let reloaded = false;
    const reload = detect.reload().then((r) => {
      reloaded = true;
      return r;
    });
    await failedLogins(app, 9, 9, t0); // committed by the running rules while the new ones rebuild
    expect(reloaded).toBe(false);
    expect(app.ingest.held).toBe(false);
    expect((await reload).applied).toBe(true);
    await failedLogins(app, 10, 10, t0); // the new rules' window: 1-8 replayed, 9 read on after the cursor opened, and 10
    const [alert] = detect.service.list();
    expect(alert).toMatchObject({ ruleTitle: BRUTE_FORCE, count: 10 });
    expect(detect.service.get(alert!.id)!.evidence.map((e) => e.eventId)).toEqual(ids(1, 10));
  });
});
