// The PolicyStore contract against SQLite on a real database file.
import { onTempDatabase } from '../store/testkit-db.js';
import { commandsMigration, SqlitePolicyStore } from './store.js';
import { describePolicyStoreContract } from './policy-store.contract.js';

describePolicyStoreContract(
  'SqlitePolicyStore',
  onTempDatabase('policies', [commandsMigration], (db) => new SqlitePolicyStore(db)),
);
