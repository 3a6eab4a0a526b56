// The embedded small-state store: enrollment tokens (hash only), settings and other modules' small
// collections (operators, API token hashes) in one lowdb JSON file an operator can read. Every write is a
// locked read-modify-write, so the CLI and a running collector can both change it; reads reload only when
// the file changed. Agents live in the database (hosts/agent-store.ts); an older file's list is handed over once.
import { statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { LowSync } from 'lowdb';
import { sha256Hex } from '@vigil/crypto';
import { withFileLock } from './lock.js';
import { CollectorError } from '../errors.js';
import { PrivateJsonFile } from './private-json-file.js';
import type { StateStore, TokenCheck, TokenRecord, TokenRefusal } from './types.js';

export interface StateData {
  version: 1;
  /** Only in a file written before agents moved to the database: imported once, then removed. */
  agents?: unknown[];
  tokens: TokenRecord[];
  settings: Record<string, unknown>;
  [collection: string]: unknown;
}

const empty = (): StateData => ({ version: 1, tokens: [], settings: {} });

/** Top-level keys the store itself owns; `agents` stays reserved so nothing else reuses an old file's list. */
const OWNED = ['version', 'agents', 'tokens', 'settings'];

/** Enrollment tokens: "vgt_" + 32 random bytes base64url. Only sha256(token) is kept. */
export function newToken(): string {
  return `vgt_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return sha256Hex(`vigil.v1.token\0${token}`);
}

export function checkToken(tokens: readonly TokenRecord[], token: string, nowMs: number): TokenCheck {
  const hash = hashToken(token);
  const found = tokens.find((t) => t.hash === hash);
  if (!found) return { ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' };
  if (nowMs >= found.expiresAtMs) return { ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' };
  if (found.uses >= found.maxUses) return { ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' };
  return { ok: true, token: found };
}

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

  useToken<T>(token: string, nowMs: number, enroll: (token: TokenRecord, spend: () => void) => T): { ok: true; value: T } | TokenRefusal {
    return this.locked((data, write) => {
      const check = checkToken(data.tokens, token, nowMs);
      if (!check.ok) return check;
      const record = check.token;
      let spent = false;
      const spend = () => {
        if (spent) return;
        record.uses += 1;
        write();
        spent = true;
      };
      try {
        return { ok: true as const, value: enroll({ ...record }, spend) };
      } catch (err) {
        if (spent) {
          record.uses -= 1;
          try {
            write();
          } catch {
            // the use stays spent on disk (one enrollment less, never one more); the agent's error is the one to report
          }
        }
        throw err;
      }
    });
  }

  takeLegacyAgents<T>(importer: (entries: readonly unknown[]) => T): T | undefined {
    if (!Array.isArray(this.fresh().agents)) return undefined;
    return this.locked((data, write) => {
      // another process (the CLI, a second start) may have taken them meanwhile
      if (!Array.isArray(data.agents)) return undefined;
      const out = importer(data.agents);
      delete data.agents;
      write();
      return out;
    });
  }

  createToken(input: { ttlSeconds: number; maxUses: number; nowMs: number; note?: string }): { token: string; record: TokenRecord } {
    const token = newToken();
    const record: TokenRecord = {
      id: randomBytes(6).toString('hex'),
      hash: hashToken(token),
      createdAtMs: input.nowMs,
      expiresAtMs: input.nowMs + input.ttlSeconds * 1000,
      maxUses: input.maxUses,
      uses: 0,
      ...(input.note ? { note: input.note } : {}),
    };
    this.mutate((data) => data.tokens.push(record));
    return { token, record };
  }

  listTokens(): TokenRecord[] {
    return [...this.fresh().tokens];
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
