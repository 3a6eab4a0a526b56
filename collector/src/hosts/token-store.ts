// The enrollment-token table, beside the agent table in the collector's SQLite file, so that an enrollment
// (token checked, agent row written, one use spent) is one transaction. Tokens lived in state.json before
// (issue 18): every enrollment rewrote and fsynced the whole file inside the agent write, and a storm of
// them queued on the file lock. Only this file writes SQL against `enrollment_tokens`.
import type Database from 'better-sqlite3';
import type { Db, Migration } from '../store/db.js';
import { CollectorError } from '../errors.js';
import { checkToken, hashToken, newToken, newTokenId } from './tokens.js';
import type { NewToken, TokenRecord, TokenRefusal, TokenStore, TokenUse } from './types.js';

export const tokensMigration: Migration = {
  id: 'enrollment-tokens-1',
  up(db) {
    // `seq` keeps creation order for the listing; the hash is how an enrollment finds its token.
    db.exec(`
      CREATE TABLE enrollment_tokens (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        hash TEXT NOT NULL UNIQUE,
        created_at_ms INTEGER NOT NULL,
        expires_at_ms INTEGER NOT NULL,
        max_uses INTEGER NOT NULL,
        uses INTEGER NOT NULL,
        note TEXT,
        CHECK (uses >= 0 AND uses <= max_uses)
      );
    `);
  },
};

/** Every migration of the token table, in order. */
export const tokensMigrations: readonly Migration[] = [tokensMigration];

interface Row {
  id: string;
  hash: string;
  created_at_ms: number;
  expires_at_ms: number;
  max_uses: number;
  uses: number;
  note: string | null;
}

const COLUMNS = 'id, hash, created_at_ms, expires_at_ms, max_uses, uses, note';

const toRecord = (r: Row): TokenRecord => ({
  id: r.id,
  hash: r.hash,
  createdAtMs: r.created_at_ms,
  expiresAtMs: r.expires_at_ms,
  maxUses: r.max_uses,
  uses: r.uses,
  ...(r.note !== null ? { note: r.note } : {}),
});

const params = (t: TokenRecord) => ({
  id: t.id,
  hash: t.hash,
  created_at_ms: t.createdAtMs,
  expires_at_ms: t.expiresAtMs,
  max_uses: t.maxUses,
  uses: t.uses,
  note: t.note ?? null,
});

export class SqliteTokenStore implements TokenStore {
  private readonly byHash: Database.Statement<[string], Row>;
  private readonly all: Database.Statement<[], Row>;
  private readonly insert: Database.Statement<[ReturnType<typeof params>], unknown>;
  private readonly insertKeep: Database.Statement<[ReturnType<typeof params>], unknown>;
  private readonly spend: Database.Statement<[string], unknown>;

  constructor(private readonly db: Db) {
    this.byHash = db.prepare(`SELECT ${COLUMNS} FROM enrollment_tokens WHERE hash = ?`);
    this.all = db.prepare(`SELECT ${COLUMNS} FROM enrollment_tokens ORDER BY seq`);
    const values = COLUMNS.split(', ')
      .map((c) => `@${c}`)
      .join(', ');
    this.insert = db.prepare(`INSERT INTO enrollment_tokens (${COLUMNS}) VALUES (${values})`);
    this.insertKeep = db.prepare(`INSERT INTO enrollment_tokens (${COLUMNS}) VALUES (${values}) ON CONFLICT DO NOTHING`);
    this.spend = db.prepare('UPDATE enrollment_tokens SET uses = uses + 1 WHERE id = ? AND uses < max_uses');
  }

  create(input: NewToken): { token: string; record: TokenRecord } {
    const token = newToken();
    const record: TokenRecord = {
      id: newTokenId(),
      hash: hashToken(token),
      createdAtMs: input.nowMs,
      expiresAtMs: input.nowMs + input.ttlSeconds * 1000,
      maxUses: input.maxUses,
      uses: 0,
      ...(input.note ? { note: input.note } : {}),
    };
    this.insert.run(params(record));
    return { token, record };
  }

  list(): TokenRecord[] {
    return this.all.all().map(toRecord);
  }

  useToken<T>(token: string, nowMs: number, use: TokenUse<T>): { ok: true; value: T } | TokenRefusal {
    const hash = hashToken(token);
    // IMMEDIATE: the write lock is taken before the token is read, so two processes (the collector and
    // the CLI) cannot both spend its last use; a store on the same database joins as a savepoint.
    return this.db
      .transaction((): { ok: true; value: T } | TokenRefusal => {
        const row = this.byHash.get(hash);
        const found = row ? toRecord(row) : undefined;
        if (found && use.again) {
          const value = use.again({ ...found });
          if (value !== undefined) return { ok: true, value };
        }
        const check = checkToken(found, nowMs);
        if (!check.ok) return check;
        const value = use.enroll({ ...check.token });
        if (this.spend.run(check.token.id).changes !== 1)
          throw new CollectorError('VIGIL_ERR_STORE_CORRUPT', `enrollment token ${check.token.id} changed inside its own transaction`);
        return { ok: true, value };
      })
      .immediate();
  }

  importRecords(records: readonly TokenRecord[]): { added: number } {
    return this.db
      .transaction(() => {
        let added = 0;
        for (const r of records) added += this.insertKeep.run(params(r)).changes;
        return { added };
      })
      .immediate();
  }
}
