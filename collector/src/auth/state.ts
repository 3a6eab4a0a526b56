// Operators and API tokens are small state: a lowdb JSON file an operator can read, written atomically
// (temp file with mode 0600, fsync, rename) because it holds password and token hashes.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { LowSync, type SyncAdapter } from 'lowdb';
import type { Role } from './roles.js';

export interface UserRecord {
  name: string;
  role: Role;
  passwordHash: string;
  /** Set for the generated first-start password: every route but changing it is refused. */
  mustChangePassword: boolean;
  disabled: boolean;
  createdAtMs: number;
  passwordChangedAtMs: number;
}

export interface ApiTokenRecord {
  id: string;
  name: string;
  role: Role;
  /** Who created it. */
  createdBy: string;
  /** Hex SHA-256 of the secret; the secret itself is shown once and never stored. */
  hash: string;
  createdAtMs: number;
  expiresAtMs: number | null;
  revokedAtMs: number | null;
  lastUsedAtMs: number | null;
}

export interface AuthState {
  version: 1;
  users: UserRecord[];
  apiTokens: ApiTokenRecord[];
}

export class PrivateJsonFileSync<T> implements SyncAdapter<T> {
  constructor(private readonly path: string) {}
  read(): T | null {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }
  write(data: T): void {
    const tmp = `${this.path}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(data, null, 2) + '\n');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }
}

export type AuthDb = LowSync<AuthState>;

/** Opens (or creates on first write) the auth state file; ":memory:" keeps it in memory for unit tests. */
export function openAuthState(path: string): AuthDb {
  const adapter: SyncAdapter<AuthState> =
    path === ':memory:'
      ? (() => {
          let held: AuthState | null = null;
          return { read: () => held, write: (d: AuthState) => void (held = structuredClone(d)) };
        })()
      : new PrivateJsonFileSync<AuthState>(path);
  const db = new LowSync<AuthState>(adapter, { version: 1, users: [], apiTokens: [] });
  db.read();
  return db;
}
