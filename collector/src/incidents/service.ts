// The incident service: opens incidents (from alerts, by hand from a report, or by the grouping policy),
// moves them through their phases, and gathers everything that happened on their hosts (alerts, evidence,
// commands with results, notes, collected files) into one timeline, a remediation checklist built from
// the containment actually applied, metrics, and the report. Every change is audited and pushed live.
import { randomUUID } from 'node:crypto';
import type { Logger } from '@vigil/logger';
import { CollectorError } from '../errors.js';
import type { AuditWriter } from '../audit/writer.js';
import type { AlertEvidence, AlertRecord } from '../alerts/types.js';
import type { CommandRow } from '../commands/types.js';
import type { CommandService } from '../commands/service.js';
import { credentialDetail, type OperatorRole } from '../commands/credential-access.js';
import { PHASES, type ChecklistItem, type EvidenceEvent, type FollowUp, type IncidentRecord, type IncidentStore, type Phase } from './store.js';
import type { EvidenceFile, EvidenceFileStore } from './files-store.js';
import { checkPhaseMove, nextPhases } from './phases.js';
import { buildTimeline, describeCommand, type TimelineEntry } from './timeline.js';
import { fleetMedians, incidentMetrics, type IncidentMetrics, type IncidentTimes, type MetricsBucket } from './metrics.js';
import { isAppliedContainment, undoFor, undoKeyOf } from './undo.js';
import type { IncidentReport, ReportAction } from './report.js';
import type { IncidentOptions } from './options.js';
import { textOf } from './text.js';

export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
const FORENSIC_ACTIONS = new Set(['collect_file', 'triage']);
const MAX_TEXT = 10_000;

export interface EventRef {
  id: string;
  timeMs: number;
  kind: string;
  summary: string;
}

export interface IncidentServiceDeps {
  store: IncidentStore;
  files: EvidenceFileStore;
  /** The alert and its evidence (detection's AlertService); undefined when detection is off. */
  alert: (id: string) => { alert: AlertRecord; evidence: AlertEvidence[] } | undefined;
  commands: () => CommandService | undefined;
  event: (agentId: string, seq: number) => EventRef | undefined;
  hostname: (agentId: string) => string | undefined;
  audit: AuditWriter;
  logger: Logger;
  clock: () => number;
  options: IncidentOptions;
  publish?: (data: unknown) => void;
}

export interface OpenRequest {
  source: 'alerts' | 'manual' | 'policy';
  actor: string;
  address?: string;
  title?: string;
  severity?: Severity;
  alertIds?: string[];
  hosts?: string[];
  reportSource?: string;
  summary?: string;
  assignee?: string | null;
  firstMaliciousMs?: number | null;
}

export interface IncidentDetail {
  incident: IncidentRecord;
  hostnames: Record<string, string>;
  alerts: AlertRecord[];
  phases: ReturnType<IncidentStore['phases']>;
  nextPhases: Phase[];
  notes: ReturnType<IncidentStore['notes']>;
  evidence: EvidenceEvent[];
  files: EvidenceFile[];
  commands: CommandRow[];
  checklist: ChecklistItem[];
  timeline: TimelineEntry[];
  metrics: IncidentMetrics;
  times: IncidentTimes;
}

const text = (s: string | undefined, what: string, max = MAX_TEXT) => {
  const v = (s ?? '').trim();
  if (v.length > max) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `${what} is longer than ${max} characters`);
  return v;
};

export class IncidentService {
  constructor(private readonly d: IncidentServiceDeps) {}

  private now(): number {
    return this.d.clock();
  }

