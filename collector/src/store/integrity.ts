// SQLite's own page-by-page check of the database file, bounded in how many problems it reports. Start-up
// runs the quick form (every page read, no index cross-check: storage.startCheck); `vigil-collector db check`
// runs the full one.
import type Database from 'better-sqlite3';

type Db = Database.Database;

/** At most this many problems are collected (SQLite stops looking after them). */
export const MAX_INTEGRITY_MESSAGES = 100;

export type IntegrityMode = 'quick' | 'full';

/** The problems found, none when the file is sound. Throws what SQLite throws when it cannot even start (SQLITE_NOTADB, ...). */
export function integrityProblems(db: Db, mode: IntegrityMode, maxMessages: number = MAX_INTEGRITY_MESSAGES): string[] {
  const pragma = mode === 'quick' ? 'quick_check' : 'integrity_check';
  const limit = Math.max(1, Math.min(Math.floor(maxMessages), 10_000));
  const rows = db.prepare(`PRAGMA ${pragma}(${limit})`).pluck().all() as string[];
  return rows.length === 1 && rows[0] === 'ok' ? [] : rows;
}
