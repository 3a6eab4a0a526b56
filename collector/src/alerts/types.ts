// The alerts feature's contract: the records detection writes and the API reads, and the two store
// interfaces (AlertStore, SuppressionStore) every implementation of the alert tables provides. Nobody else
// writes SQL against those tables; alert-store.contract.ts and suppression-store.contract.ts check each one.
import type { AlertStatus } from './store-schema.js';
import type { RaisedAlert } from './alert-sink.js';

export type { AlertStatus } from './store-schema.js';

/** What the detection stage hands to storage: one rule match (see @vigil/detect RuleMatch), an alert as a stage raises it plus its rule. */
export interface AlertMatch extends RaisedAlert {
  ruleId: string;
  ruleTitle: string;
  ruleKind: 'detection' | 'correlation';
  description: string;
  severity: string;
  tags: readonly string[];
  attack: readonly string[];
  /** Every event behind the match is trusted evidence (see alerts/provenance.ts); absent means trusted. */
  trusted?: boolean;
}

export interface AlertRecord {
  id: string;
  ruleId: string;
  ruleTitle: string;
  ruleKind: string;
  description: string;
  agentId: string;
  severity: string;
  tags: string[];
  attack: string[];
  group: Record<string, string>;
  groupKey: string;
  status: AlertStatus;
  firstSeenMs: number;
  lastSeenMs: number;
  count: number;
  evidenceCount: number;
  createdAtMs: number;
  updatedAtMs: number;
  statusBy: string | null;
  statusAtMs: number | null;
  /** False once any evidence was only claimed (a log line's program name not proven): no automatic response. */
  trusted: boolean;
}

export interface AlertEvidence {
  eventId: string;
  agentId: string;
  timeMs: number;
}

export interface AlertHistoryEntry {
  atMs: number;
  actor: string;
  from: AlertStatus | null;
  to: AlertStatus;
  note: string;
}

export interface AlertQuery {
  status?: readonly AlertStatus[];
  severity?: readonly string[];
  agentId?: string;
  ruleId?: string;
  /** last_seen_ms bounds, unix ms: from inclusive, to exclusive. */
  fromMs?: number;
  toMs?: number;
  /** Continue after this alert (newest-first order by last seen, then id). */
  after?: { lastSeenMs: number; id: string };
  limit: number;
}

export interface AlertStoreOptions {
  /** A repeat within this long after the open alert's last seen updates it instead of opening another. */
  dedupeWindowMs: number;
  /** Evidence event ids kept per alert; the count keeps growing beyond it. */
  maxEvidencePerAlert: number;
}

export type RecordOutcome = { outcome: 'created' | 'updated'; alert: AlertRecord };

/** How many alerts are in one severity and status (the metrics gauge reads these). */
export interface AlertCount {
  severity: string;
  status: AlertStatus;
  count: number;
}

export interface AlertStore {
  /** Create or update the alert for one match (dedupe window, evidence cap). Runs inside the caller's (ingest) transaction. */
  record(m: AlertMatch, nowMs: number): RecordOutcome;
  get(id: string): AlertRecord | undefined;
  /** Evidence events of an alert, oldest first. */
  evidence(id: string): AlertEvidence[];
  /** Every status change of an alert, oldest first, starting with its creation. */
  history(id: string): AlertHistoryEntry[];
  /** Newest first (by last seen, then id). */
  list(q: AlertQuery): AlertRecord[];
  /** Change status; records who and when. Returns undefined for an unknown id. */
  setStatus(id: string, status: AlertStatus, actor: string, note: string, nowMs: number): AlertRecord | undefined;
  /** Open alerts of one host by severity (for host views). */
  openBySeverity(agentId: string): Record<string, number>;
  /** Alerts per severity and status. */
  counts(): AlertCount[];
}

export interface Suppression {
  id: string;
  ruleId: string;
  /** Only this host; null: every host. */
  agentId: string | null;
  /** Only matches whose field has this value; null: any. */
  field: string | null;
  value: string | null;
  reason: string;
  createdBy: string;
  createdAtMs: number;
  /** null: until removed. */
  expiresAtMs: number | null;
  removedBy: string | null;
  removedAtMs: number | null;
  hits: number;
  lastHitMs: number | null;
}

export interface SuppressedHit {
  agentId: string;
  group: Record<string, string>;
  count: number;
  firstSeenMs: number;
  lastSeenMs: number;
  lastEventId: string;
}

export interface NewSuppression {
  ruleId: string;
  agentId?: string | null;
  field?: string | null;
  value?: string | null;
  reason: string;
  createdBy: string;
  expiresAtMs?: number | null;
}

/** A muted match, as the detection stage counts it against its suppression. */
export interface SuppressionMatch {
  agentId: string;
  group: Readonly<Record<string, string>>;
  groupKey: string;
  count: number;
  firstMs: number;
  lastMs: number;
  eventIds: readonly string[];
}

export interface SuppressionStore {
  /** Throws when it covers neither a host nor a field value, or names a field without a value (or the reverse). */
  add(input: NewSuppression, nowMs: number): Suppression;
  /** Ends a suppression (its counts stay); undefined for an unknown id. */
  remove(id: string, actor: string, nowMs: number): Suppression | undefined;
  get(id: string): Suppression | undefined;
  /** Every suppression, newest first; expired and removed ones included so their counts stay visible. */
  list(ruleId?: string): Suppression[];
  /** What a suppression muted, per host and group, the latest first. */
  hits(id: string): SuppressedHit[];
  /** The first active, unexpired suppression covering this match; `fieldValue` reads a field of the match or its event. */
  find(ruleId: string, agentId: string, fieldValue: (field: string) => string | undefined, nowMs: number): Suppression | undefined;
  /** Count a muted match (inside the ingest transaction). */
  count(s: Suppression, m: SuppressionMatch): void;
}
