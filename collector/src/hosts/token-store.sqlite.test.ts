// The TokenStore contract against SQLite on a real database file, plus what only the SQLite store has: the
// agent row and the token use commit or roll back together (one transaction of one file), a second
// connection (the CLI beside a running collector) sees and spends the same uses, and tokens survive reopening.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../store/db.js';
import { openTempDatabase } from '../store/testkit-db.js';
import { SqliteAgentStore, agentsMigrations } from './agent-store.js';
import { SqliteTokenStore, tokensMigrations } from './token-store.js';
import { defaultAgentsOptions } from './options.js';
import { describeTokenStoreContract } from './token-store.contract.js';

const migrations = [...agentsMigrations, ...tokensMigrations];

function openSqlite(): { store: SqliteTokenStore; agents: SqliteAgentStore; db: Db; path: string; close: () => void } {
  const t = openTempDatabase('tokens', migrations);
  return { store: new SqliteTokenStore(t.db), agents: new SqliteAgentStore(t.db, defaultAgentsOptions()), ...t };
}

describeTokenStoreContract('SqliteTokenStore', openSqlite);

const newAgent = (id: string, tokenId: string) => ({
  id,
  publicKey: `pk-${id}`,
  hostname: 'h',
  machineId: '',
  os: 'Debian',
  agentVersion: '0.1.0',
  tokenId,
  nowMs: 1,
});

describe('SqliteTokenStore', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('rolls the agent row back with the use: an enrollment that throws after writing its agent stores nothing', () => {
    const t = openSqlite();
    close = t.close;
    const { token } = t.store.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    expect(() =>
      t.store.useToken(token, 1, {
        enroll: (tok) => {
          t.agents.enroll(newAgent('a1', tok.id));
          throw new Error('after the agent row');
        },
      }),
    ).toThrow('after the agent row');
    expect(t.agents.count()).toBe(0);
    expect(t.store.list()[0]!.uses).toBe(0);
  });

  it('stores no agent when the use cannot be written (the UPDATE fails inside the transaction)', () => {
    const t = openSqlite();
    close = t.close;
    const { token } = t.store.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
    // a real failure of the spend statement, the way a full disk or an I/O error would fail it
    t.db.exec("CREATE TRIGGER fail_spend BEFORE UPDATE ON enrollment_tokens BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    expect(() => t.store.useToken(token, 1, { enroll: (tok) => t.agents.enroll(newAgent('a1', tok.id)) })).toThrow('disk I/O error');
    expect(t.agents.count()).toBe(0);
    t.db.exec('DROP TRIGGER fail_spend');
    expect(t.store.useToken(token, 1, { enroll: (tok) => t.agents.enroll(newAgent('a1', tok.id)).id })).toEqual({ ok: true, value: 'a1' });
    expect(t.agents.count()).toBe(1);
    expect(t.store.list()[0]!.uses).toBe(1);
  });

  it('shares tokens with a second connection (the CLI): it sees them, and a use one spent is spent for the other', () => {
    const t = openSqlite();
    close = t.close;
    const cliDb = openDatabase({ path: t.path, migrations });
    try {
      const cli = new SqliteTokenStore(cliDb);
      const { token, record } = cli.create({ ttlSeconds: 60, maxUses: 1, nowMs: 0 });
      expect(t.store.list()).toEqual([record]);
      expect(t.store.useToken(token, 1, { enroll: () => 'server' })).toEqual({ ok: true, value: 'server' });
      expect(cli.useToken(token, 1, { enroll: () => 'cli' })).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
      expect(cli.list()[0]!.uses).toBe(1);
    } finally {
      cliDb.close();
    }
  });

  it('keeps tokens and uses in the file across a reopen, and finds a token by the hash index', () => {
    const t = openSqlite();
    close = t.close;
    const { token } = t.store.create({ ttlSeconds: 60, maxUses: 2, nowMs: 0 });
    t.store.useToken(token, 1, { enroll: () => 'a1' });
    const again = openDatabase({ path: t.path, migrations });
    try {
      expect(new SqliteTokenStore(again).list().map((r) => r.uses)).toEqual([1]);
      const plan = (again.prepare("EXPLAIN QUERY PLAN SELECT * FROM enrollment_tokens WHERE hash = 'h'").all() as Array<{ detail: string }>).map(
        (p) => p.detail,
      );
      expect(plan.join(' ')).toMatch(/USING INDEX sqlite_autoindex_enrollment_tokens/);
    } finally {
      again.close();
    }
  });
});
