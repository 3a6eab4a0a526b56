// The detection module: its tables, the ingest stage that turns matches into alerts before the ack,
// live alert pushes after each commit, and the AlertService other modules (the API) serve.
import { DetectionEngine, formatProblem, summarizeRuleSet, type RuleSetSummary, type RuleSet } from '@vigil/detect';
import type { Logger } from '@vigil/logger';
import type { CollectorApp, CollectorModule } from '../app.js';
import { alertsMigration, alertsTrustMigration, SqliteAlertStore } from './store.js';
import { SqliteSuppressionStore } from './suppressions-store.js';
import { DetectStage } from './stage.js';
import { AlertService } from './service.js';
import { LOADED_RULE_DIRS_SETTING, loadConfiguredRules } from './rules.js';
import type { AlertSink } from './alert-sink.js';
import { StageAlerts } from './stage-alerts.js';

export class DetectModule implements CollectorModule {
  readonly name = 'detect';
  readonly migrations = [alertsMigration, alertsTrustMigration];
  private svc: AlertService | undefined;
  private sink: AlertSink | undefined;
  private st: DetectStage | undefined;
  private app: CollectorApp | undefined;
  private logger: Logger | undefined;

  /** Set once setup() ran. */
  get service(): AlertService | undefined {
    return this.svc;
  }

  get stage(): DetectStage | undefined {
    return this.st;
  }
  /** Set once setup() ran: how collector stages (coverage) raise alerts of their own rules. */
  get alertSink(): AlertSink | undefined {
    return this.sink;
  }

  private load(): { rules: RuleSet; summary: RuleSetSummary; engine: DetectionEngine } {
    const app = this.app!;
    const logger = this.logger!;
    const options = app.config.detect;
    const rules = loadConfiguredRules(options, app.state.getSetting<string[]>(LOADED_RULE_DIRS_SETTING) ?? []);
    const summary = summarizeRuleSet(rules);
    for (const p of rules.problems) logger.warn({ code: p.code, feature: p.feature, file: p.file, line: p.line }, `rule left out: ${formatProblem(p)}`);
    logger.info(
      { detections: summary.detections, correlations: summary.correlations, leftOut: summary.leftOut, byLogsource: summary.byLogsource },
      'rules loaded',
    );
    const engine = new DetectionEngine(rules, { maxGroupsPerCorrelation: options.maxCorrelationGroups, maxEvidencePerMatch: options.maxEvidencePerMatch });
    return { rules, summary, engine };
  }

  /**
   * Reload the rule folders (config, built-in pack, `rules load` folders) without a restart. The new
   * rules apply from the next ingest transaction; correlation windows start empty. A reload that
   * yields no usable rule keeps the running set.
   */
  reload(): { applied: boolean; summary: RuleSetSummary; problems: RuleSet['problems'] } {
    if (!this.st || !this.svc) throw new Error('detect module is not set up');
    const { rules, summary, engine } = this.load();
    const applied = summary.detections + summary.correlations > 0;
    if (applied) {
      this.st.setEngine(engine);
      this.svc.setRules(rules);
    }
    return { applied, summary, problems: rules.problems };
  }

  setup(app: CollectorApp): void {
    this.app = app;
    this.logger = app.logger.child({ component: 'detect' });
    const logger = this.logger;
    const options = app.config.detect;
    const { rules, engine } = this.load();
    const alerts = new SqliteAlertStore(app.db, { dedupeWindowMs: options.dedupeWindowMs, maxEvidencePerAlert: options.maxEvidencePerAlert });
    const suppressions = new SqliteSuppressionStore(app.db);
    const stage = new DetectStage({ engine, alerts, suppressions, clock: app.clock, logger, sweepIntervalMs: options.sweepIntervalMs });
    app.ingestStages.push(stage);
    app.afterIngest.push(() => {
      for (const r of stage.drain()) app.live.publish('alert', { change: r.outcome, alert: r.alert });
    });
    this.st = stage;
    this.svc = new AlertService({ alerts, suppressions, rules, clock: app.clock, publish: (data) => app.live.publish('alert', data) });
    this.sink = new StageAlerts(stage, this.svc);
  }
}
