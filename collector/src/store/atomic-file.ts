// Crash-safe replacement of the collector's small files (operator state, bundle metadata): temp file with the
// final mode, fsync, rename, so a crash leaves either the old or the new content, never half of one.
// A failed write (a full disk, say) removes its temp file and leaves the old content in place.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

export function writeFileAtomic(path: string, text: string, mode: number): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w', mode);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
