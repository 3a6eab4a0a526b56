// The PolicyStore contract against SQLite on a real database file.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase } from '../store/db.js';
import { commandsMigration, SqlitePolicyStore } from './store.js';
import { describePolicyStoreContract } from './policy-store.contract.js';

describePolicyStoreContract('SqlitePolicyStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-policies-'));
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [commandsMigration] });
  return {
    store: new SqlitePolicyStore(db),
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
