// The two file moves of a salvage: refusing while a running collector holds the database, and putting the
// rebuilt file in place with the damaged one (and its -wal/-shm) kept in damaged/ under a timestamp.
import { existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { CollectorError } from '../errors.js';
import { salvageRemedy } from './damage.js';

/**
 * Throws VIGIL_ERR_STORE_LOCKED while another process has the file open. Every connection holds a shared
 * lock on the file (the kernel's record lock, per inode) for as long as it is open, so an exclusive lock is
 * refused (SQLITE_BUSY) while a collector runs. The probe opens a hard link of the file: the same inode and
 * locks, but its own -wal/-shm names, so it never sees, recovers or checkpoints the real WAL, and it writes
 * nothing (BEGIN EXCLUSIVE, ROLLBACK). The link and whatever SQLite made beside it are removed afterwards.
 */
export function assertNotInUse(path: string): void {
  const probe = `${path}.probe-${process.pid}`;
  rmProbe(probe);
  linkSync(path, probe);
  try {
    const db = new Database(probe, { fileMustExist: true, timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE');
      db.exec('ROLLBACK');
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
        throw new CollectorError('VIGIL_ERR_STORE_LOCKED', `${path} is in use by a running collector: stop it, then run "${salvageRemedy(path)}" again`, {
          cause: err,
        });
      // damage: not a lock, the salvage deals with it
    } finally {
      db.close();
    }
  } finally {
    rmProbe(probe);
  }
}

function rmProbe(probe: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(probe + suffix, { force: true });
}

export interface SwapResult {
  /** Where the damaged file and its -wal/-shm went. */
  kept: string[];
}

/**
 * Moves the damaged file's -wal/-shm into `damagedDir` (renames: same file system) before the new file
 * arrives, so no WAL can ever be replayed into it; links the damaged file there too; then renames `built` over
 * `path`, atomically. At no moment is there no database at `path` (a collector started then would begin empty).
 */
export function swapIntoPlace(path: string, built: string, damagedDir: string, stamp: string): SwapResult {
  assertNotInUse(path);
  mkdirSync(damagedDir, { recursive: true, mode: 0o700 });
  const keep = (suffix: string) => join(damagedDir, `${basename(path)}.${stamp}${suffix}`);
  const kept = [keep('')];
  linkSync(path, keep(''));
  for (const suffix of ['-wal', '-shm']) {
    if (!existsSync(path + suffix)) continue;
    renameSync(path + suffix, keep(suffix));
    kept.push(keep(suffix));
  }
  renameSync(built, path);
  return { kept };
}
