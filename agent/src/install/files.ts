// Small file steps of install, uninstall and upgrade: atomic writes with a chosen mode, copies by rename,
// so a server never sees half a bundle, half a unit or half a config.
import { chmodSync, closeSync, copyFileSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncDir, tempPathFor, writeFileAtomic } from '@vigil/files';

/** Replaces `path` atomically with `data` (mode `mode`), creating its folder (0755) first. */
export function writeInstallFile(path: string, data: string | Uint8Array, mode: number): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
  writeFileAtomic(path, data, mode);
}

/** Copies `from` beside `to`, then renames it over `to`. */
export function copyFileAtomic(from: string, to: string, mode: number): void {
  mkdirSync(dirname(to), { recursive: true, mode: 0o755 });
  const tmp = tempPathFor(to);
  copyFileSync(from, tmp);
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, mode);
  renameSync(tmp, to);
  syncDir(dirname(to));
}

export function removePath(path: string): boolean {
  try {
    rmSync(path, { recursive: true, force: false });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}
