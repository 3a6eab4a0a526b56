// The incidents feature's contract: its two stores and its four parts (lifecycle, evidence, checklist and
// review, report), each a small interface, and what building them takes. Callers depend on these types,
// never on the SQLite classes or on how the parts are built.
import type { Logger } from '@vigil/logger';
import type { AuditWriter } from '../audit/writer.js';
import type { AlertEvidence, AlertRecord } from '../alerts/types.js';
import type { CommandRow } from '../commands/types.js';
import type { CommandService } from '../commands/service.js';
import type { Phase } from './phases.js';
import type { IncidentOptions } from './options.js';
import type { TimelineEntry } from './timeline.js';
import type { IncidentMetrics, IncidentTimes, MetricsBucket } from './metrics.js';
import type * as R from './records.js';

export * from './records.js';
export { PHASES, type Phase } from './phases.js';

export interface IncidentStore {
  /** Runs fn in one transaction (several writes that must land together). */
  tx<T>(fn: () => T): T;
  /** A new incident in phase "identified", with its hosts, alerts and the first phase move. */
  create(n: R.NewIncident, nowMs: number): R.IncidentRecord;
  get(id: string): R.IncidentRecord | undefined;
  /** Newest first by (createdAtMs, id). */
  list(q: R.IncidentQuery): R.IncidentRecord[];
  /** Incidents created in [fromMs, toMs), oldest first (for fleet metrics). */
  createdBetween(fromMs: number, toMs: number, limit: number): R.IncidentRecord[];
  update(id: string, patch: R.IncidentPatch, nowMs: number): void;
  setReview(id: string, review: R.Review): void;
  /** False when the host (alert) is already on the incident. */
  addHost(id: string, agentId: string, nowMs: number): boolean;
  addAlert(id: string, alertId: string, by: string, nowMs: number): boolean;
  incidentsOfAlert(alertId: string): string[];
  /** Incidents not closed that cover the host, newest first. */
  openIncidentsOfHost(agentId: string): R.IncidentRecord[];
  addPhase(id: string, m: R.PhaseMove): void;
  /** Oldest first. */
  phases(id: string): R.PhaseMove[];
  addNote(id: string, note: R.IncidentNote): void;
  notes(id: string): R.IncidentNote[];
  /** False when the event is already evidence of the incident. */
  addEvidence(id: string, e: R.EvidenceEvent): boolean;
  removeEvidence(id: string, agentId: string, seq: number): boolean;
  /** In event time order. */
  evidence(id: string): R.EvidenceEvent[];
  linkCommand(id: string, commandId: string): void;
  linkedCommands(id: string): string[];
  incidentsOfCommand(commandId: string): string[];
  /** False when an item with this id exists. */
  addChecklistItem(item: R.NewChecklistItem): boolean;
  /** In creation order. */
  checklist(id: string): R.ChecklistItem[];
  checklistItem(itemId: string): R.ChecklistItem | undefined;
  checklistByUndoCommand(commandId: string): R.ChecklistItem[];
  updateChecklistItem(itemId: string, patch: R.ChecklistPatch): void;
}

/** The chain of custody: one row per collect-file or triage command, from the request to the stored copy. */
export interface EvidenceFileStore {
  /** A new row in status "receiving". */
  insert(f: R.NewEvidenceFile): void;
  get(id: string): R.EvidenceFile | undefined;
  byCommand(commandId: string): R.EvidenceFile | undefined;
  /** In request order. */
  ofIncident(incidentId: string): R.EvidenceFile[];
  /** Requested in [fromMs, toMs), in request order. */
  ofHost(agentId: string, fromMs: number, toMs: number, limit: number): R.EvidenceFile[];
  stored(id: string, copy: R.StoredCopy): void;
  /** Adds what the agent's result says (resolved path, file facts); a null path keeps the one known. */
  annotate(id: string, resolvedPath: string | null, detail: Record<string, unknown>): void;
  attach(id: string, incidentId: string): void;
  /** Marks a row failed unless its copy is already stored. */
  failed(id: string, error: string): void;
  /**
   * A stored copy the agent's own report contradicts (another SHA-256): the row becomes failed with the reason,
   * the copy and its hash stay for examination. Only a stored row can be disputed.
   */
  disputed(id: string, error: string): void;
}

export type IncidentChange = 'created' | 'updated' | 'phase' | 'note' | 'evidence' | 'command' | 'checklist' | 'review';
export interface IncidentNews {
  change: IncidentChange;
  incident: R.IncidentRecord;
}

/** What the parts need of the commands feature. */
export type IncidentCommands = Pick<CommandService, 'issue' | 'get' | 'list'>;

