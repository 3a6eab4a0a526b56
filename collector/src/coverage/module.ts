// The coverage ledger, wired: its table, the ingest stage that fills it and raises "telemetry degraded"
// through the alerts feature's AlertSink, the records-lost count fed from stored events, retention, and the
// CoverageService the API and /metrics read.
import type { Logger } from '@vigil/logger';
import type { Db } from '../store/db.js';
import type { EventBus } from '../core/bus.js';
import type { IngestTopics } from '../ingest/topics.js';
import type { AlertSink } from '../alerts/alert-sink.js';
import type { CollectorConfig } from '../config.js';
import type { CoverageService } from './types.js';
import { CoverageLedger } from './service.js';
import { CoverageStage, coverageMinuteOf } from './stage.js';
import { coverageMigration, SqliteCoverageStore } from './store.js';
import { TELEMETRY_DEGRADED_RULE } from './rule.js';

export const coverageMigrations = [coverageMigration];

export interface Coverage {
  readonly service: CoverageService;
  /** Runs inside each ingest transaction. */
  readonly stage: CoverageStage;
  /** Deletes minutes older than the cutoff; returns rows deleted. */
  prune(policy: { maxAgeMs: number; nowMs: number }): number;
}

export interface CoverageDeps {
  db: Db;
  options: CollectorConfig['coverage'];
  /** The alert path; used only when coverage.alert is on. */
  alerts: AlertSink;
  bus: EventBus<IngestTopics>;
  logger: Logger;
  clock: () => number;
}

export function createCoverage(deps: CoverageDeps): Coverage {
  const { options, clock } = deps;
  const store = new SqliteCoverageStore(deps.db);
  const alerts = options.alert ? deps.alerts : undefined;
  alerts?.register(TELEMETRY_DEGRADED_RULE);
  const stage = new CoverageStage({ store, options, alerts, clock, logger: deps.logger, atomic: (fn) => deps.db.transaction(fn)() });
  const ledger = new CoverageLedger({ store, options, clock });
  deps.bus.subscribe('events.stored', ({ agentId, events }) => {
    for (const e of events) if (e.event.coverage) ledger.noteRecordsLost(agentId, coverageMinuteOf(e)?.recordsLost ?? 0);
  });
  return { service: ledger, stage, prune: ({ maxAgeMs, nowMs }) => store.prune(nowMs - maxAgeMs) };
}
