// The alerts feature, wired: its tables, the ingest stage that turns rule matches into alerts before the
// ack, the announcement of new and changed alerts on the bus after each commit, the AlertService the API
// serves, the AlertSink for rules evaluated in code, and rule reload without a restart.
import { setImmediate as nextTurn } from 'node:timers/promises';
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
   * Resolves once the correlation windows are rebuilt from stored events at start (rebuildWindows): ingest
   * holds its commits until then, while the API and the agents' sockets are served.
   */
  readonly ready: Promise<void>;
  /**
   * Reloads the rule folders (config, built-in pack, `rules load` folders). The running rules keep detecting
   * while the new ones' correlation windows are rebuilt from stored events; the new rules take over from the
   * next ingest transaction once that caught up (rebuildWindows). A reload that yields no usable rule keeps the
   * running set. Reloads run one after another.
   */
  reload(): Promise<RuleReload>;
  /** Stops a rebuild under way (the collector stops; storage closes next). */
  stop(): void;
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
  events: Pick<EventStore, 'openReplay'>;
  logger: Logger;
  clock: () => number;
}

/**
 * Work per event-loop turn while windows are rebuilt, some 20-30 ms each (BENCHMARKS.md), so the API and the
 * sockets are served between slices: stored rows walked back to find the start, then events replayed.
 */
const REBUILD_SEEK_ROWS = 20_000;
const REBUILD_SLICE_EVENTS = 2_000;

/**
 * Replays the events received within the engine's longest correlation timespan (at most
 * options.rebuildMaxEvents, of the kinds a correlation can learn from) into `engine`, a slice per event-loop
 * turn, and on into the events stored meanwhile until it reaches the newest; then, in that same turn (so no
 * commit falls between), calls `install`. The windows are then what they were before a restart, a crash or a
 * reload. Evaluation is deterministic and ingest ran the stage in stored order inside each event's
 * transaction, so every match found again was recorded then: replay records none. Resolves false, with
 * nothing installed, when `stopped` turned true meanwhile; a failed read installs what was rebuilt so far.
 */
async function rebuildWindows(engine: DetectionEngine, stage: DetectStage, deps: AlertsDeps, stopped: () => boolean, install: () => void): Promise<boolean> {
  const spanMs = engine.correlationSpanMs;
  const maxEvents = deps.options.rebuildMaxEvents;
  if (spanMs === 0 || maxEvents === 0) {
    install();
    return true;
  }
  const started = performance.now();
  const kinds = engine.replayKinds;
  let events = 0;
  let slices = 0;
  let complete = true;
  try {
    const cursor = deps.events.openReplay({ sinceReceivedMs: deps.clock() - spanMs, maxEvents, kinds });
    while (!cursor.seek(REBUILD_SEEK_ROWS)) {
      await nextTurn();
      if (stopped()) return false;
    }
    complete = cursor.complete;
    for (;;) {
      const n = cursor.next(REBUILD_SLICE_EVENTS, (se) => stage.replay(engine, se));
      events += n;
      slices++;
      if (n < REBUILD_SLICE_EVENTS) break;
      await nextTurn();
      if (stopped()) return false;
    }
  } catch (err) {
    if (stopped()) return false;
    deps.logger.error({ err, events }, 'correlation windows rebuilt only in part: reading the stored events failed');
  }
  install();
  const fields = { events, slices, kinds, spanMs, groups: engine.correlationGroups, ms: Math.round(performance.now() - started) };
  if (complete) deps.logger.info(fields, 'correlation windows rebuilt from stored events');
  else
    deps.logger.warn(
      { ...fields, rebuildMaxEvents: maxEvents },
      'correlation windows rebuilt from the newest detect.rebuildMaxEvents events only: older events of the longest window were left out',
    );
  return true;
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
  let stopped = false;
  const isStopped = () => stopped;
  // the stage already holds the engine; ingest commits nothing before this resolves
  const ready = rebuildWindows(engine, stage, deps, isStopped, () => undefined).then(() => undefined);
  let reloads: Promise<unknown> = ready;
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
    ready,
    reload() {
      const run = reloads.then(async (): Promise<RuleReload> => {
        const next = load();
        const usable = next.summary.detections + next.summary.correlations > 0;
        const installed =
          usable &&
          (await rebuildWindows(next.engine, stage, deps, isStopped, () => {
            stage.setEngine(next.engine);
            service.setRules(next.rules);
          }));
        return { applied: installed, summary: next.summary, problems: next.rules.problems };
      });
      reloads = run.catch(() => undefined);
      return run;
    },
    stop() {
      stopped = true;
    },
  };
}
