import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase, type Migration } from './db.js';
import { damageMiddleLeaf } from './testkit-damage.js';

const things: Migration = {
  id: 'things-1',
  up(db) {
    db.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  },
};
const later: Migration = {
  id: 'things-2',
  up(db) {
    db.exec('CREATE TABLE later (x INTEGER)');
  },
};

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-db-'));
  path = join(dir, 'events.db');
  const db = openDatabase({ path, migrations: [things] });
  const insert = db.prepare('INSERT INTO things (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(Buffer.alloc(100, i % 251));
  })();
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase on a damaged file', () => {
  it('refuses a damaged page with VIGIL_ERR_STORE_DAMAGED, naming the file and the remedy, and writes nothing', () => {
    damageMiddleLeaf(path, 'things');
    const before = readFileSync(path);
    let caught: unknown;
    try {
      openDatabase({ path, migrations: [things, later], startCheck: 'quick' });
    } catch (err) {
      caught = err;
    }
    expect((caught as { code?: string }).code).toBe('VIGIL_ERR_STORE_DAMAGED');
    expect((caught as Error).message).toContain(path);
    expect((caught as Error).message).toContain(`vigil-collector db salvage --data ${dir}`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a damaged header (SQLITE_NOTADB) the same way', () => {
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 0, 100);
    writeFileSync(path, bytes);
    expect(() => openDatabase({ path, migrations: [things], startCheck: 'off' })).toThrow(
      expect.objectContaining({ code: 'VIGIL_ERR_STORE_DAMAGED', message: expect.stringContaining('SQLite: file is not a database') }),
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('skips the start check on a file over startCheckMaxBytes, and says so', () => {
    damageMiddleLeaf(path, 'things');
    const skipped: number[] = [];
    const size = readFileSync(path).byteLength;
    // the page-reading check is what finds this damage; migrations alone never touch the damaged leaf
    const db = openDatabase({ path, migrations: [things, later], startCheck: 'quick', startCheckMaxBytes: size - 1, onCheckSkipped: (b) => skipped.push(b) });
    expect(skipped).toEqual([size]);
    db.close();
    expect(() => openDatabase({ path, migrations: [things, later], startCheck: 'quick', startCheckMaxBytes: readFileSync(path).byteLength })).toThrow(
      expect.objectContaining({ code: 'VIGIL_ERR_STORE_DAMAGED' }),
    );
  });

  it('opens a sound file with the start check and applies the new migrations', () => {
    const db = openDatabase({ path, migrations: [things, later], startCheck: 'quick' });
    expect(db.prepare('SELECT count(*) FROM things').pluck().get()).toBe(2000);
    expect(db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()).toEqual(['things-1', 'things-2']);
    db.close();
  });
});
