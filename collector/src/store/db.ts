// Opens the collector's SQLite file (WAL) and applies each storage module's migrations in order.
// Every module that owns tables exports a Migration; nothing else issues DDL.
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CollectorError } from '../errors.js';
import { isDamageError, storeDamagedError } from './damage.js';
import { integrityProblems } from './integrity.js';

export type Db = Database.Database;

export interface Migration {
  /** Unique, stable name, e.g. "events-1". Applied once, in the order given. */
  id: string;
  up(db: Db): void;
}

export interface OpenOptions {
  /** File path, or ":memory:" for tests that do not exercise durability. */
  path: string;
  migrations: readonly Migration[];
  /** Reads every page before anything is written ('quick'), or trusts the file ('off', the default here; serve passes storage.startCheck). */
  startCheck?: 'quick' | 'off';
  /** The quick check runs only on a file up to this size (it reads all of it: about 4 s per 765 MiB here). */
  startCheckMaxBytes?: number;
  /** Told when the file was too big to check at start. */
  onCheckSkipped?: (bytes: number) => void;
}

/**
 * Opens (or creates) the database. An existing 0-byte file is refused, never silently taken as an empty
 * store (issue 13 item 15), and a file SQLite cannot read is named in the error. A damaged file (SQLITE_CORRUPT,
 * SQLITE_NOTADB, or problems found by the start check) is refused with VIGIL_ERR_STORE_DAMAGED before anything
 * is written, and closed again (issue 14).
 */
export function openDatabase(options: OpenOptions): Db {
  if (options.path !== ':memory:') {
    let size: number | undefined;
    try {
      size = statSync(options.path).size;
    } catch {
      size = undefined; // absent: created now
    }
    if (size === 0) {
      throw new CollectorError(
        'VIGIL_ERR_STORE_CORRUPT',
        `${options.path} is empty (0 bytes): refusing to start with an empty event store; restore it from a backup, or remove it to start over`,
      );
    }
  }
  let db: Db;
  try {
    db = new Database(options.path);
  } catch (err) {
    throw new CollectorError('VIGIL_ERR_STORE_CORRUPT', `${options.path} cannot be opened as a database: ${(err as Error).message}`, { cause: err });
  }
  try {
    const bytes = options.path === ':memory:' ? 0 : (statSync(options.path, { throwIfNoEntry: false })?.size ?? 0);
    const tooBig = options.startCheckMaxBytes !== undefined && bytes > options.startCheckMaxBytes;
    if (options.startCheck === 'quick' && tooBig) options.onCheckSkipped?.(bytes);
    if (options.startCheck === 'quick' && !tooBig) {
      const problems = integrityProblems(db, 'quick', 3);
      if (problems.length > 0) throw storeDamagedError(options.path, `SQLite's quick check: ${problems.join('; ')}`);
    }
    db.pragma('journal_mode = WAL');
    return migrate(db, options);
  } catch (err) {
    db.close();
    if (err instanceof CollectorError) throw err;
    if (isDamageError(err)) throw storeDamagedError(options.path, `SQLite: ${(err as Error).message}`, err);
    throw new CollectorError('VIGIL_ERR_STORE_CORRUPT', `${options.path} cannot be opened as a database: ${(err as Error).message}`, { cause: err });
  }
}

function migrate(db: Db, options: OpenOptions): Db {
  db.pragma('synchronous = FULL'); // an ack promises the events survive power loss, not just a crash
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set((db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: string }>).map((r) => r.id));
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  for (const m of options.migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      m.up(db);
      record.run(m.id, Date.now());
    })();
  }
  return db;
}
