// The IncidentStore contract against SQLite, on a real database file in a temp folder.
import { onTempDatabase } from '../store/testkit-db.js';
import { SqliteIncidentStore, incidentsMigration } from './store.js';
import { describeIncidentStoreContract } from './incident-store.contract.js';

describeIncidentStoreContract(
  'SqliteIncidentStore',
  onTempDatabase('incidents', [incidentsMigration], (db) => new SqliteIncidentStore(db)),
);
