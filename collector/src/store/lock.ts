// A cross-process lock file, so `vigil-collector token create` and a running collector never lose
// each other's writes to the small-state JSON file. A holder that died leaves a stale lock, broken after staleMs.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

export interface FileLockOptions {
  staleMs?: number;
  timeoutMs?: number;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function holderAlive(path: string): boolean {
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs fn while holding `path` (created O_EXCL). Synchronous: the critical sections are short file writes. */
export function withFileLock<T>(path: string, fn: () => T, options: FileLockOptions = {}): T {
  const staleMs = options.staleMs ?? 10_000;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        // e.g. ENOSPC writing the pid: never leave a lock behind that this live process seems to hold
        if (fd !== undefined) closeSync(fd);
        if (fd !== undefined) rmSync(path, { force: true });
        throw err;
      }
      let age: number;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (!holderAlive(path) || age > staleMs) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`lock ${path} is held by another process`, { cause: err });
      sleepSync(5);
    }
  }
  try {
    return fn();
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
}
