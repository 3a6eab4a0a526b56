// The CommandStore contract against SQLite on a real database file.
import { onTempDatabase } from '../store/testkit-db.js';
import { commandHoldsMigration, commandsMigration, SqliteCommandStore } from './store.js';
import { describeCommandStoreContract } from './command-store.contract.js';

describeCommandStoreContract(
  'SqliteCommandStore',
  onTempDatabase('commands', [commandsMigration, commandHoldsMigration], (db) => new SqliteCommandStore(db)),
);
