// The incident feature's records: what its stores hold and its parts hand out (an incident with its hosts
// and alerts, phase moves, notes, evidence events and files, checklist items, the review). Plain data with
// no behaviour, so the stores, the parts, the API and the page all share one spelling of each field.
import type { Phase } from './phases.js';
import type { OperatorRole } from '../commands/credential-access.js';

export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type IncidentSource = 'alerts' | 'manual' | 'policy';

export interface FollowUp {
  text: string;
  owner?: string;
  done?: boolean;
}

export interface Review {
  rootCause: string;
  whatWorked: string;
  whatDidNot: string;
  followUps: FollowUp[];
  reviewedBy: string;
  reviewedAtMs: number;
}

export interface IncidentRecord {
  id: string;
  title: string;
  severity: string;
  phase: Phase;
  assignee: string | null;
  source: IncidentSource;
  reportSource: string | null;
  summary: string;
  createdBy: string;
  createdAtMs: number;
  updatedAtMs: number;
  firstMaliciousMs: number | null;
  containedAtMs: number | null;
  remediatedAtMs: number | null;
  closedAtMs: number | null;
  review: Review | null;
  hosts: string[];
  alertIds: string[];
}

export interface PhaseMove {
  atMs: number;
  actor: string;
  from: Phase | null;
  to: Phase;
  note: string;
}

export interface IncidentNote {
  id: string;
  atMs: number;
  author: string;
  text: string;
}

export interface EvidenceEvent {
  agentId: string;
  seq: number;
  eventId: string;
  timeMs: number;
  kind: string;
  summary: string;
  markedBy: string;
  markedAtMs: number;
  note: string;
}

export type ChecklistStatus = 'open' | 'running' | 'done' | 'failed';

export interface ChecklistItem {
  id: string;
  incidentId: string;
  kind: 'undo' | 'manual';
  label: string;
  agentId: string | null;
  action: string | null;
  params: Record<string, unknown> | null;
  sourceCommandId: string | null;
  undoCommandId: string | null;
  status: ChecklistStatus;
  createdBy: string;
  createdAtMs: number;
  doneBy: string | null;
  doneAtMs: number | null;
  note: string;
  error: string | null;
}

export interface IncidentQuery {
  phase?: readonly Phase[];
  agentId?: string;
  /** Newest first by creation; continue after this (createdAtMs, id). */
  after?: { createdAtMs: number; id: string };
  fromMs?: number;
  toMs?: number;
  limit: number;
}

export interface NewIncident {
  id: string;
  title: string;
  severity: string;
  source: IncidentSource;
  reportSource: string | null;
  summary: string;
  assignee: string | null;
  createdBy: string;
  hosts: readonly string[];
  alertIds: readonly string[];
  firstMaliciousMs: number | null;
}

export type IncidentPatch = Partial<{
  title: string;
  severity: string;
  assignee: string | null;
  summary: string;
  firstMaliciousMs: number | null;
  phase: Phase;
  containedAtMs: number | null;
  remediatedAtMs: number | null;
  closedAtMs: number | null;
}>;

export type NewChecklistItem = Omit<ChecklistItem, 'doneBy' | 'doneAtMs' | 'error' | 'undoCommandId'> & { undoCommandId?: string | null };
export type ChecklistPatch = Partial<Pick<ChecklistItem, 'status' | 'undoCommandId' | 'doneBy' | 'doneAtMs' | 'note' | 'error'>>;

export type EvidenceFileKind = 'file' | 'triage';
export type EvidenceFileStatus = 'receiving' | 'stored' | 'failed';

export interface EvidenceFile {
  id: string;
  incidentId: string | null;
  agentId: string;
  hostname: string;
  commandId: string;
  kind: EvidenceFileKind;
  requestedPath: string;
  resolvedPath: string | null;
  size: number | null;
  sha256: string | null;
  storedPath: string | null;
  status: EvidenceFileStatus;
  error: string | null;
  requestedBy: string;
  requestedAtMs: number;
  collectedAtMs: number | null;
  detail: Record<string, unknown> | null;
}

export type NewEvidenceFile = Pick<
  EvidenceFile,
  'id' | 'incidentId' | 'agentId' | 'hostname' | 'commandId' | 'kind' | 'requestedPath' | 'requestedBy' | 'requestedAtMs'
>;

export interface StoredCopy {
  resolvedPath: string | null;
  size: number;
  sha256: string;
  storedPath: string;
  collectedAtMs: number;
  detail?: Record<string, unknown>;
}

/** One stored event, as marking it evidence needs it. */
export interface EventRef {
  id: string;
  timeMs: number;
  kind: string;
  summary: string;
}

export interface OpenRequest {
  source: IncidentSource;
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

export type UpdateRequest = Partial<{ title: string; severity: Severity; assignee: string | null; summary: string; firstMaliciousMs: number | null }>;
export interface CommandRequest {
  agentId: string;
  action: string;
  params: Record<string, unknown>;
  dryRun?: boolean;
  ttlMs?: number;
  operatorRole?: OperatorRole;
  /** The person behind the order when the actor is a token (its owner): the two-person rule's requester. */
  requester?: string;
}
export interface ReviewRequest {
  rootCause: string;
  whatWorked?: string;
  whatDidNot?: string;
  followUps?: FollowUp[];
}
