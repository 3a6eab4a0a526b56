// The audit log's contract: its entries and queries, the limits of refused-request aggregation, and the
// AuditLog interface (the writer every feature uses, plus reading, verifying and pruning) every implementation
// provides. audit-log.contract.ts checks each implementation.
import type { ChainReport } from './chain.js';
import type { AuditResult, AuditWriter } from './writer.js';

export interface AuditLimits {
  /** Refused unauthenticated requests of one source, action and result within this window make one row. */
  refusedWindowMs: number;
  /** Distinct (source, action, result) aggregates held at once; beyond it sources fold into "*". */
  maxAggregates: number;
}

export interface AuditEntry {
  id: number;
  timeMs: number;
  user: string;
  source: string;
  action: string;
  target: string;
  result: AuditResult;
  detail: Record<string, unknown> | null;
}

export interface AuditQuery {
  user?: string;
  action?: string;
  /** Exact target, e.g. "agent:abc". */
  target?: string;
  sinceMs?: number;
  untilMs?: number;
  /** Return only entries with id below this (newest-first paging). */
  beforeId?: number;
  limit: number;
}

export interface AuditLog extends AuditWriter {
  /** Writes the counted rows of aggregation windows that ended (all of them with `all`); called on a timer and at stop. */
  flushAggregates(nowMs?: number, all?: boolean): void;
  /** Re-computes the hash chain from the oldest chained entry; the first mismatch is reported. */
  verify(): ChainReport;
  /** Deletes the oldest entries beyond the age and count limits (the newest always stays, the chain stays verifiable); returns how many went. */
  prune(policy: { maxAgeMs: number; maxRows: number; nowMs: number }): number;
  /** Newest first (by id). */
  list(q: AuditQuery): AuditEntry[];
}
