import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { copyKeyedTable, copyRowidTable } from './salvage-copy.js';
import { damageMiddleLeaf } from './testkit-damage.js';

const SCHEMA = `
  CREATE TABLE things (id INTEGER PRIMARY KEY, tag INTEGER NOT NULL, body BLOB NOT NULL);
  CREATE INDEX things_tag ON things (tag);
  CREATE TABLE plain (name TEXT NOT NULL, n INTEGER NOT NULL);
  CREATE TABLE keyed (k TEXT PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID;
`;
const ROWS = 3000;

let dir: string;
let path: string;
let to: Database.Database;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-salvage-copy-'));
  path = join(dir, 'damaged.db');
  const db = new Database(path);
  db.exec(SCHEMA);
  db.transaction(() => {
    for (let i = 1; i <= ROWS; i++) {
      db.prepare('INSERT INTO things (id, tag, body) VALUES (?, ?, ?)').run(i * 2, i % 7, Buffer.alloc(90, i % 251));
      db.prepare('INSERT INTO plain (name, n) VALUES (?, ?)').run(`row ${i} ${'x'.repeat(60)}`, i);
      db.prepare('INSERT INTO keyed (k, v) VALUES (?, ?)').run(`k${String(i).padStart(6, '0')}`, Buffer.alloc(90, i % 13));
    }
  })();
  db.close();
  to = new Database(join(dir, 'new.db'));
  to.exec(SCHEMA);
});
afterEach(() => {
  to.close();
  rmSync(dir, { recursive: true, force: true });
});

const openDamaged = () => new Database(path, { readonly: true, fileMustExist: true });

describe('copyRowidTable', () => {
  it('copies an intact table whole, rowids kept', () => {
    const from = openDamaged();
    const r = copyRowidTable(from, to, 'things', ['id', 'tag', 'body'], 'id', 100);
    from.close();
    expect(r).toMatchObject({ copied: ROWS, lost: 0, lostRanges: [] });
    expect(to.prepare('SELECT sum(id) FROM things').pluck().get()).toBe(ROWS * (ROWS + 1));
  });

  it('bisects a damaged leaf down to its rows: everything else is copied, the lost rows are counted by the index and named by rowid range', () => {
    const page = damageMiddleLeaf(path, 'things');
    expect(page.leaves).toBeGreaterThan(10);
    const from = openDamaged();
    expect(() => from.prepare('SELECT count(*), sum(length(body)) FROM things NOT INDEXED').get()).toThrow(expect.objectContaining({ code: 'SQLITE_CORRUPT' }));
    const r = copyRowidTable(from, to, 'things', ['id', 'tag', 'body'], 'id', 1000);
    from.close();
    expect(r.lost).toBeGreaterThan(0);
    expect(r.copied + r.lost!).toBe(ROWS);
    expect(r.lostRowids).toHaveLength(1);
    const { from: lo, to: hi } = r.lostRowids[0]!;
    expect(r.lostRanges).toEqual([{ from: String(lo), to: String(hi) }]);
    // exactly the rows inside the lost range are missing, every other row arrived unchanged
    const ids = new Set(to.prepare('SELECT id FROM things').pluck().all() as number[]);
    for (let i = 1; i <= ROWS; i++) expect(ids.has(i * 2)).toBe(!(BigInt(i * 2) >= lo && BigInt(i * 2) <= hi));
    for (const row of to.prepare('SELECT id, tag, body FROM things').all() as Array<{ id: number; tag: number; body: Buffer }>) {
      expect(row.tag).toBe((row.id / 2) % 7);
      expect(row.body.equals(Buffer.alloc(90, (row.id / 2) % 251))).toBe(true);
    }
  });

  it('walks sparse rowids without a window per empty stretch', () => {
    const from = new Database(join(dir, 'sparse.db'));
    from.exec('CREATE TABLE things (id INTEGER PRIMARY KEY, tag INTEGER NOT NULL, body BLOB NOT NULL)');
    for (const id of [1, 5000, 10_000]) from.prepare('INSERT INTO things VALUES (?, 0, ?)').run(id, Buffer.alloc(1));
    const r = copyRowidTable(from, to, 'things', ['id', 'tag', 'body'], 'id', 10);
    from.close();
    expect(r).toMatchObject({ copied: 3, lost: 0, reads: 3 });
    expect(to.prepare('SELECT id FROM things ORDER BY id').pluck().all()).toEqual([1, 5000, 10_000]);
  });

  it('copies a table without an alias column with its rowids, and without an index reports the loss as uncounted', () => {
    damageMiddleLeaf(path, 'plain');
    const from = openDamaged();
    const r = copyRowidTable(from, to, 'plain', ['name', 'n'], undefined, 1000);
    from.close();
    expect(r.copied).toBeLessThan(ROWS);
    expect(r.copied).toBeGreaterThan(ROWS / 2);
    expect(r.lost).toBeNull();
    expect(to.prepare('SELECT count(*) FROM plain WHERE rowid != n').pluck().get()).toBe(0);
  });
});

describe('copyKeyedTable', () => {
  it('reads a table without rowid from both ends up to the damage', () => {
    damageMiddleLeaf(path, 'keyed');
    const from = openDamaged();
    const r = copyKeyedTable(from, to, 'keyed', ['k', 'v'], ['k'], 100);
    from.close();
    expect(r.copied).toBeLessThan(ROWS);
    expect(r.copied).toBeGreaterThan(ROWS / 2);
    expect(r.lost).toBeNull();
    expect(r.lostRanges).toHaveLength(1);
    expect(r.lostRanges[0]!.from).toMatch(/^after \["k\d{6}"\]$/);
    const keys = to.prepare('SELECT k FROM keyed ORDER BY k').pluck().all() as string[];
    expect(keys[0]).toBe('k000001');
    expect(keys.at(-1)).toBe(`k${String(ROWS).padStart(6, '0')}`);
    for (const row of to.prepare('SELECT k, v FROM keyed').all() as Array<{ k: string; v: Buffer }>)
      expect(row.v.equals(Buffer.alloc(90, Number(row.k.slice(1)) % 13))).toBe(true);
  });
});
