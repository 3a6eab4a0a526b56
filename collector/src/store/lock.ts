// A cross-process lock, so `vigil-collector token create` and a running collector never lose each other's
// writes to the small-state JSON file. It is SQLite's own write lock on an empty lock database beside the
// file (BEGIN EXCLUSIVE): the kernel keeps it (a POSIX record lock) for as long as the holding process
// lives and drops it the moment that process dies. So a live holder never loses its lock, however long it
// holds it, and a dead one leaves nothing stale to break. A waiter sleeps in SQLite's busy handler, up to
// timeoutMs. Nothing is ever written to the lock database, so it stays an empty file (a full disk is fine).
import Database from 'better-sqlite3';
import { closeSync, openSync } from 'node:fs';

export interface FileLockOptions {
  /** How long to wait while another process holds the lock before giving up (default 15 s). */
  timeoutMs?: number;
}

/** Creates the lock file 0600 if missing (SQLite would make it 0644 less the umask). */
function ensureLockFile(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (err) {
    // An existing file is left untouched: closing a descriptor of it would drop this process's own lock.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/** Runs fn while holding the lock `path`. Synchronous: the critical sections are short file writes. */
export function withFileLock<T>(path: string, fn: () => T, options: FileLockOptions = {}): T {
  ensureLockFile(path);
  const db = new Database(path, { timeout: options.timeoutMs ?? 15_000 });
  try {
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (err) {
      if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new Error(`lock ${path} is held by another process`, { cause: err });
      throw err;
    }
    try {
      return fn();
    } finally {
      db.exec('COMMIT');
    }
  } finally {
    db.close();
  }
}
