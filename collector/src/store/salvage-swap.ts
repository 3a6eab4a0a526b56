// The two file moves of a salvage: refusing while a running collector holds the database, and putting the
// rebuilt file in place with the damaged one (and its -wal/-shm) kept in damaged/ under a timestamp.
import { existsSync, linkSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { CollectorError } from '../errors.js';
import { salvageRemedy } from './damage.js';

/**
 * Throws VIGIL_ERR_STORE_LOCKED while a running collector has the file open. A connection in WAL mode keeps
 * the -wal file for as long as it is open, so without one nobody has the file. With one, a read-only
 * connection in exclusive locking mode is refused (SQLITE_BUSY) while another process holds its shared lock;
 * a WAL left by a crash fails otherwise, and read-only, the probe never writes or checkpoints anything.
 */
export function assertNotInUse(path: string): void {
  if (!existsSync(`${path}-wal`)) return;
  const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code === 'SQLITE_LOCKED')
      throw new CollectorError('VIGIL_ERR_STORE_LOCKED', `${path} is in use by a running collector: stop it, then run "${salvageRemedy(path)}" again`, {
        cause: err,
      });
    // damage, or a WAL left by a crash that a read-only connection may not recover: not in use, go on
  } finally {
    db.close();
  }
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
