// The alerts service the HTTP API serves: list and read alerts with their evidence and history,
// change status (who and when), and manage suppressions. Also names the loaded rules and the rules
// left out, so the page can show what detection is running.
import type { RuleProblem, RuleSet } from '@vigil/detect';
import { CollectorError } from '../errors.js';
import { ALERT_STATUSES, type AlertStatus } from './store-schema.js';
import type { AlertCount, AlertEvidence, AlertHistoryEntry, AlertQuery, AlertRecord, AlertStore } from './types.js';
import type { StageRule } from './alert-sink.js';
import type { SEVERITIES } from './severities.js';
import type { NewSuppression, SuppressedHit, Suppression, SuppressionStore } from './types.js';

export interface AlertDetail {
  alert: AlertRecord;
  evidence: AlertEvidence[];
  history: AlertHistoryEntry[];
}

export interface RuleView {
  id: string;
  title: string;
  description: string;
  level: string;
  kind: 'detection' | 'correlation';
  logsource: string;
  tags: string[];
  attack: string[];
  groupBy: string[];
  file: string;
  line: number;
}

export interface AlertServiceOptions {
  alerts: AlertStore;
  suppressions: SuppressionStore;
  rules: RuleSet;
  clock: () => number;
  /** Announces an operator's status change (the bus topic alert.updated). */
  publish?: (update: { change: 'status'; alert: AlertRecord }) => void;
  /** Largest list a call returns: the API's largest page and the one row more that tells another page follows. */
  maxPageSize: number;
}

const MAX_TEXT = 2000;

export class AlertService {
  private readonly maxPage: number;
  private ruleIds!: Set<string>;
  private readonly stageRules = new Map<string, StageRule>();

  constructor(private readonly o: AlertServiceOptions) {
    this.maxPage = o.maxPageSize;
    this.setRules(o.rules);
  }

  /** The rule set now loaded (after a reload). Stage rules stay registered. */
  setRules(rules: RuleSet): void {
    this.o.rules = rules;
    this.ruleIds = new Set([...rules.detections.map((d) => d.info.id), ...rules.correlations.map((c) => c.info.id), ...this.stageRules.keys()]);
  }

  /** A rule a collector stage evaluates in code (see alert-sink.ts): listed with the others and suppressible. */
  addStageRule(rule: StageRule): void {
    this.stageRules.set(rule.id, rule);
    this.ruleIds.add(rule.id);
  }

  list(q: Partial<AlertQuery> = {}): AlertRecord[] {
    for (const s of q.status ?? []) if (!ALERT_STATUSES.includes(s)) throw new CollectorError('VIGIL_ERR_ALERT_INVALID', `unknown status ${s}`);
    const limit = Math.max(1, Math.min(q.limit ?? 100, this.maxPage));
    return this.o.alerts.list({ ...q, limit });
  }

  get(id: string): AlertDetail | undefined {
    const alert = this.o.alerts.get(id);
    if (!alert) return undefined;
    return { alert, evidence: this.o.alerts.evidence(id), history: this.o.alerts.history(id) };
  }

  updateStatus(id: string, status: AlertStatus, actor: string, note = ''): AlertRecord {
    if (!ALERT_STATUSES.includes(status)) throw new CollectorError('VIGIL_ERR_ALERT_INVALID', `status must be one of ${ALERT_STATUSES.join(', ')}`);
    if (!actor) throw new CollectorError('VIGIL_ERR_ALERT_INVALID', 'a status change needs the operator who made it');
    if (note.length > MAX_TEXT) throw new CollectorError('VIGIL_ERR_ALERT_INVALID', `note is longer than ${MAX_TEXT} characters`);
    const a = this.o.alerts.setStatus(id, status, actor, note, this.o.clock());
    if (!a) throw new CollectorError('VIGIL_ERR_ALERT_NOT_FOUND', `no alert ${id}`);
    this.o.publish?.({ change: 'status', alert: a });
    return a;
  }

  suppress(input: NewSuppression): Suppression {
    if (!this.ruleIds.has(input.ruleId)) throw new CollectorError('VIGIL_ERR_ALERT_INVALID', `no loaded rule ${input.ruleId}`);
    if (!input.createdBy) throw new CollectorError('VIGIL_ERR_ALERT_INVALID', 'a suppression needs the operator who made it');
    if (input.reason.length > MAX_TEXT || (input.value ?? '').length > MAX_TEXT)
      throw new CollectorError('VIGIL_ERR_ALERT_INVALID', `reason and value are limited to ${MAX_TEXT} characters`);
    const now = this.o.clock();
    if (input.expiresAtMs != null && input.expiresAtMs <= now) throw new CollectorError('VIGIL_ERR_ALERT_INVALID', 'expiry is in the past');
    try {
      return this.o.suppressions.add(input, now);
    } catch (err) {
      throw new CollectorError('VIGIL_ERR_ALERT_INVALID', (err as Error).message, { cause: err });
    }
  }

  unsuppress(id: string, actor: string): Suppression {
    const s = this.o.suppressions.remove(id, actor, this.o.clock());
    if (!s) throw new CollectorError('VIGIL_ERR_ALERT_NOT_FOUND', `no suppression ${id}`);
    return s;
  }

  listSuppressions(ruleId?: string): Suppression[] {
    return this.o.suppressions.list(ruleId);
  }

  suppressionHits(id: string): SuppressedHit[] {
    return this.o.suppressions.hits(id);
  }

  /** Open (new or acknowledged) alerts of a host by severity. */
  openAlerts(agentId: string): Record<(typeof SEVERITIES)[number], number> {
    const counts = this.o.alerts.openBySeverity(agentId);
    return {
      critical: counts.critical ?? 0,
      high: counts.high ?? 0,
      medium: counts.medium ?? 0,
      low: counts.low ?? 0,
      informational: counts.informational ?? 0,
    };
  }

  /** Alerts per severity and status (the metrics gauge). */
  counts(): AlertCount[] {
    return this.o.alerts.counts();
  }

  rules(): RuleView[] {
    const { detections, correlations } = this.o.rules;
    const view = (info: RuleSet['detections'][number]['info'], logsource: string): RuleView => ({
      id: info.id,
      title: info.title,
      description: info.description,
      level: info.level,
      kind: info.kind,
      logsource,
      tags: info.tags,
      attack: info.attack,
      groupBy: info.groupBy,
      file: info.file,
      line: info.line,
    });
    const staged = [...this.stageRules.values()].map((r): RuleView => ({
      id: r.id,
      title: r.title,
      description: r.description,
      level: r.level,
      kind: 'detection',
      logsource: r.logsource,
      tags: r.tags,
      attack: r.attack,
      groupBy: r.groupBy,
      file: r.file,
      line: 0,
    }));
    return [...detections.map((d) => view(d.info, d.bucket)), ...correlations.map((c) => view(c.info, 'correlation')), ...staged];
  }

  ruleProblems(): RuleProblem[] {
    return this.o.rules.problems;
  }
}
