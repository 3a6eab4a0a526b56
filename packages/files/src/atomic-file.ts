// Crash-safe file replacement, one implementation for every small file the agent and the collector write
// (identity, responder state, install files, operator state, bundle metadata): temp file beside the target
// with the final mode, fsync, chmod (whatever the umask), rename, fsync the folder, so a crash leaves
// either the old or the new content, never half of one. A failed write (a full disk, say) removes its
// temp file and leaves the old content in place.
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** fsyncs a folder so a rename in it survives a power cut. */
export function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The temp name beside `path` that an atomic write or copy renames over it. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Replaces `path` with `data`, mode `mode`; the folder must exist. */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode: number): void {
  const tmp = tempPathFor(path);
  try {
    const fd = openSync(tmp, 'w', mode);
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(tmp, mode);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  syncDir(dirname(path));
}
