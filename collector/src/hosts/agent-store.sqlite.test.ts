// The AgentStore contract against SQLite on a real database file, plus what only the SQLite store has: a
// second store on the file (the CLI beside a running collector) reads what the first wrote, the host list
// is served by its index, the clone check by the machine id index and a retried enrollment by the key index.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../store/db.js';
import { openTempDatabase } from '../store/testkit-db.js';
import { SqliteAgentStore, agentsMigrations } from './agent-store.js';
import { defaultAgentsOptions } from './options.js';
import { describeAgentStoreContract } from './agent-store.contract.js';

function openSqlite(): { store: SqliteAgentStore; db: Db; path: string; close: () => void } {
  const t = openTempDatabase('agents', agentsMigrations);
  return { store: new SqliteAgentStore(t.db, defaultAgentsOptions()), ...t };
}

describeAgentStoreContract('SqliteAgentStore', openSqlite);

describe('SqliteAgentStore', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('keeps agents in the file: a second connection (the CLI) reads and updates what the first wrote', () => {
    const t = openSqlite();
    close = t.close;
    t.store.enroll({ id: 'a1', publicKey: 'pk', hostname: 'h', machineId: 'm', os: 'Debian', agentVersion: '0.1.0', tokenId: 't', nowMs: 1 });
    const cliDb = openDatabase({ path: t.path, migrations: agentsMigrations });
    try {
      const cli = new SqliteAgentStore(cliDb, defaultAgentsOptions());
      expect(cli.get('a1')?.hostname).toBe('h');
      cli.update('a1', { dryRun: true });
    } finally {
      cliDb.close();
    }
    expect(t.store.get('a1')?.dryRun).toBe(true);
  });

  it('serves the host list, the clone check and the retry lookup from their indexes', () => {
    const t = openSqlite();
    close = t.close;
    const plan = (sql: string) => (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((p) => p.detail).join(' ');
    expect(plan("SELECT * FROM agents WHERE (hostname, id) > ('a', 'b') ORDER BY hostname, id LIMIT 50")).toContain('agents_host_order');
    expect(plan("SELECT id FROM agents WHERE machine_id = 'm' AND public_key <> 'k' AND revoked = 0 ORDER BY seq LIMIT 1")).toContain('agents_machine');
    expect(plan("SELECT id FROM agents WHERE public_key = 'k' AND token_id = 't' AND revoked = 0 ORDER BY seq LIMIT 1")).toContain('agents_public_key');
  });
});
