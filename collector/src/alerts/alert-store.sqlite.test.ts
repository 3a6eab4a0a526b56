// The AlertStore contract against SQLite on a real database file.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase } from '../store/db.js';
import { alertsMigrations, SqliteAlertStore } from './store.js';
import { ALERT_STORE_CONTRACT_OPTIONS, describeAlertStoreContract } from './alert-store.contract.js';

describeAlertStoreContract('SqliteAlertStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-alerts-'));
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: alertsMigrations });
  return {
    store: new SqliteAlertStore(db, ALERT_STORE_CONTRACT_OPTIONS),
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
