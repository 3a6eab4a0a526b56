// The agent's state directory: created 0700, every file in it written 0600 and atomically
// (temp file, fsync, rename), because it holds the agent's private key and its delivery position.
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { AgentError } from '../errors.js';

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
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
  const dfd = openSync(dirname(path), 'r');
  try {
    fsyncSync(dfd);
  } finally {
    closeSync(dfd);
  }
}
