import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { openDatabase, type Migration } from './db.js';
import { salvageDatabase, type SalvageHook } from './salvage.js';
import { damageMiddleLeaf } from './testkit-damage.js';

const notes: Migration = {
  id: 'notes-1',
  up(db) {
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL)');
    db.exec('CREATE TABLE links (note INTEGER NOT NULL REFERENCES notes (id))');
  },
};
const tags: Migration = {
  id: 'notes-2',
  up(db) {
    db.exec(
      "CREATE TABLE tags (note INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (note, tag)) WITHOUT ROWID; INSERT INTO tags VALUES (0, 'made-by-notes-2')",
    );
  },
};
const ROWS = 2000;

let dir: string;
let path: string;
const run = (migrations: readonly Migration[], hooks: SalvageHook[] = []) =>
  salvageDatabase({ path, migrations, hooks, clock: () => Date.UTC(2026, 0, 2), windowRows: 128 });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-salvage-'));
  path = join(dir, 'events.db');
  const db = openDatabase({ path, migrations: [notes] });
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let i = 1; i <= ROWS + 10; i++) insert.run(`note ${i} ${'y'.repeat(80)}`);
  })();
  db.prepare('DELETE FROM notes WHERE id > ?').run(ROWS); // the counter stays at ROWS + 10
  db.exec('INSERT INTO links (note) SELECT id FROM notes');
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('salvageDatabase', () => {
  it('copies the readable rows into a file built by the migrations, applies the ones the old file lacked after, keeps counters and the original', () => {
    damageMiddleLeaf(path, 'notes');
    const original = readFileSync(path);
    const seen: string[] = [];
    const report = run([notes, tags], [{ name: 'probe', rebuilds: () => false, after: (ctx) => (seen.push([...ctx.applied].join(',')), ['probe ran']) }]);
    expect(seen).toEqual(['notes-1']); // hooks run on the old file's schema; notes-2 came after them
    const t = report.tables.find((x) => x.table === 'notes')!;
    expect(report.notes).toEqual(['probe ran', `links: ${ROWS - t.copied} rows refer to a lost row of notes (kept as they are)`]);
    expect(t.copied).toBeGreaterThan(ROWS / 2);
    expect(t.copied).toBeLessThan(ROWS);
    expect(t.lostRanges).toHaveLength(1);
    expect(readFileSync(report.swap.kept[0]!).equals(original)).toBe(true);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(t.copied);
      expect(db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all()).toEqual(['notes-1', 'notes-2']);
      expect(db.prepare('SELECT tag FROM tags').pluck().all()).toEqual(['made-by-notes-2']);
      expect(db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'notes'").pluck().get()).toBe(ROWS + 10);
      expect(db.prepare("SELECT count(*) FROM notes WHERE text NOT LIKE 'note ' || id || ' %'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    expect(readdirSync(dir).filter((n) => n.includes('salvage') || n.includes('probe'))).toEqual([]);
  });

  it('refuses a file written by a newer collector, and changes nothing', () => {
    const before = readFileSync(path);
    expect(() => run([])).toThrow(/written by a newer collector \(migrations notes-1\)/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
  });

  it('refuses while another connection has the file open, and changes nothing', () => {
    damageMiddleLeaf(path, 'notes');
    const before = readFileSync(path);
    const holder = new Database(path, { readonly: true });
    try {
      holder.prepare('SELECT count(*) FROM sqlite_master').get();
      expect(() => run([notes])).toThrow(expect.objectContaining({ code: 'VIGIL_ERR_STORE_LOCKED' }));
      expect(readdirSync(dir).filter((n) => n.includes('probe'))).toEqual([]);
    } finally {
      holder.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'damaged'))).toBe(false);
  });
});
