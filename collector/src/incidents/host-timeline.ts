// The host timeline: everything the collector holds for one host in a time range (events, alerts, commands
// and their results, evidence files, incidents touching it, audit entries naming it), merged in time order
// and written as JSON lines or CSV. Rows are produced lazily and capped, so an export never holds a
// month of events in memory.
import type { EventCursor, EventStore } from '../events/types.js';
import type { AlertRecord } from '../alerts/types.js';
import type { CommandRow } from '../commands/types.js';
import type { EvidenceFile, IncidentRecord } from './types.js';
import type { AuditEntry } from '../audit/types.js';
import { summarize } from '../hosts/summary.js';
import { eventToJson } from '../events/json.js';
import { describeCommand } from './timeline.js';
import { csvRow } from './csv.js';
import { jsonVisible } from './visible.js';

export interface HostTimelineRow {
  timeMs: number;
  /** event | alert | command | command_result | evidence_file | incident | audit */
  source: string;
  /** Event kind, alert severity, command action, audit action, ... */
  type: string;
  summary: string;
  ref: string;
  detail: unknown;
}

export const CSV_COLUMNS = ['time', 'time_ms', 'host', 'source', 'type', 'summary', 'ref', 'detail'] as const;

export interface HostTimelineSources {
  events: EventStore;
  agentId: string;
  fromMs: number;
  toMs: number;
  maxRows: number;
  alerts: AlertRecord[];
  commands: CommandRow[];
  files: EvidenceFile[];
  incidents: IncidentRecord[];
  audit: AuditEntry[];
}

/** Rows of the event store's timeline read per call. */
const EVENT_PAGE = 1000;

/** Events of the host in [fromMs, toMs), oldest first, read from the event store in pages. */
function* events(store: EventStore, agentId: string, fromMs: number, toMs: number): Generator<HostTimelineRow> {
  const window = { agentId, fromNs: BigInt(fromMs) * 1_000_000n, toNs: BigInt(toMs) * 1_000_000n, limit: EVENT_PAGE };
  let after: EventCursor | undefined;
  for (;;) {
    const page = store.timeline({ ...window, after });
    for (const f of page) {
      const { id: _i, agentId: _a, timeNs: _t, seq: _s, ...payload } = eventToJson(f.event);
      yield { timeMs: Number(f.timeNs / 1_000_000n), source: 'event', type: f.kind, summary: summarize(f.event), ref: `${agentId}:${f.seq}`, detail: payload };
    }
    const last = page[page.length - 1];
    if (!last || page.length < EVENT_PAGE) return;
    after = { timeNs: last.timeNs, rowid: last.rowid };
  }
}

function others(s: HostTimelineSources): HostTimelineRow[] {
  const out: HostTimelineRow[] = [];
  const inRange = (t: number) => t >= s.fromMs && t < s.toMs;
  for (const a of s.alerts) {
    if (inRange(a.createdAtMs))
      out.push({
        timeMs: a.createdAtMs,
        source: 'alert',
        type: a.severity,
        summary: `${a.ruleTitle} (${a.count}x, ${a.status})`,
        ref: a.id,
        detail: { ruleId: a.ruleId, attack: a.attack, firstSeenMs: a.firstSeenMs, lastSeenMs: a.lastSeenMs, group: a.group },
      });
  }
  for (const c of s.commands) {
    if (inRange(c.createdAtMs))
      out.push({
        timeMs: c.createdAtMs,
        source: 'command',
        type: c.action,
        summary: `${describeCommand(c)} ordered by ${c.operator}${c.dryRun ? ' (dry run)' : ''}`,
        ref: c.id,
        detail: { params: c.paramsJson },
      });
    if (c.finishedAtMs !== null && inRange(c.finishedAtMs))
      out.push({
        timeMs: c.finishedAtMs,
        source: 'command_result',
        type: c.status,
        summary: `${describeCommand(c)} ${c.status}${c.errorCode ? ` ${c.errorCode}` : ''}: ${c.message ?? ''}`,
        ref: c.id,
        detail: { output: c.outputJson },
      });
  }
  for (const f of s.files) {
    const t = f.collectedAtMs ?? f.requestedAtMs;
    if (inRange(t))
      out.push({
        timeMs: t,
        source: 'evidence_file',
        type: f.kind,
        summary: `${f.status} ${f.resolvedPath ?? f.requestedPath} ${f.sha256 ?? f.error ?? ''}`.trim(),
        ref: f.id,
        detail: { requestedBy: f.requestedBy, size: f.size, sha256: f.sha256, incidentId: f.incidentId },
      });
  }
  for (const i of s.incidents) {
    if (inRange(i.createdAtMs))
      out.push({
        timeMs: i.createdAtMs,
        source: 'incident',
        type: 'opened',
        summary: `incident opened: ${i.title} (${i.severity})`,
        ref: i.id,
        detail: { phase: i.phase, createdBy: i.createdBy },
      });
  }
  for (const a of s.audit) {
    if (inRange(a.timeMs))
      out.push({
        timeMs: a.timeMs,
        source: 'audit',
        type: a.action,
        summary: `${a.user} from ${a.source}: ${a.action} ${a.result}`,
        ref: String(a.id),
        detail: a.detail,
      });
  }
  return out.sort((a, b) => a.timeMs - b.timeMs);
}

/** All rows in time order (events merged with the rest), at most maxRows. */
export function* hostTimeline(s: HostTimelineSources): Generator<HostTimelineRow> {
  const rest = others(s);
  let i = 0;
  let n = 0;
  for (const ev of events(s.events, s.agentId, s.fromMs, s.toMs)) {
    while (i < rest.length && rest[i]!.timeMs <= ev.timeMs) {
      if (n++ >= s.maxRows) return;
      yield rest[i++]!;
    }
    if (n++ >= s.maxRows) return;
    yield ev;
  }
  while (i < rest.length) {
    if (n++ >= s.maxRows) return;
    yield rest[i++]!;
  }
}

export function jsonLine(row: HostTimelineRow, host: string): string {
  return `${jsonVisible(JSON.stringify({ time: new Date(row.timeMs).toISOString(), host, ...row }))}\n`;
}

export function csvLine(row: HostTimelineRow, host: string): string {
  return csvRow([
    new Date(row.timeMs).toISOString(),
    row.timeMs,
    host,
    row.source,
    row.type,
    row.summary,
    row.ref,
    row.detail === undefined ? '' : JSON.stringify(row.detail),
  ]);
}
