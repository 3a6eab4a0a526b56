// The EvidenceFileStore contract against SQLite, on a real database file in a temp folder.
import { openTempDatabase } from '../store/testkit-db.js';
import { SqliteIncidentStore, incidentsMigration } from './store.js';
import { SqliteEvidenceFileStore } from './files-store.js';
import { describeEvidenceFileStoreContract } from './evidence-file-store.contract.js';

describeEvidenceFileStoreContract('SqliteEvidenceFileStore', () => {
  const { db, close } = openTempDatabase('evidence-files', [incidentsMigration]);
  return {
    store: new SqliteEvidenceFileStore(db),
    addIncident: (id) => {
      new SqliteIncidentStore(db).create(
        {
          id,
          title: id,
          severity: 'low',
          source: 'manual',
          reportSource: 'test',
          summary: '',
          assignee: null,
          createdBy: 't',
          hosts: [],
          alertIds: [],
          firstMaliciousMs: null,
        },
        0,
      );
    },
    close,
  };
});
