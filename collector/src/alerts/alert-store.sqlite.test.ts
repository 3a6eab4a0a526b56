// The AlertStore contract against SQLite on a real database file.
import { onTempDatabase } from '../store/testkit-db.js';
import { alertsMigrations, SqliteAlertStore } from './store.js';
import { ALERT_STORE_CONTRACT_OPTIONS, describeAlertStoreContract } from './alert-store.contract.js';

describeAlertStoreContract(
  'SqliteAlertStore',
  onTempDatabase('alerts', alertsMigrations, (db) => new SqliteAlertStore(db, ALERT_STORE_CONTRACT_OPTIONS)),
);
