// Durable small JSON state (isolation, blocks, command ledger): written to a temp file, fsynced, renamed,
// so a crash leaves either the old or the new content, never half of one. Files are 0600 in 0700 dirs.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AgentError } from '../errors.js';
import { writePrivateFileAtomic } from '../state/dir.js';

export function writeJsonAtomic(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writePrivateFileAtomic(path, JSON.stringify(value));
}

/** Reads a JSON state file; undefined when absent; a coded error when unreadable or larger than maxBytes. */
export function readJson<T>(path: string, maxBytes = 16 << 20): T | undefined {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AgentError('VIGIL_ERR_RESPONSE_STATE', `cannot stat ${path}`, { cause: err });
  }
  if (size > maxBytes) throw new AgentError('VIGIL_ERR_RESPONSE_STATE', `${path} is ${size} bytes, over ${maxBytes}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new AgentError('VIGIL_ERR_RESPONSE_STATE', `${path} is not valid JSON`, { cause: err });
  }
}
