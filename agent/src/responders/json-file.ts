// Durable small JSON state (isolation, blocks, command ledger): written to a temp file, fsynced, renamed,
// so a crash leaves either the old or the new content, never half of one. Files are 0600 in 0700 dirs.
// One damaged anyway (a disk, a hand edit) is set aside and reported, and the agent starts without it.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AgentError } from '../errors.js';
import { writePrivateFileAtomic } from '../state/dir.js';
import { setAsideFile, type SetAside } from '../state/damaged.js';

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

export interface StateFileReader<T> {
  /** The file's shape, checked after parsing: anything else is damage. */
  isValid: (value: unknown) => value is T;
  /** Told once the damaged file is set aside (the caller reports it as tamper). */
  onDamaged: (damage: SetAside) => void;
  maxBytes?: number;
}

/** readJson for state the agent can start without: a damaged file is set aside and reported, and undefined returned. */
export function readStateFile<T>(path: string, o: StateFileReader<T>): T | undefined {
  let value: unknown;
  let why: string;
  try {
    value = readJson<unknown>(path, o.maxBytes);
    if (value === undefined) return undefined;
    if (o.isValid(value)) return value;
    why = 'not the expected shape';
  } catch (err) {
    if (!(err instanceof AgentError) || !statSafe(path)) throw err;
    why = err.message;
  }
  o.onDamaged(setAsideFile(path, why));
  return undefined;
}

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** For isValid checks: a plain object. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
