// Operators and API tokens are small state: a lowdb JSON file an operator can read, written atomically
// (temp file with mode 0600, fsync, rename) because it holds password and token hashes.
import { readFileSync } from 'node:fs';
import { LowSync, type SyncAdapter } from 'lowdb';
import { writeFileAtomic } from '@vigil/files';
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
    writeFileAtomic(this.path, JSON.stringify(data, null, 2) + '\n', 0o600);
  }
}

/** What the auth services need from storage: the data, and a way to persist it after changing it in place. */
export interface AuthDb {
  readonly data: AuthState;
  write(): void;
}

/** The collections auth keeps in the collector's state store (lowdb state.json, locked read-modify-write). */
export interface CollectionStore {
  readCollection<T>(name: string): T | undefined;
  mutateCollection<T>(name: string, fn: (current: T | undefined) => T): T;
  replaceCollections(values: Record<string, unknown>): void;
}

/**
 * Auth state inside the collector's shared state file, as collections "users" and "apiTokens". The view is
 * rebuilt whenever the store reloaded the file (the CLI may have changed it), and written back whole.
 */
export function authStateIn(store: CollectionStore): AuthDb {
  let users: UserRecord[] | undefined;
  let apiTokens: ApiTokenRecord[] | undefined;
  let view: AuthState | undefined;
  return {
    get data(): AuthState {
      const u = store.readCollection<UserRecord[]>('users');
      const t = store.readCollection<ApiTokenRecord[]>('apiTokens');
      if (!view || (u !== undefined && u !== users) || (t !== undefined && t !== apiTokens)) {
        users = u ?? view?.users ?? [];
        apiTokens = t ?? view?.apiTokens ?? [];
        view = { version: 1, users, apiTokens };
      }
      return view;
    },
    write(): void {
      const current = view ?? this.data;
      try {
        // One write for both, so a failure never leaves a user without its tokens' state or the reverse.
        store.replaceCollections({ users: current.users, apiTokens: current.apiTokens });
        users = store.readCollection<UserRecord[]>('users');
        apiTokens = store.readCollection<ApiTokenRecord[]>('apiTokens');
      } catch (err) {
        // Not written (a full disk, say): forget the change made in memory, so what runs is what is on disk.
        users = undefined;
        apiTokens = undefined;
        throw err;
      } finally {
        view = undefined;
      }
    },
  };
}

/** Opens (or creates on first write) the auth state file; ":memory:" keeps it in memory for unit tests. */
export function openAuthState(path: string): LowSync<AuthState> {
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
