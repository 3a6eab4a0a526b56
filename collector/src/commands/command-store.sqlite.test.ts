// The CommandStore contract against SQLite on a real database file.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase } from '../store/db.js';
import { commandsMigration, SqliteCommandStore } from './store.js';
import { describeCommandStoreContract } from './command-store.contract.js';

describeCommandStoreContract('SqliteCommandStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-commands-'));
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [commandsMigration] });
  return {
    store: new SqliteCommandStore(db),
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
