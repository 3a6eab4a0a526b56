// The IncidentStore contract against SQLite, on a real database file in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/db.js';
import { SqliteIncidentStore, incidentsMigration } from './store.js';
import { describeIncidentStoreContract } from './incident-store.contract.js';

describeIncidentStoreContract('SqliteIncidentStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-incidents-'));
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [incidentsMigration] });
  return {
    store: new SqliteIncidentStore(db),
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
