// For the store contract suites and their SQLite runs: a real database file in a fresh temp folder with the
// feature's migrations, and the close that removes both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db, type Migration } from './db.js';

export interface TempDatabase {
  db: Db;
  /** The database file (a second connection can open it). */
  path: string;
  close: () => void;
}

export function openTempDatabase(name: string, migrations: readonly Migration[]): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), `vigil-${name}-${process.pid}-`));
  const path = join(dir, 'events.db');
  const db = openDatabase({ path, migrations });
  return {
    db,
    path,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A contract runner's `open`: the store built on a fresh temp database, closed with it. */
export function onTempDatabase<S>(name: string, migrations: readonly Migration[], build: (db: Db) => S): () => { store: S; close(): void } {
  return () => {
    const t = openTempDatabase(name, migrations);
    return { store: build(t.db), close: t.close };
  };
}