export interface IncidentsDeps {
  store: IncidentStore;
  files: EvidenceFileStore;
  /** The alert and its evidence; undefined for an unknown alert (or when detection is off). */
  alert: (id: string) => { alert: AlertRecord; evidence: AlertEvidence[] } | undefined;
  /** Undefined when the commands feature is off: then no command can be ordered from an incident. */
  commands: IncidentCommands | undefined;
  event: (agentId: string, seq: number) => R.EventRef | undefined;
  hostname: (agentId: string) => string | undefined;
  audit: AuditWriter;
  logger: Logger;
  clock: () => number;
  options: IncidentOptions;
  publish?: (news: IncidentNews) => void;
}

export interface IncidentDetail {
  incident: R.IncidentRecord;
  hostnames: Record<string, string>;
  alerts: AlertRecord[];
  phases: R.PhaseMove[];
  nextPhases: Phase[];
  notes: R.IncidentNote[];
  evidence: R.EvidenceEvent[];
  files: R.EvidenceFile[];
  commands: CommandRow[];
  checklist: R.ChecklistItem[];
  timeline: TimelineEntry[];
  metrics: IncidentMetrics;
  times: IncidentTimes;
}

/** Opening, reading and moving incidents, and what joins them: hosts, alerts, notes, commands, the grouping policy. */
export interface IncidentLifecycle {
  open(req: R.OpenRequest): R.IncidentRecord;
  list(q: R.IncidentQuery): Array<R.IncidentRecord & { metrics: IncidentMetrics }>;
  detail(id: string): IncidentDetail;
  fleetMetrics(range: { fromMs: number; toMs: number; bucketMs: number }): { buckets: MetricsBucket[]; overall: MetricsBucket };
  update(id: string, patch: R.UpdateRequest, actor: string, address?: string): R.IncidentRecord;
  addAlerts(id: string, alertIds: string[], actor: string, address?: string): R.IncidentRecord;
  addHosts(id: string, hosts: string[], actor: string, address?: string): R.IncidentRecord;
  movePhase(id: string, to: Phase, actor: string, note?: string, address?: string): R.IncidentRecord;
  addNote(id: string, body: string, actor: string, address?: string): { id: string; atMs: number };
  /** Orders a response or forensic action on one of the incident's hosts; it lands on the timeline. */
  issueCommand(id: string, req: R.CommandRequest, actor: string, address?: string): CommandRow;
  /** The grouping policy: a new alert joins its host's recent policy incident, or opens one. */
  autoGroup(alert: AlertRecord): string | undefined;
}

/** Events marked as evidence and collected files with their chain of custody. */
export interface IncidentEvidence {
  mark(id: string, agentId: string, seq: number, actor: string, note?: string, address?: string): R.EvidenceEvent;
  unmark(id: string, agentId: string, seq: number, actor: string, address?: string): void;
  file(fileId: string): R.EvidenceFile | undefined;
  /** A command changed: a collect_file/triage command (any origin) gets its evidence row, and its result is applied. */
  onCommand(row: CommandRow, abortTransfer: (commandId: string, reason: string) => void): void;
}

/** The remediation checklist (undo of applied containment, responders' own items) and the post-incident review. */
export interface IncidentReview {
  /** Adds an undo item for every applied containment not yet on the checklist; ticks items undone elsewhere. */
  refreshChecklist(id: string): R.ChecklistItem[];
  addChecklistItem(id: string, label: string, note: string, actor: string, address?: string): R.ChecklistItem;
  /** Runs an item's undo command; the item ticks itself off when the command succeeds. */
  runChecklistItem(id: string, itemId: string, actor: string, address?: string): R.ChecklistItem;
  tickChecklistItem(id: string, itemId: string, done: boolean, note: string | undefined, actor: string, address?: string): R.ChecklistItem;
  setReview(id: string, r: R.ReviewRequest, actor: string, address?: string): R.IncidentRecord;
  /** A command changed: checklist ticks, and a fresh checklist and live update for every incident it touches. */
  onCommand(row: CommandRow): void;
}

export interface ReportAction {
  atMs: number;
  operator: string;
  host: string;
  action: string;
  status: string;
  finishedAtMs: number | null;
  result: string;
}

export interface IncidentReport {
  generatedAtMs: number;
  generatedBy: string;
  incident: R.IncidentRecord;
  hosts: Array<{ agentId: string; hostname: string }>;
  alerts: AlertRecord[];
  timeline: TimelineEntry[];
  actions: ReportAction[];
  evidenceEvents: R.EvidenceEvent[];
  files: R.EvidenceFile[];
  checklist: R.ChecklistItem[];
  metrics: IncidentMetrics;
}

export interface IncidentReports {
  /** Everything the report shows, gathered now; report.ts renders it as Markdown or HTML. */
  build(id: string, actor: string): IncidentReport;
}

/** The incidents feature as the rest of the collector sees it. */
export interface Incidents {
  lifecycle: IncidentLifecycle;
  evidence: IncidentEvidence;
  review: IncidentReview;
  report: IncidentReports;
}
