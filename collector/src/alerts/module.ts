// The alerts feature, wired: its tables, the ingest stage that turns rule matches into alerts before the
// ack, the announcement of new and changed alerts on the bus after each commit, the AlertService the API
// serves, the AlertSink for rules evaluated in code, and rule reload without a restart.
import { DetectionEngine, formatProblem, summarizeRuleSet, type RuleSetSummary, type RuleSet } from '@vigil/detect';
import type { Logger } from '@vigil/logger';
import type { Db } from '../store/db.js';
import type { StateStore } from '../store/types.js';
import type { EventBus } from '../core/bus.js';
import type { IngestTopics } from '../ingest/topics.js';
import type { EventStore } from '../events/types.js';
import type { CollectorConfig } from '../config.js';
import { alertsMigration, alertsTrustMigration, SqliteAlertStore } from './store.js';
import { SqliteSuppressionStore } from './suppressions-store.js';
import { DetectStage } from './stage.js';
import { AlertService } from './service.js';
import { LOADED_RULE_DIRS_SETTING, loadConfiguredRules } from './rules.js';
import type { AlertSink } from './alert-sink.js';
import { StageAlerts } from './stage-alerts.js';
import type { AlertTopics } from './topics.js';

export const alertsMigrations = [alertsMigration, alertsTrustMigration];

export interface RuleReload {
  applied: boolean;
  summary: RuleSetSummary;
  problems: RuleSet['problems'];
}

export interface Alerts {
  readonly service: AlertService;
  /** Runs inside each ingest transaction. */
  readonly stage: DetectStage;
  /** How collector stages (coverage) raise alerts of their own rules. */
  readonly sink: AlertSink;
  /**
   * Reloads the rule folders (config, built-in pack, `rules load` folders). The new rules apply from the
   * next ingest transaction, their correlation windows rebuilt from stored events (rebuildWindows). A reload
   * that yields no usable rule keeps the running set.
   */
  reload(): RuleReload;
}

export interface AlertsDeps {
  db: Db;
  /** Settings: the folders `rules load` added. */
  state: Pick<StateStore, 'getSetting'>;
  options: CollectorConfig['detect'];
  /** Largest list the AlertService returns (the API's largest page, plus one). */
  maxListRows: number;
  bus: EventBus<AlertTopics & IngestTopics>;
  /** Stored events, replayed to rebuild correlation windows at start and after a reload. */
  events: Pick<EventStore, 'replay'>;
  logger: Logger;
  clock: () => number;
}

/**
 * Replays the events received within the engine's longest correlation timespan (at most
 * options.rebuildMaxEvents, of the kinds a correlation can learn from) through the stage, so the windows
 * are what they were before a restart, a crash or a reload. Evaluation is deterministic and ingest ran the
 * stage in stored order inside each event's transaction, so every match found again was recorded then:
 * replay records none.
 */
function rebuildWindows(stage: DetectStage, engine: DetectionEngine, deps: AlertsDeps): void {
  const spanMs = engine.correlationSpanMs;
  const maxEvents = deps.options.rebuildMaxEvents;
  if (spanMs === 0 || maxEvents === 0) return;
  const started = performance.now();
  const kinds = engine.replayKinds;
  const r = deps.events.replay({ sinceReceivedMs: deps.clock() - spanMs, maxEvents, kinds }, (se) => stage.replay(se));
  const fields = { events: r.events, kinds, spanMs, groups: stage.correlationGroups, ms: Math.round(performance.now() - started) };
  if (r.complete) deps.logger.info(fields, 'correlation windows rebuilt from stored events');
  else
    deps.logger.warn(
      { ...fields, rebuildMaxEvents: maxEvents },
      'correlation windows rebuilt from the newest detect.rebuildMaxEvents events only: older events of the longest window were left out',
    );
}

export function createAlerts(deps: AlertsDeps): Alerts {
  const { options, logger, bus } = deps;
  const load = (): { rules: RuleSet; engine: DetectionEngine; summary: RuleSetSummary } => {
    const rules = loadConfiguredRules(options, deps.state.getSetting<string[]>(LOADED_RULE_DIRS_SETTING) ?? []);
    const summary = summarizeRuleSet(rules);
    for (const p of rules.problems) logger.warn({ code: p.code, feature: p.feature, file: p.file, line: p.line }, `rule left out: ${formatProblem(p)}`);
    logger.info(
      { detections: summary.detections, correlations: summary.correlations, leftOut: summary.leftOut, byLogsource: summary.byLogsource },
      'rules loaded',
    );
    const engine = new DetectionEngine(rules, { maxGroupsPerCorrelation: options.maxCorrelationGroups, maxEvidencePerMatch: options.maxEvidencePerMatch });
    return { rules, engine, summary };
  };
  const { rules, engine } = load();
  const alerts = new SqliteAlertStore(deps.db, { dedupeWindowMs: options.dedupeWindowMs, maxEvidencePerAlert: options.maxEvidencePerAlert });
  const suppressions = new SqliteSuppressionStore(deps.db);
  const stage = new DetectStage({ engine, alerts, suppressions, clock: deps.clock, logger, sweepIntervalMs: options.sweepIntervalMs });
  rebuildWindows(stage, engine, deps);
  const service = new AlertService({
    alerts,
    suppressions,
    rules,
    clock: deps.clock,
    publish: (update) => bus.publish('alert.updated', update),
    maxPageSize: deps.maxListRows,
  });
  // What the stage wrote inside the transaction is announced once it committed.
  bus.subscribe('events.stored', () => {
    for (const r of stage.drain()) {
      if (r.outcome === 'created') bus.publish('alert.raised', { alert: r.alert });
      else bus.publish('alert.updated', { change: 'updated', alert: r.alert });
    }
  });
  return {
    service,
    stage,
    sink: new StageAlerts(stage, service),
    reload() {
      const next = load();
      const applied = next.summary.detections + next.summary.correlations > 0;
      if (applied) {
        stage.setEngine(next.engine);
        rebuildWindows(stage, next.engine, deps);
        service.setRules(next.rules);
      }
      return { applied, summary: next.summary, problems: next.rules.problems };
    },
  };
}
