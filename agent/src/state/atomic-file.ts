// Crash-safe file replacement, one implementation for every small file the agent writes (identity, spool
// position, responder state, install files): temp file beside the target, fsync, chmod, rename, fsync the
// folder, so a crash leaves either the old or the new content, never half of one.
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
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
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, mode);
  renameSync(tmp, path);
  syncDir(dirname(path));
}
