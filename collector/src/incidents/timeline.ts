// The incident timeline: alerts, evidence events, commands and their results, phase moves, notes,
// evidence files and checklist ticks merged into one list in time order. Pure: the service gathers the
// rows, this orders them, and the page and the report show the same list.
import type { AlertRecord } from '../alerts/types.js';
import type { CommandRow } from '../commands/types.js';
import type { ChecklistItem, EvidenceEvent, EvidenceFile, IncidentNote, PhaseMove, Review } from './records.js';
import { textOf } from '@vigil/format';

export type TimelineType = 'alert' | 'evidence' | 'command' | 'command_result' | 'phase' | 'note' | 'file' | 'checklist' | 'review';

export interface TimelineEntry {
  atMs: number;
  type: TimelineType;
  /** Who: operator, "detection", "policy:<id>", or the host for events. */
  actor: string;
  agentId: string | null;
  /** One line of plain text. */
  text: string;
  /** Id of the thing itself (alert, command, note, event "agent:seq", file, checklist item). */
  ref: string;
}

/** When two entries share a millisecond: cause before effect (the result before the phase move it allowed). */
const RANK: Record<TimelineType, number> = { evidence: 0, alert: 1, command: 2, command_result: 3, file: 4, checklist: 5, note: 6, review: 7, phase: 8 };

export function orderTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.atMs - b.e.atMs || RANK[a.e.type] - RANK[b.e.type] || a.i - b.i)
    .map((x) => x.e);
}

/** A short text for a command's parameters (unit, path, address), for timelines and reports. */
export function describeCommand(c: Pick<CommandRow, 'action' | 'paramsJson'>): string {
  let p: Record<string, unknown>;
  try {
    p = JSON.parse(c.paramsJson) as Record<string, unknown>;
  } catch {
    p = {};
  }
  const target = p.unit ?? p.path ?? p.cidr ?? p.quarantineId ?? (p.pid !== undefined ? `pid ${textOf(p.pid)}` : undefined);
  return target === undefined ? c.action : `${c.action} ${textOf(target)}`;
}

export interface TimelineSources {
  alerts: readonly AlertRecord[];
  evidence: readonly EvidenceEvent[];
  commands: readonly CommandRow[];
  phases: readonly PhaseMove[];
  notes: readonly IncidentNote[];
  files: readonly EvidenceFile[];
  checklist: readonly ChecklistItem[];
  review: Review | null;
  hostname: (agentId: string) => string;
}

export function buildTimeline(s: TimelineSources): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const a of s.alerts) {
    out.push({
      atMs: a.createdAtMs,
      type: 'alert',
      actor: 'detection',
      agentId: a.agentId,
      text: `alert ${a.severity}: ${a.ruleTitle} on ${s.hostname(a.agentId)} (first seen ${new Date(a.firstSeenMs).toISOString()}, ${a.count}x)`,
      ref: a.id,
    });
  }
  for (const e of s.evidence) {
    out.push({
      atMs: e.timeMs,
      type: 'evidence',
      actor: s.hostname(e.agentId),
      agentId: e.agentId,
      text: `evidence ${e.kind}: ${e.summary}${e.note ? ` -- ${e.note}` : ''} (marked by ${e.markedBy})`,
      ref: `${e.agentId}:${e.seq}`,
    });
  }
  for (const c of s.commands) {
    const what = describeCommand(c);
    out.push({
      atMs: c.createdAtMs,
      type: 'command',
      actor: c.operator,
      agentId: c.agentId,
      text: `${c.dryRun ? 'dry-run ' : ''}${what} ordered on ${s.hostname(c.agentId)}`,
      ref: c.id,
    });
    if (c.finishedAtMs !== null && c.status !== 'awaiting_approval') {
      const why = c.errorCode ? ` ${c.errorCode}: ${c.message ?? ''}` : c.message ? `: ${c.message}` : '';
      out.push({
        atMs: c.finishedAtMs,
        type: 'command_result',
        actor: s.hostname(c.agentId),
        agentId: c.agentId,
        text: `${what} ${c.status}${why}`,
        ref: c.id,
      });
    }
  }
  for (const p of s.phases) {
    out.push({
      atMs: p.atMs,
      type: 'phase',
      actor: p.actor,
      agentId: null,
      text: p.from ? `phase ${p.from} -> ${p.to}${p.note ? ` (${p.note})` : ''}` : `incident opened (${p.to})`,
      ref: p.to,
    });
  }
  for (const n of s.notes) out.push({ atMs: n.atMs, type: 'note', actor: n.author, agentId: null, text: n.text, ref: n.id });
  for (const f of s.files) {
    if (f.status === 'stored' && f.collectedAtMs !== null) {
      const what = f.kind === 'triage' ? 'triage snapshot' : `file ${f.resolvedPath ?? f.requestedPath}`;
      out.push({
        atMs: f.collectedAtMs,
        type: 'file',
        actor: f.requestedBy,
        agentId: f.agentId,
        text: `${what} collected from ${f.hostname}: ${f.size ?? 0} bytes, sha256 ${f.sha256 ?? ''}`,
        ref: f.id,
      });
    } else if (f.status === 'failed') {
      out.push({
        atMs: f.requestedAtMs,
        type: 'file',
        actor: f.requestedBy,
        agentId: f.agentId,
        text: `collection of ${f.requestedPath} from ${f.hostname} failed: ${f.error ?? ''}`,
        ref: f.id,
      });
    }
  }
  for (const i of s.checklist) {
    if (i.status === 'done' && i.doneAtMs !== null)
      out.push({
        atMs: i.doneAtMs,
        type: 'checklist',
        actor: i.doneBy ?? '',
        agentId: i.agentId,
        text: `checklist done: ${i.label}${i.note ? ` (${i.note})` : ''}`,
        ref: i.id,
      });
  }
  if (s.review)
    out.push({
      atMs: s.review.reviewedAtMs,
      type: 'review',
      actor: s.review.reviewedBy,
      agentId: null,
      text: `review recorded: root cause: ${s.review.rootCause}`,
      ref: 'review',
    });
  return orderTimeline(out);
}
