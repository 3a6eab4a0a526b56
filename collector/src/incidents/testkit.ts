// The incidents feature on real parts for its unit tests: a SQLite file in a temp folder with the audit,
// alert, command and incident tables, a real CommandService, and the parts from createIncidents. `wired`
// feeds every command change to the reactions as the module does; otherwise finish() applies them.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { openDatabase, type Db } from '../store/db.js';
import { alertsMigration, alertsTrustMigration, SqliteAlertStore } from '../alerts/store.js';
import { commandsMigrations, SqliteCommandStore } from '../commands/store.js';
import { auditMigrations, SqliteAuditLog } from '../audit/store.js';
import { auditOptionsSchema } from '../audit/options.js';
import { CommandService } from '../commands/service.js';
import { commandsOptionsSchema } from '../commands/options.js';
import type { CommandRow } from '../commands/types.js';
import { SqliteIncidentStore, incidentsMigration } from './store.js';
import { SqliteEvidenceFileStore } from './files-store.js';
import { incidentOptionsSchema } from './options.js';
import { createIncidents } from './create.js';
import type { EvidenceFileStore, Incidents, IncidentsDeps, IncidentNews } from './types.js';

export interface IncidentsLab {
  db: Db;
  alerts: SqliteAlertStore;
  commands: CommandService;
  audit: SqliteAuditLog;
  files: EvidenceFileStore;
  incidents: Incidents;
  /** Every incident pushed live, in order. */
  news: IncidentNews[];
  /** Transfers the reactions aborted: [commandId, reason]. */
  aborted: Array<[string, string]>;
  raise(agentId?: string, firstMs?: number, severity?: string, ruleId?: string): ReturnType<SqliteAlertStore['record']>['alert'];
  /** The agent's result for a command, then (unless wired) the reactions to it. */
  finish(id: string, status?: vigil.v1.CommandStatus, output?: Record<string, unknown>): CommandRow;
  close(): void;
}

export function openIncidentsLab(clock: () => number, o: { wired?: boolean; deps?: Partial<IncidentsDeps> } = {}): IncidentsLab {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-inc-'));
  const db = openDatabase({
    path: join(dir, 'events.db'),
    migrations: [...auditMigrations, alertsMigration, alertsTrustMigration, ...commandsMigrations, incidentsMigration],
  });
  const alerts = new SqliteAlertStore(db, { dedupeWindowMs: 60_000, maxEvidencePerAlert: 10 });
  const audit = new SqliteAuditLog(db, clock, auditOptionsSchema.parse({}));
  const files = new SqliteEvidenceFileStore(db);
  const news: IncidentNews[] = [];
  const aborted: Array<[string, string]> = [];
  const react = (row: CommandRow) => {
    incidents.evidence.onCommand(row, (commandId, reason) => aborted.push([commandId, reason]));
    incidents.review.onCommand(row);
  };
  const commands = new CommandService({
    store: new SqliteCommandStore(db),
    privateKey: generateKeyPairSync('ed25519').privateKey,
    send: () => true,
    audit,
    logger: silentLogger(),
    clock,
    onChange: o.wired ? (row) => react(row) : undefined,
    options: commandsOptionsSchema.parse({}),
  });
  const incidents = createIncidents({
    store: new SqliteIncidentStore(db),
    files,
    alert: (id) => {
      const a = alerts.get(id);
      return a ? { alert: a, evidence: alerts.evidence(id) } : undefined;
    },
    commands,
    event: () => undefined,
    hostname: (id) => ({ a1: 'web-1', a2: 'db-1' })[id],
    audit,
    logger: silentLogger(),
    clock,
    options: incidentOptionsSchema.parse({ autoGroup: { enabled: true, windowMs: 60_000 } }),
    publish: (n) => news.push(n),
    ...o.deps,
  });
  return {
    db,
    alerts,
    commands,
    audit,
    files,
    incidents,
    news,
    aborted,
    raise(agentId = 'a1', firstMs = clock() - 400, severity = 'high', ruleId = 'vigil-tmp-exec') {
      return alerts.record(
        {
          ruleId,
          ruleTitle: 'Binary run from /tmp',
          ruleKind: 'detection',
          description: '',
          severity,
          tags: [],
          attack: ['T1059'],
          agentId,
          group: {},
          groupKey: ruleId,
          eventIds: ['e1'],
          eventTimesMs: [firstMs],
          count: 1,
          firstMs,
          lastMs: firstMs,
        },
        clock(),
      ).alert;
    },
    finish(id, status = vigil.v1.CommandStatus.SUCCEEDED, output = {}) {
      const row = commands.get(id)!;
      const now = clock();
      commands.onResult(row.agentId, { commandId: id, status, message: 'done', outputJson: JSON.stringify(output), startedAtMs: now, finishedAtMs: now });
      if (!o.wired) react(commands.get(id)!);
      return commands.get(id)!;
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
