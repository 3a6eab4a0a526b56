// The coverage ledger as a collector module: its table, the ingest stage that fills it and raises
// "telemetry degraded" through the detect module's AlertSink, retention, and the CoverageService the
// API and /metrics read. The sink is passed in at the composition root (modules.ts), never looked up.
import type { CollectorApp, CollectorModule } from '../app.js';
import type { AlertSink } from '../alerts/alert-sink.js';
import type { CoverageService } from './types.js';
import { CoverageLedger } from './service.js';
import { CoverageStage, coverageMinuteOf } from './stage.js';
import { coverageMigration, SqliteCoverageStore } from './store.js';
import { TELEMETRY_DEGRADED_RULE } from './rule.js';

export interface CoverageModule extends CollectorModule {
  /** Set after setup(). */
  readonly service: CoverageService | undefined;
  readonly stage: CoverageStage | undefined;
}

export interface CoverageModuleOptions {
  /** The alert path (the detect module's sink); undefined: keep the ledger, raise nothing. Read in setup(). */
  alerts: () => AlertSink | undefined;
}

export function coverageModule(options: CoverageModuleOptions): CoverageModule {
  let service: CoverageLedger | undefined;
  let stage: CoverageStage | undefined;
  return {
    name: 'coverage',
    migrations: [coverageMigration],
    get service() {
      return service;
    },
    get stage() {
      return stage;
    },
    setup(app: CollectorApp) {
      const opts = app.config.coverage;
      const logger = app.logger.child({ component: 'coverage' });
      const store = new SqliteCoverageStore(app.db);
      const alerts = opts.alert ? options.alerts() : undefined;
      if (opts.alert && !alerts) logger.warn({}, 'detection is not loaded: "telemetry degraded" alerts are off');
      alerts?.register(TELEMETRY_DEGRADED_RULE);
      stage = new CoverageStage({ store, options: opts, alerts, clock: app.clock, logger, atomic: (fn) => app.db.transaction(fn)() });
      app.ingestStages.push(stage);
      const ledger = new CoverageLedger({ store, options: opts, clock: app.clock });
      service = ledger;
      app.afterIngest.push((agentId, inserted) => {
        for (const e of inserted) if (e.event.coverage) ledger.noteRecordsLost(agentId, coverageMinuteOf(e)?.recordsLost ?? 0);
      });
      app.retention.push(({ maxAgeMs, nowMs }) => store.prune(nowMs - maxAgeMs));
    },
  };
}
