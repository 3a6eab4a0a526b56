// What file integrity watches by default: the persistence locations of ../persistence-paths.ts (the one
// list the audit watches read too), system ones as they are and per-user ones for every account's home.
import { readFileSync } from 'node:fs';
import { parsePasswd } from '../common/users.js';
import { PERSISTENCE_PATHS, expandPersistencePaths } from '../persistence-paths.js';

export interface Watch {
  path: string;
  watch: string;
}

/** The system-wide persistence locations. */
export const BUILTIN_WATCHES: Watch[] = expandPersistencePaths(new Map()).map((p) => ({ path: p.path, watch: p.watch }));

/** Account name -> home directory, from a passwd file (empty when it cannot be read). */
export function homesFromPasswd(passwdPath: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(passwdPath, 'utf8');
  } catch {
    return new Map();
  }
  return new Map(parsePasswd(text).map((e) => [e.name, e.home]));
}

/** Every account's own persistence files (authorized_keys, shell rc files, autostart, user units). */
export function userWatches(passwdPath: string): Watch[] {
  const system = new Set(BUILTIN_WATCHES.map((w) => w.path));
  return expandPersistencePaths(homesFromPasswd(passwdPath), PERSISTENCE_PATHS)
    .filter((p) => !system.has(p.path))
    .map((p) => ({ path: p.path, watch: p.watch }));
}

/** ~/.ssh/authorized_keys(2) of every account (a subset of userWatches). */
export function authorizedKeysWatches(passwdPath: string): Watch[] {
  return userWatches(passwdPath).filter((w) => /\/\.ssh\/authorized_keys2?$/.test(w.path));
}
