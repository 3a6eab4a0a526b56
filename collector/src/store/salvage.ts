// `vigil-collector db salvage`: rebuilds a damaged database file. A new file is made beside the old one with
// the collector's own migrations, every table's readable rows are copied into it (salvage-copy.ts), the
// features that own derived tables rebuild them (a SalvageHook each: the events' full-text index, the gaps
// that account for lost events), and the files are swapped (salvage-swap.ts): the damaged original is kept
// in damaged/, never deleted. The collector must be stopped; a running one holds the file and is refused.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CollectorError } from '../errors.js';
import { openDatabase, type Db, type Migration } from './db.js';
import { isDamageError, storeDamagedError } from './damage.js';
import { copyKeyedTable, copyRowidTable, SALVAGE_WINDOW_ROWS, type TableCopy } from './salvage-copy.js';
import { assertNotInUse, swapIntoPlace, type SwapResult } from './salvage-swap.js';

export interface SalvageContext {
  /** The damaged file (a scratch copy of it), read-only in spirit: nothing is written back. */
  from: Db;
  /** The new file, after the generic copy. */
  to: Db;
  /** Migration ids the damaged file had applied (the new file has these while hooks run). */
  applied: ReadonlySet<string>;
  copies: ReadonlyMap<string, TableCopy>;
  nowMs: number;
}

/** A feature's part in a salvage: tables it fills itself (not copied row by row), and what it does after the copy. */
export interface SalvageHook {
  name: string;
  rebuilds(table: string): boolean;
  /** Returns lines for the report. */
  after(ctx: SalvageContext): string[];
}

export interface SalvageOptions {
  /** The database file (DATA/events.db). */
  path: string;
  /** The collector's migration list (collector/src/migrations.ts). */
  migrations: readonly Migration[];
  hooks: readonly SalvageHook[];
  clock: () => number;
  windowRows?: number;
}

export interface SalvageReport {
  tables: TableCopy[];
  notes: string[];
  swap: SwapResult;
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[:.]/g, '-');

/** The migration ids the damaged file recorded; refuses a file from a newer collector (unknown ids). */
function appliedIn(from: Db, path: string, migrations: readonly Migration[]): Set<string> {
  let ids: string[];
  try {
    ids = from.prepare('SELECT id FROM schema_migrations').pluck().all() as string[];
  } catch (err) {
    if (!isDamageError(err)) throw err;
    // the record of what was applied is unreadable: take the file as fully migrated (what a running collector leaves)
    return new Set(migrations.map((m) => m.id));
  }
  const known = new Set(migrations.map((m) => m.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw new CollectorError(
      'VIGIL_ERR_STORE_DAMAGED',
      `${path} was written by a newer collector (migrations ${unknown.join(', ')}); salvage it with that version`,
    );
  return new Set(ids);
}

function tablesOf(db: Db): Array<{ name: string; withoutRowid: boolean }> {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rootpage")
    .all() as Array<{ name: string; sql: string }>;
  return rows.filter((r) => r.name !== 'schema_migrations').map((r) => ({ name: r.name, withoutRowid: /\bWITHOUT\s+ROWID\s*;?\s*$/i.test(r.sql) }));
}

function columnsIn(db: Db, table: string): Array<{ name: string; type: string; pk: number }> {
  return db.prepare('SELECT name, type, pk FROM pragma_table_info(?)').all(table) as Array<{ name: string; type: string; pk: number }>;
}

/** AUTOINCREMENT counters never go back, even past rows that were lost. */
function keepSequences(from: Db, to: Db): void {
  const has = (db: Db) => db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get() !== undefined;
  if (!has(to) || !has(from)) return;
  let rows: Array<{ name: string; seq: number }>;
  try {
    rows = from.prepare('SELECT name, seq FROM sqlite_sequence').all() as Array<{ name: string; seq: number }>;
  } catch (err) {
    if (isDamageError(err)) return;
    throw err;
  }
  for (const r of rows) {
    const changed = to.prepare('UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?').run(r.seq, r.name).changes;
    if (changed === 0) to.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(r.name, r.seq);
  }
}

/** Rows whose parent row was among the lost (foreign keys were off during the copy): reported, not removed. */
function danglingReferences(to: Db): string[] {
  const rows = to.prepare('PRAGMA foreign_key_check').all() as Array<{ table: string; rowid: number | null; parent: string }>;
  const byTable = new Map<string, { parent: string; n: number }>();
  for (const r of rows) {
    const k = `${r.table}->${r.parent}`;
    byTable.set(k, { parent: r.parent, n: (byTable.get(k)?.n ?? 0) + 1 });
  }
  return [...byTable].map(([k, v]) => `${k.split('->')[0]}: ${v.n} rows refer to a lost row of ${v.parent} (kept as they are)`);
}

export function salvageDatabase(options: SalvageOptions): SalvageReport {
  const { path, migrations, hooks } = options;
  if (!existsSync(path)) throw new CollectorError('VIGIL_ERR_STORE_IO', `${path} does not exist: nothing to salvage`);
  assertNotInUse(path);
  const nowMs = options.clock();
  const work = `${path}.salvage-${stamp(nowMs)}`;
  mkdirSync(work, { mode: 0o700 });
  try {
    // read a scratch copy: opening the original would let SQLite recover or checkpoint its WAL into it
    const source = join(work, 'damaged.db');
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) copyFileSync(path + suffix, source + suffix);
    const built = join(work, 'events.db');
    let from: Db;
    try {
      from = new Database(source, { fileMustExist: true });
      from.pragma('query_only = ON');
      from.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (err) {
      if (isDamageError(err))
        throw storeDamagedError(path, `SQLite cannot read even its schema: ${(err as Error).message}; nothing can be salvaged, restore a backup`, err);
      throw err;
    }
    const tables: TableCopy[] = [];
    const notes: string[] = [];
    try {
      const applied = appliedIn(from, path, migrations);
      const to = openDatabase({ path: built, migrations: migrations.filter((m) => applied.has(m.id)) });
      try {
        to.pragma('foreign_keys = OFF'); // rows arrive table by table; a parent may be among the lost
        const present = new Set(tablesOf(from).map((t) => t.name));
        for (const t of tablesOf(to)) {
          if (!present.has(t.name) || hooks.some((h) => h.rebuilds(t.name))) continue;
          const cols = columnsIn(to, t.name);
          const fromCols = new Set(columnsIn(from, t.name).map((c) => c.name));
          const names = cols.map((c) => c.name).filter((n) => fromCols.has(n));
          const key = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
          const alias = key.length === 1 && key[0]!.type.toUpperCase() === 'INTEGER' ? key[0]!.name : undefined;
          const windowRows = options.windowRows ?? SALVAGE_WINDOW_ROWS;
          tables.push(
            t.withoutRowid
              ? copyKeyedTable(
                  from,
                  to,
                  t.name,
                  names,
                  key.map((c) => c.name),
                  windowRows,
                )
              : copyRowidTable(from, to, t.name, names, alias, windowRows),
          );
        }
        keepSequences(from, to);
        const copies = new Map(tables.map((t) => [t.table, t]));
        for (const h of hooks) to.transaction(() => notes.push(...h.after({ from, to, applied, copies, nowMs })))();
        notes.push(...danglingReferences(to));
      } finally {
        to.close();
      }
    } finally {
      from.close();
    }
    // the migrations the damaged file lacked (their backfills then see the copied rows)
    openDatabase({ path: built, migrations }).close();
    const swap = swapIntoPlace(path, built, join(path, '..', 'damaged'), stamp(nowMs));
    return { tables, notes, swap };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
