// The composition root's start on a damaged database: past the open (start check off), a start-up read that
// meets a damaged page is refused with the same coded error as the open's, never a raw SQLITE_CORRUPT.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { silentLogger } from '@vigil/logger';
import { createCollectorApp } from './app.js';
import { loadCollectorConfig } from './config.js';
import { initCommand } from './cli/commands/init.js';
import { dataPaths } from './datadir.js';
import { collectorMigrations } from './migrations.js';
import { openDatabase } from './store/db.js';
import { SqliteEventStore } from './events/store.js';

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-app-'));
  await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Overwrites every page of the b-trees whose name matches `like` (a start-up read must meet one of them). */
function damagePagesOf(path: string, like: string): number {
  const db = new Database(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare('SELECT pageno FROM dbstat WHERE name LIKE ?').pluck().all(like) as number[];
  db.close();
  const fd = openSync(path, 'r+');
  for (const p of pages) writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (p - 1) * pageSize);
  closeSync(fd);
  return pages.length;
}

describe('createCollectorApp on a damaged database', () => {
  it('refuses a damaged page met by a start-up read with VIGIL_ERR_STORE_DAMAGED and the remedy', async () => {
    const path = dataPaths(dir).eventsDb;
    const db = openDatabase({ path, migrations: collectorMigrations });
    const store = new SqliteEventStore(db);
    store.insertBatches([
      { agentId: 'a1', events: Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, agentId: 'a1', seq: i + 1, log: { source: 's', raw: `line ${i}` } })) },
    ]);
    db.close();
    expect(damagePagesOf(path, 'events_fts_0%')).toBeGreaterThan(0);
    const config = loadCollectorConfig({ overrides: { dataDir: dir, listen: { port: 0 }, storage: { startCheck: 'off' } } });
    await expect(createCollectorApp({ config, logger: silentLogger(), env: {} })).rejects.toThrow(
      expect.objectContaining({ code: 'VIGIL_ERR_STORE_DAMAGED', message: expect.stringContaining(`vigil-collector db salvage --data ${dir}`) }),
    );
  });
});
