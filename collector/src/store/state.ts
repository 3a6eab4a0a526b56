// The embedded small-state store: settings and other modules' small collections (operators, API token
// hashes) in one lowdb JSON file an operator can read. Every write is a locked read-modify-write, so the CLI
// and a running collector can both change it; reads reload only when the file changed. Agents and
// enrollment tokens live in the database (hosts/agent-store.ts, hosts/token-store.ts); an older file's
// lists of them are handed over once.
import { statSync } from 'node:fs';
import { LowSync } from 'lowdb';
import { withFileLock } from './lock.js';
import { CollectorError } from '../errors.js';
import { PrivateJsonFile } from './private-json-file.js';
import type { StateStore } from './types.js';

export interface StateData {
  version: 1;
  /** Only in a file written before agents moved to the database: imported once, then removed. */
  agents?: unknown[];
  /** Only in a file written before enrollment tokens moved to the database: imported once, then removed. */
  tokens?: unknown[];
  settings: Record<string, unknown>;
  [collection: string]: unknown;
}

const empty = (): StateData => ({ version: 1, settings: {} });

/** Top-level keys the store itself owns; `agents` and `tokens` stay reserved so nothing else reuses an old file's list. */
const OWNED = ['version', 'agents', 'tokens', 'settings'];

const ARRAYS = ['agents', 'tokens', 'users', 'apiTokens'];

/** Throws VIGIL_ERR_STORE_CORRUPT naming the file and what is wrong, unless `data` is a state object. */
export function checkStateShape(data: unknown, file: string): void {
  const bad = (why: string) =>
    new CollectorError('VIGIL_ERR_STORE_CORRUPT', `${file}: ${why}; refusing to start (nothing was changed). Restore it from a backup.`);
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw bad(`holds ${data === null ? 'null' : Array.isArray(data) ? 'a list' : typeof data} instead of the state object`);
  const d = data as Record<string, unknown>;
  for (const k of ARRAYS) if (k in d && !Array.isArray(d[k])) throw bad(`"${k}" is ${d[k] === null ? 'null' : typeof d[k]}, not a list`);
  if ('settings' in d && (d.settings === null || typeof d.settings !== 'object' || Array.isArray(d.settings))) throw bad('"settings" is not an object');
  for (const k of ['agents', 'tokens']) {
    const list = d[k] as unknown[] | undefined;
    if (list?.some((e) => e === null || typeof e !== 'object' || Array.isArray(e))) throw bad(`"${k}" holds an entry that is not an object`);
  }
}

export class LowdbStateStore implements StateStore {
  private readonly db: LowSync<StateData>;
  private readonly file: string;
  private stamp = '';

  constructor(file: string) {
    this.file = file;
    this.db = new LowSync<StateData>(new PrivateJsonFile<StateData>(file, (d) => checkStateShape(d, file)), empty());
    this.mutate(() => undefined);
  }

  private fileStamp(): string {
    try {
      const s = statSync(this.file);
      return `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch {
      return '';
    }
  }

  private fresh(): StateData {
    const stamp = this.fileStamp();
    if (stamp !== this.stamp) {
      this.db.read();
      this.db.data = { ...empty(), ...(this.db.data ?? {}) };
      this.stamp = stamp;
    }
    return this.db.data;
  }

  /** Runs `fn` under the lock on freshly read data; `write()` persists the data as `fn` left it. */
  private locked<T>(fn: (data: StateData, write: () => void) => T): T {
    try {
      return withFileLock(`${this.file}.lock.db`, () => {
        this.stamp = '';
        const data = this.fresh();
        return fn(data, () => {
          this.stamp = '';
          this.db.write();
          this.stamp = this.fileStamp();
        });
      });
    } catch (err) {
      // Not written (a full disk, even for the lock file): the next read reloads the file, dropping any
      // change a caller made in memory (collections are handed out by reference).
      this.stamp = '';
      throw err;
    }
  }

  /** Locked read-modify-write; `fn` mutates the data in place and returns a value. */
  private mutate<T>(fn: (data: StateData) => T): T {
    return this.locked((data, write) => {
      const out = fn(data);
      write();
      return out;
    });
  }

  takeLegacyAgents<T>(importer: (entries: readonly unknown[]) => T): T | undefined {
    return this.takeLegacy('agents', importer);
  }

  takeLegacyTokens<T>(importer: (entries: readonly unknown[]) => T): T | undefined {
    return this.takeLegacy('tokens', importer);
  }

  private takeLegacy<T>(key: 'agents' | 'tokens', importer: (entries: readonly unknown[]) => T): T | undefined {
    if (!Array.isArray(this.fresh()[key])) return undefined;
    return this.locked((data, write) => {
      // another process (the CLI, a second start) may have taken them meanwhile
      const entries = data[key];
      if (!Array.isArray(entries)) return undefined;
      const out = importer(entries);
      delete data[key];
      write();
      return out;
    });
  }

  getSetting<T>(key: string): T | undefined {
    return this.fresh().settings[key] as T | undefined;
  }

  setSetting(key: string, value: unknown): void {
    this.mutate((data) => {
      data.settings[key] = value;
    });
  }

  /** Replaces several collections in one locked write: all of them land, or none (a full disk, say). */
  replaceCollections(values: Record<string, unknown>): void {
    for (const name of Object.keys(values)) if (OWNED.includes(name)) throw new Error(`collection ${name} is owned by the state store`);
    this.mutate((data) => Object.assign(data, values));
  }

  mutateCollection<T>(name: string, fn: (current: T | undefined) => T): T {
    if (OWNED.includes(name)) throw new Error(`collection ${name} is owned by the state store`);
    return this.mutate((data) => {
      const next = fn(data[name] as T | undefined);
      data[name] = next;
      return next;
    });
  }

  readCollection<T>(name: string): T | undefined {
    return this.fresh()[name] as T | undefined;
  }
}
