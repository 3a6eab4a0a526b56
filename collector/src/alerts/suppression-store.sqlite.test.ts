// The SuppressionStore contract against SQLite on a real database file, plus the active set surviving a
// restart (a second store on the same file).
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/db.js';
import { openTempDatabase } from '../store/testkit-db.js';
import { alertsMigrations } from './store.js';
import { SqliteSuppressionStore } from './suppressions-store.js';
import { describeSuppressionStoreContract } from './suppression-store.contract.js';

function openSqlite(): { store: SqliteSuppressionStore; db: Db; close(): void } {
  const t = openTempDatabase('suppressions', alertsMigrations);
  return { store: new SqliteSuppressionStore(t.db), ...t };
}

describeSuppressionStoreContract('SqliteSuppressionStore', openSqlite);

describe('SqliteSuppressionStore', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('loads the active suppressions from the file when it starts', () => {
    const t = openSqlite();
    close = () => t.close();
    const kept = t.store.add({ ruleId: 'r1', agentId: 'a1', reason: 'x', createdBy: 'alice' }, 1);
    const gone = t.store.add({ ruleId: 'r1', agentId: 'a2', reason: 'y', createdBy: 'alice' }, 1);
    t.store.remove(gone.id, 'bob', 2);
    const again = new SqliteSuppressionStore(t.db);
    expect(again.find('r1', 'a1', () => undefined, 3)?.id).toBe(kept.id);
    expect(again.find('r1', 'a2', () => undefined, 3)).toBeUndefined();
  });
});
