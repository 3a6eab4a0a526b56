// The agent's state directory: created 0700, every file in it written 0600 and atomically
// (temp file, fsync, rename), because it holds the agent's private key and its delivery position.
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { AgentError } from '../errors.js';
import { writeFileAtomic } from '@vigil/files';

/** Creates `path` (and parents) and forces mode 0700 on it. */
export function ensurePrivateDir(path: string): string {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    chmodSync(path, 0o700);
    if (!statSync(path).isDirectory()) throw new Error('not a directory');
  } catch (err) {
    throw new AgentError('VIGIL_ERR_AGENT_STATE', `cannot use state directory ${path}: ${(err as Error).message}`, { cause: err });
  }
  return path;
}

/** Writes `data` to `path` with mode 0600 so a crash leaves either the old or the new file, never half. */
export function writePrivateFileAtomic(path: string, data: string | Uint8Array): void {
  writeFileAtomic(path, data, 0o600);
}
