// The detect module's AlertSink: stage rules are registered with the alert service (listed, suppressible)
// and their alerts go through the detection stage's own record path (suppressions, dedupe, live push).
import type { AlertSink, RaisedAlert, RaiseOutcome, StageRule } from './alert-sink.js';
import type { AlertService } from './service.js';
import type { DetectStage } from './stage.js';

export class StageAlerts implements AlertSink {
  private readonly registered = new Set<string>();

  constructor(
    private readonly stage: DetectStage,
    private readonly service: AlertService,
  ) {}

  register(rule: StageRule): void {
    this.registered.add(rule.id);
    this.service.addStageRule(rule);
  }

  raise(rule: StageRule, alert: RaisedAlert): RaiseOutcome {
    if (!this.registered.has(rule.id)) throw new Error(`stage rule ${rule.id} (${rule.title}) was never registered`);
    return this.stage.record({ ...rule, kind: 'detection' }, alert, (f) => alert.group[f]);
  }
}