  must(id: string): IncidentRecord {
    const i = this.d.store.get(id);
    if (!i) throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `no incident ${id}`);
    return i;
  }

  private audit(
    actor: string,
    address: string | undefined,
    action: string,
    id: string,
    detail: Record<string, unknown> = {},
    result: 'ok' | 'failed' = 'ok',
  ): void {
    this.d.audit.write({ user: actor, source: address ?? 'collector', action, target: `incident:${id}`, result, detail });
  }

  private changed(id: string, change: string): void {
    const i = this.d.store.get(id);
    if (i) this.d.publish?.({ change, incident: i });
  }

  private alertOrThrow(id: string): { alert: AlertRecord; evidence: AlertEvidence[] } {
    const a = this.d.alert(id);
    if (!a) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `no alert ${id}`);
    return a;
  }

  private hostOrThrow(agentId: string): void {
    if (this.d.hostname(agentId) === undefined) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `no host ${agentId}`);
  }

  open(req: OpenRequest): IncidentRecord {
    const alerts = (req.alertIds ?? []).map((id) => this.alertOrThrow(id).alert);
    if (req.source === 'alerts' && alerts.length === 0)
      throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an incident from alerts needs at least one alert');
    const reportSource = text(req.reportSource, 'report source', 500);
    if (req.source === 'manual' && !reportSource)
      throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an incident opened by hand needs its report source (who reported it, how)');
    for (const h of req.hosts ?? []) this.hostOrThrow(h);
    const hosts = [...new Set([...alerts.map((a) => a.agentId), ...(req.hosts ?? [])])];
    const worst = alerts.reduce((w, a) => Math.max(w, SEVERITIES.indexOf(a.severity as Severity)), -1);
    const severity = req.severity ?? (worst >= 0 ? SEVERITIES[worst]! : 'medium');
    const title = text(req.title, 'title', 300) || (alerts[0] ? `${alerts[0].ruleTitle} on ${this.d.hostname(alerts[0].agentId) ?? alerts[0].agentId}` : '');
    if (!title) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an incident needs a title');
    const incident = this.d.store.create(
      {
        id: randomUUID(),
        title,
        severity,
        source: req.source,
        reportSource: reportSource || null,
        summary: text(req.summary, 'summary'),
        assignee: req.assignee ?? null,
        createdBy: req.actor,
        hosts,
        alertIds: alerts.map((a) => a.id),
        firstMaliciousMs: req.firstMaliciousMs ?? null,
      },
      this.now(),
    );
    this.audit(req.actor, req.address, 'incident.open', incident.id, { source: req.source, alerts: incident.alertIds.length, hosts });
    this.changed(incident.id, 'created');
    return incident;
  }

  update(
    id: string,
    patch: { title?: string; severity?: Severity; assignee?: string | null; summary?: string; firstMaliciousMs?: number | null },
    actor: string,
    address?: string,
  ): IncidentRecord {
    this.must(id);
    const p: Parameters<IncidentStore['update']>[1] = {};
    if (patch.title !== undefined) {
      p.title = text(patch.title, 'title', 300);
      if (!p.title) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'title is empty');
    }
    if (patch.severity !== undefined) p.severity = patch.severity;
    if (patch.assignee !== undefined) p.assignee = patch.assignee ? text(patch.assignee, 'assignee', 100) : null;
    if (patch.summary !== undefined) p.summary = text(patch.summary, 'summary');
    if (patch.firstMaliciousMs !== undefined) p.firstMaliciousMs = patch.firstMaliciousMs;
    this.d.store.update(id, p, this.now());
    this.audit(actor, address, 'incident.update', id, { fields: Object.keys(p) });
    this.changed(id, 'updated');
    return this.must(id);
  }

  private checkRoom(id: string, n: number): void {
    if (n >= this.d.options.maxItemsPerIncident)
      throw new CollectorError('VIGIL_ERR_INCIDENT_LIMIT', `incident ${id} holds ${n} of its ${this.d.options.maxItemsPerIncident} items`);
  }

  addAlerts(id: string, alertIds: string[], actor: string, address?: string): IncidentRecord {
    const inc = this.must(id);
    this.checkRoom(id, inc.alertIds.length + alertIds.length - 1);
    const alerts = alertIds.map((a) => this.alertOrThrow(a).alert);
    const now = this.now();
    this.d.store.tx(() => {
      for (const a of alerts) {
        this.d.store.addAlert(id, a.id, actor, now);
        this.d.store.addHost(id, a.agentId, now);
      }
    });
    this.audit(actor, address, 'incident.alerts.add', id, { alerts: alertIds });
    this.changed(id, 'updated');
    return this.must(id);
  }

  addHosts(id: string, hosts: string[], actor: string, address?: string): IncidentRecord {
    this.must(id);
    for (const h of hosts) this.hostOrThrow(h);
    const now = this.now();
    for (const h of hosts) this.d.store.addHost(id, h, now);
    this.audit(actor, address, 'incident.hosts.add', id, { hosts });
    this.changed(id, 'updated');
    return this.must(id);
  }

  movePhase(id: string, to: Phase, actor: string, note = '', address?: string): IncidentRecord {
    const inc = this.must(id);
    const n = text(note, 'note', 2000);
    const check = checkPhaseMove(inc.phase, to, { note: n, hasReview: Boolean(inc.review?.rootCause) });
    if (!check.ok) throw new CollectorError('VIGIL_ERR_INCIDENT_PHASE', check.reason);
    const now = this.now();
    const patch: Parameters<IncidentStore['update']>[1] = { phase: to };
    // The first time a phase is reached is what the metrics measure; a reopened incident keeps it.
    if (to === 'contained' && inc.containedAtMs === null) patch.containedAtMs = now;
    if (to === 'remediated' && inc.remediatedAtMs === null) patch.remediatedAtMs = now;
    if (to === 'closed') patch.closedAtMs = now;
    if (check.backwards && inc.phase === 'closed') patch.closedAtMs = null;
    this.d.store.tx(() => {
      this.d.store.update(id, patch, now);
      this.d.store.addPhase(id, { atMs: now, actor, from: inc.phase, to, note: n });
    });
    this.audit(actor, address, 'incident.phase', id, { from: inc.phase, to });
    this.changed(id, 'phase');
    return this.must(id);
  }

  addNote(id: string, body: string, actor: string, address?: string): { id: string; atMs: number } {
    this.must(id);
    const t = text(body, 'note');
    if (!t) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'note is empty');
    this.checkRoom(id, this.d.store.notes(id).length);
    const note = { id: randomUUID(), atMs: this.now(), author: actor, text: t };
    this.d.store.addNote(id, note);
    this.audit(actor, address, 'incident.note', id, { noteId: note.id });
    this.changed(id, 'note');
    return note;
  }

  markEvidence(id: string, agentId: string, seq: number, actor: string, note = '', address?: string): EvidenceEvent {
    const inc = this.must(id);
    if (!inc.hosts.includes(agentId)) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `host ${agentId} is not part of incident ${id}; add it first`);
    const ev = this.d.event(agentId, seq);
    if (!ev) throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `no event ${seq} from ${agentId}`);
    this.checkRoom(id, this.d.store.evidence(id).length);
    const e: EvidenceEvent = {
      agentId,
      seq,
      eventId: ev.id,
      timeMs: ev.timeMs,
      kind: ev.kind,
      summary: ev.summary.slice(0, 1000),
      markedBy: actor,
      markedAtMs: this.now(),
      note: text(note, 'note', 2000),
    };
    this.d.store.addEvidence(id, e);
    this.audit(actor, address, 'incident.evidence.mark', id, { agentId, seq });
    this.changed(id, 'evidence');
    return e;
  }

  unmarkEvidence(id: string, agentId: string, seq: number, actor: string, address?: string): void {
    this.must(id);
    if (!this.d.store.removeEvidence(id, agentId, seq))
      throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `event ${seq} of ${agentId} is not evidence of ${id}`);
    this.audit(actor, address, 'incident.evidence.unmark', id, { agentId, seq });
    this.changed(id, 'evidence');
  }

  private cmds(): CommandService {
    const c = this.d.commands();
    if (!c) throw new CollectorError('VIGIL_ERR_API_UNAVAILABLE', 'the commands module is not running');
    return c;
  }

  /** Orders a response or forensic action on one of the incident's hosts; it lands on the timeline. */
  issueCommand(
    id: string,
    req: { agentId: string; action: string; params: Record<string, unknown>; dryRun?: boolean; ttlMs?: number; operatorRole?: OperatorRole },
    actor: string,
    address?: string,
  ): CommandRow {
    const inc = this.must(id);
    if (!inc.hosts.includes(req.agentId)) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `host ${req.agentId} is not part of incident ${id}`);
    const row = this.cmds().issue({
      agentId: req.agentId,
      action: req.action,
      params: req.params,
      operator: actor,
      operatorRole: req.operatorRole,
      source: address ?? `incident:${id}`,
      dryRun: req.dryRun,
      ttlMs: req.ttlMs,
    });
    this.d.store.linkCommand(id, row.id);
    const f = this.d.files.byCommand(row.id);
    if (f) this.d.files.attach(f.id, id);
    this.audit(actor, address, 'incident.command', id, { commandId: row.id, kind: row.action, ...credentialDetail(row.action, req.params) });
    this.changed(id, 'command');
    return row;
  }

  /** Creates the evidence row for a collect_file/triage command (any origin) before it is delivered. */
  expectEvidence(row: CommandRow): void {
    if (!FORENSIC_ACTIONS.has(row.action) || this.d.files.byCommand(row.id)) return;
    let params: Record<string, unknown>;
    try {
      params = JSON.parse(row.paramsJson) as Record<string, unknown>;
    } catch {
      params = {};
    }
    const kind = row.action === 'triage' ? 'triage' : 'file';
    const fileId = randomUUID();
    this.d.files.insert({
      id: fileId,
      incidentId: this.d.store.incidentsOfCommand(row.id)[0] ?? null,
      agentId: row.agentId,
      hostname: this.d.hostname(row.agentId) ?? row.agentId,
      commandId: row.id,
      kind,
      requestedPath: kind === 'triage' ? 'triage.json' : textOf(params.path),
      requestedBy: row.operator,
      requestedAtMs: row.createdAtMs,
    });
    if (typeof params.maxBytes === 'number') this.d.files.annotate(fileId, null, { maxBytes: params.maxBytes });
  }

  /** A command changed state: evidence rows, checklist ticks and live updates of the incidents it touches. */
  onCommand(row: CommandRow, abortTransfer: (commandId: string, reason: string) => void): void {
    if (FORENSIC_ACTIONS.has(row.action)) this.onForensicResult(row, abortTransfer);
    const touched = new Set<string>([...this.d.store.incidentsOfCommand(row.id), ...this.d.store.openIncidentsOfHost(row.agentId).map((i) => i.id)]);
    for (const item of this.d.store.checklistByUndoCommand(row.id)) {
      touched.add(item.incidentId);
      if (row.status === 'succeeded' && !row.dryRun)
        this.d.store.updateChecklistItem(item.id, { status: 'done', doneBy: row.operator, doneAtMs: row.finishedAtMs ?? this.now(), error: null });
      else if (['failed', 'refused', 'expired', 'rejected'].includes(row.status) || (row.status === 'succeeded' && row.dryRun)) {
        this.d.store.updateChecklistItem(item.id, {
          status: 'failed',
          error: row.dryRun ? 'the undo ran as a dry run; nothing changed' : `${row.errorCode ?? row.status}: ${row.message ?? ''}`,
        });
      }
    }
    for (const id of touched) {
      if (isAppliedContainment(row) || undoKeyOf(row)) this.refreshChecklist(id);
      this.changed(id, 'command');
    }
  }

  private onForensicResult(row: CommandRow, abortTransfer: (commandId: string, reason: string) => void): void {
    const f = this.d.files.byCommand(row.id);
    if (!f) return;
    if (['failed', 'refused', 'expired', 'rejected'].includes(row.status)) {
      abortTransfer(row.id, `${row.errorCode ?? row.status}: ${row.message ?? ''}`);
      this.d.files.failed(f.id, `${row.errorCode ?? row.status}: ${row.message ?? ''}`);
      return;
    }
    if (row.status !== 'succeeded') return;
    let out: Record<string, unknown>;
    try {
      out = JSON.parse(row.outputJson ?? '{}') as Record<string, unknown>;
    } catch {
      out = {};
    }
    const resolved = typeof out.resolvedPath === 'string' ? out.resolvedPath : null;
    this.d.files.annotate(f.id, resolved, { ...(f.detail ?? {}), agent: out });
    if (row.dryRun || out.dryRun === true) {
      abortTransfer(row.id, 'dry run: the agent only reported what it would collect');
      this.d.files.failed(f.id, 'dry run: the agent only reported what it would collect');
      return;
    }
    const now = this.d.files.get(f.id);
    if (now?.status === 'receiving') {
      abortTransfer(row.id, 'the agent finished but the file did not arrive complete');
    } else if (now?.status === 'stored' && typeof out.sha256 === 'string' && out.sha256 !== now.sha256) {
      this.d.files.failed(f.id, `agent reported sha256 ${out.sha256} but the stored copy hashes to ${now.sha256}`);
    }
  }

  /** The window of an incident's actions: from before it opened (lookback) until it closed. */
  private window(inc: IncidentRecord, alerts: AlertRecord[]): { fromMs: number; toMs: number } {
    const start = Math.min(inc.createdAtMs, ...alerts.map((a) => a.firstSeenMs));
    return { fromMs: start - this.d.options.commandLookbackMs, toMs: inc.closedAtMs ?? Number.MAX_SAFE_INTEGER };
  }

  /** Commands on the incident's hosts within its window, plus those ordered from it, oldest first. */
  commandsOf(inc: IncidentRecord, alerts: AlertRecord[]): CommandRow[] {
    const c = this.d.commands();
    if (!c) return [];
    const { fromMs, toMs } = this.window(inc, alerts);
    const byId = new Map<string, CommandRow>();
    for (const agentId of inc.hosts) {
      let before: number | undefined;
      for (let pages = 0; pages < 50; pages++) {
        const rows = c.list({ agentId, limit: 500, beforeMs: before });
        for (const r of rows) if (r.createdAtMs >= fromMs && r.createdAtMs <= toMs) byId.set(r.id, r);
        const last = rows[rows.length - 1];
        if (rows.length < 500 || !last || last.createdAtMs < fromMs) break;
        before = last.createdAtMs;
      }
    }
    for (const id of this.d.store.linkedCommands(inc.id)) {
      const r = c.get(id);
      if (r) byId.set(r.id, r);
    }
    return [...byId.values()].sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id));
  }

  private alertsOf(inc: IncidentRecord): AlertRecord[] {
    return inc.alertIds.map((id) => this.d.alert(id)?.alert).filter((a): a is AlertRecord => a !== undefined);
  }

  /** Adds an undo item for every applied containment action not yet on the checklist; ticks items undone elsewhere. */
  refreshChecklist(id: string): ChecklistItem[] {
    const inc = this.must(id);
    const commands = this.commandsOf(inc, this.alertsOf(inc));
    const now = this.now();
    const keys = new Map<string, string>();
    for (const c of commands) {
      const u = undoFor(c, this.d.hostname(c.agentId) ?? c.agentId);
      if (!u) continue;
      keys.set(c.id, u.key);
      this.d.store.addChecklistItem({
        id: randomUUID(),
        incidentId: id,
        kind: 'undo',
        label: u.label,
        agentId: c.agentId,
        action: u.action,
        params: u.params,
        sourceCommandId: c.id,
        status: 'open',
        createdBy: 'incident',
        createdAtMs: now,
        note: `undoes ${describeCommand(c)} ordered by ${c.operator}`,
      });
    }
    // an undo run outside the checklist (the host page's release button, say) also counts
    for (const item of this.d.store.checklist(id)) {
      if (item.kind !== 'undo' || item.status === 'done' || !item.sourceCommandId) continue;
      const key = keys.get(item.sourceCommandId);
      const source = commands.find((c) => c.id === item.sourceCommandId);
      const undo = commands.find(
        (c) => c.status === 'succeeded' && !c.dryRun && source && c.createdAtMs > source.createdAtMs && key !== undefined && undoKeyOf(c) === key,
      );
      if (undo)
        this.d.store.updateChecklistItem(item.id, {
          status: 'done',
          doneBy: undo.operator,
          doneAtMs: undo.finishedAtMs ?? now,
          undoCommandId: undo.id,
          error: null,
        });
    }
    return this.d.store.checklist(id);
  }

  /** Runs a checklist item's undo command; the item ticks itself off when the command succeeds. */
  runChecklistItem(id: string, itemId: string, actor: string, address?: string): ChecklistItem {
    this.must(id);
    const item = this.d.store.checklistItem(itemId);
    if (!item || item.incidentId !== id) throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `no checklist item ${itemId} in incident ${id}`);
    if (item.kind !== 'undo' || !item.action || !item.agentId)
      throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'this item has no command to run; tick it by hand');
    if (item.status === 'done' || item.status === 'running') throw new CollectorError('VIGIL_ERR_INCIDENT_PHASE', `item is already ${item.status}`);
    const row = this.cmds().issue({
      agentId: item.agentId,
      action: item.action,
      params: item.params ?? {},
      operator: actor,
      source: address ?? `incident:${id}`,
    });
    this.d.store.linkCommand(id, row.id);
    this.d.store.updateChecklistItem(itemId, { status: 'running', undoCommandId: row.id, error: null });
    this.audit(actor, address, 'incident.checklist.run', id, { itemId, commandId: row.id, kind: row.action });
    // the result may already be in (a very fast agent); apply it now
    const fresh = this.cmds().get(row.id);
    if (fresh && fresh.status !== 'pending' && fresh.status !== 'delivered') this.onCommand(fresh, () => undefined);
    this.changed(id, 'checklist');
    return this.d.store.checklistItem(itemId) as ChecklistItem;
  }

  addChecklistItem(id: string, label: string, note: string, actor: string, address?: string): ChecklistItem {
    this.must(id);
    const l = text(label, 'label', 300);
    if (!l) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'label is empty');
    this.checkRoom(id, this.d.store.checklist(id).length);
    const itemId = randomUUID();
    this.d.store.addChecklistItem({
      id: itemId,
      incidentId: id,
      kind: 'manual',
      label: l,
      agentId: null,
      action: null,
      params: null,
      sourceCommandId: null,
      status: 'open',
      createdBy: actor,
      createdAtMs: this.now(),
      note: text(note, 'note', 2000),
    });
    this.audit(actor, address, 'incident.checklist.add', id, { itemId });
    this.changed(id, 'checklist');
    return this.d.store.checklistItem(itemId) as ChecklistItem;
  }

  /** Ticks (or unticks) a responder's own item, with an optional note. */
  tickChecklistItem(id: string, itemId: string, done: boolean, note: string | undefined, actor: string, address?: string): ChecklistItem {
    this.must(id);
    const item = this.d.store.checklistItem(itemId);
    if (!item || item.incidentId !== id) throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `no checklist item ${itemId} in incident ${id}`);
    if (item.kind === 'undo') throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an undo item ticks itself when its command succeeds; run it');
    this.d.store.updateChecklistItem(itemId, {
      status: done ? 'done' : 'open',
      doneBy: done ? actor : null,
      doneAtMs: done ? this.now() : null,
      ...(note !== undefined ? { note: text(note, 'note', 2000) } : {}),
    });
    this.audit(actor, address, 'incident.checklist.tick', id, { itemId, done });
    this.changed(id, 'checklist');
    return this.d.store.checklistItem(itemId) as ChecklistItem;
  }

  setReview(
    id: string,
    r: { rootCause: string; whatWorked?: string; whatDidNot?: string; followUps?: FollowUp[] },
    actor: string,
    address?: string,
  ): IncidentRecord {
    this.must(id);
    const rootCause = text(r.rootCause, 'root cause');
    if (!rootCause) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'a review needs the root cause');
    const followUps = (r.followUps ?? [])
      .slice(0, 200)
      .map((f) => ({ text: text(f.text, 'follow-up', 1000), ...(f.owner ? { owner: text(f.owner, 'owner', 100) } : {}), done: Boolean(f.done) }));
    this.d.store.setReview(id, {
      rootCause,
      whatWorked: text(r.whatWorked, 'what worked'),
      whatDidNot: text(r.whatDidNot, 'what did not work'),
      followUps,
      reviewedBy: actor,
      reviewedAtMs: this.now(),
    });
    this.audit(actor, address, 'incident.review', id, { followUps: followUps.length });
    this.changed(id, 'review');
    return this.must(id);
  }

  private times(inc: IncidentRecord, alerts: AlertRecord[], evidence: EvidenceEvent[], commands: CommandRow[]): IncidentTimes {
    const min = (xs: number[]) => (xs.length ? Math.min(...xs) : null);
    const firstAlertMs = min(alerts.map((a) => a.createdAtMs));
    const from = firstAlertMs ?? inc.createdAtMs;
    const containment = min(
      commands.filter((c) => isAppliedContainment(c) && c.finishedAtMs !== null && c.finishedAtMs >= from).map((c) => c.finishedAtMs as number),
    );
    return {
      createdAtMs: inc.createdAtMs,
      firstMaliciousMs: inc.firstMaliciousMs ?? min([...alerts.map((a) => a.firstSeenMs), ...evidence.map((e) => e.timeMs)]),
      firstAlertMs,
      containedAtMs: min([containment, inc.containedAtMs].filter((x): x is number => x !== null)),
      remediatedAtMs: inc.remediatedAtMs,
    };
  }

  detail(id: string): IncidentDetail {
    const incident = this.must(id);
    const alerts = this.alertsOf(incident);
    const commands = this.commandsOf(incident, alerts);
    const evidence = this.d.store.evidence(id);
    const files = this.d.files.ofIncident(id);
    const checklist = this.refreshChecklist(id);
    const phases = this.d.store.phases(id);
    const notes = this.d.store.notes(id);
    const hostnames: Record<string, string> = {};
    for (const h of new Set([...incident.hosts, ...commands.map((c) => c.agentId)])) hostnames[h] = this.d.hostname(h) ?? h;
    const timeline = buildTimeline({
      alerts,
      evidence,
      commands,
      phases,
      notes,
      files,
      checklist,
      review: incident.review,
      hostname: (a) => hostnames[a] ?? a,
    });
    const times = this.times(incident, alerts, evidence, commands);
    return {
      incident: this.must(id),
      hostnames,
      alerts,
      phases,
      nextPhases: nextPhases(incident.phase),
      notes,
      evidence,
      files,
      commands,
      checklist,
      timeline,
      metrics: incidentMetrics(times),
      times,
    };
  }

  list(q: Parameters<IncidentStore['list']>[0]): Array<IncidentRecord & { metrics: IncidentMetrics }> {
    return this.d.store.list(q).map((i) => {
      const alerts = this.alertsOf(i);
      return { ...i, metrics: incidentMetrics(this.times(i, alerts, this.d.store.evidence(i.id), this.commandsOf(i, alerts))) };
    });
  }

  fleetMetrics(range: { fromMs: number; toMs: number; bucketMs: number }): { buckets: MetricsBucket[]; overall: MetricsBucket } {
    const items = this.d.store.createdBetween(range.fromMs, range.toMs, 10_000).map((i) => {
      const alerts = this.alertsOf(i);
      return { createdAtMs: i.createdAtMs, metrics: incidentMetrics(this.times(i, alerts, this.d.store.evidence(i.id), this.commandsOf(i, alerts))) };
    });
    const [overall] = fleetMedians(items, { fromMs: range.fromMs, toMs: range.toMs, bucketMs: Math.max(1, range.toMs - range.fromMs) });
    return { buckets: fleetMedians(items, range), overall: overall! };
  }

  report(id: string, actor: string): IncidentReport {
    const d = this.detail(id);
    const actions: ReportAction[] = d.commands.map((c) => ({
      atMs: c.createdAtMs,
      operator: c.operator,
      host: d.hostnames[c.agentId] ?? c.agentId,
      action: `${c.dryRun ? 'dry-run ' : ''}${describeCommand(c)}`,
      status: c.status,
      finishedAtMs: c.finishedAtMs,
      result: c.errorCode ? `${c.errorCode}: ${c.message ?? ''}` : (c.message ?? ''),
    }));
    return {
      generatedAtMs: this.now(),
      generatedBy: actor,
      incident: d.incident,
      hosts: d.incident.hosts.map((h) => ({ agentId: h, hostname: d.hostnames[h] ?? h })),
      alerts: d.alerts,
      timeline: d.timeline,
      actions,
      evidenceEvents: d.evidence,
      files: d.files,
      checklist: d.checklist,
      metrics: d.metrics,
    };
  }

  /** The grouping policy: a new alert joins its host's recent policy incident, or opens one. */
  autoGroup(alert: AlertRecord): string | undefined {
    const o = this.d.options.autoGroup;
    if (!o.enabled) return undefined;
    if (SEVERITIES.indexOf(alert.severity as Severity) < SEVERITIES.indexOf(o.minSeverity)) return undefined;
    if (this.d.store.incidentsOfAlert(alert.id).length) return undefined;
    const now = this.now();
    for (const inc of this.d.store.openIncidentsOfHost(alert.agentId)) {
      if (inc.source !== 'policy') continue;
      const last = Math.max(inc.createdAtMs, ...this.alertsOf(inc).map((a) => a.lastSeenMs));
      if (now - last <= o.windowMs) {
        this.addAlerts(inc.id, [alert.id], 'policy:auto-group');
        return inc.id;
      }
    }
    return this.open({
      source: 'policy',
      actor: 'policy:auto-group',
      alertIds: [alert.id],
      summary: `opened by the grouping policy (window ${o.windowMs} ms, severity ${o.minSeverity}+)`,
    }).id;
  }
}

export { PHASES };
