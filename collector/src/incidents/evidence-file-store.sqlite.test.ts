// The EvidenceFileStore contract against SQLite, on a real database file in a temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/db.js';
import { SqliteIncidentStore, incidentsMigration } from './store.js';
import { SqliteEvidenceFileStore } from './files-store.js';
import { describeEvidenceFileStoreContract } from './evidence-file-store.contract.js';

describeEvidenceFileStoreContract('SqliteEvidenceFileStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-evidence-files-'));
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [incidentsMigration] });
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
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
