// Damaged state found at start is moved aside, never deleted and never fatal: into a "damaged" folder beside
// it, for a responder to look at, so the agent starts on what is intact and says what it set aside.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writePrivateFileAtomic } from './dir.js';

/** How many set-aside files one damaged folder keeps (the oldest go first), so repeated damage cannot fill the disk. */
export const DAMAGED_FILES_KEPT = 16;

export interface SetAside {
  /** The damaged file or region, as found. */
  path: string;
  /** Where its bytes now are. */
  keptAs: string;
  why: string;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function damagedDir(of: string): string {
  const dir = join(dirname(of), 'damaged');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

function prune(dir: string): void {
  const files = readdirSync(dir)
    .map((name) => ({ path: join(dir, name), at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const f of files.slice(DAMAGED_FILES_KEPT)) rmSync(f.path, { force: true });
}

/** Moves the damaged file `path` into its folder's damaged/ (renamed with the time found). */
export function setAsideFile(path: string, why: string): SetAside {
  const dir = damagedDir(path);
  const keptAs = join(dir, `${basename(path)}.${stamp()}`);
  renameSync(path, keptAs);
  prune(dir);
  return { path, keptAs, why };
}

/** Copies a damaged region of `path` (bytes from `offset`) into damaged/, before the file is rewritten without it. */
export function setAsideBytes(path: string, offset: number, bytes: Uint8Array, why: string): SetAside {
  const dir = damagedDir(path);
  const keptAs = join(dir, `${basename(path)}.at-${offset}.${stamp()}`);
  writePrivateFileAtomic(keptAs, bytes);
  prune(dir);
  return { path: `${path}@${offset}+${bytes.byteLength}`, keptAs, why };
}
