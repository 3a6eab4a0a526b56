// What every part of the incidents feature shares, written once: the incident-or-error lookup, the checks
// on operator text, item limits and host membership, the audit write and the live push of a changed
// incident, and the alerts and commands an incident covers (its metrics, checklist and report read them).
import { CollectorError } from '../errors.js';
import type { AlertRecord } from '../alerts/types.js';
import type { CommandRow } from '../commands/types.js';
import { isAppliedContainment } from './undo.js';
import type { IncidentTimes } from './metrics.js';
import type { EvidenceEvent, IncidentChange, IncidentCommands, IncidentRecord, IncidentsDeps } from './types.js';

const MAX_TEXT = 10_000;

/** Operator text, trimmed, refused when longer than max. */
export function text(s: string | undefined, what: string, max = MAX_TEXT): string {
  const v = (s ?? '').trim();
  if (v.length > max) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `${what} is longer than ${max} characters`);
  return v;
}

export interface Context {
  readonly d: IncidentsDeps;
  now: () => number;
  must: (id: string) => IncidentRecord;
  /** Refuses a new item when the incident already holds maxItemsPerIncident of that kind. */
  checkRoom: (id: string, n: number) => void;
  /** Refuses an action on a host the incident does not cover. */
  onIncidentHost: (inc: IncidentRecord, agentId: string, hint?: string) => void;
  audit: (actor: string, address: string | undefined, action: string, id: string, detail?: Record<string, unknown>) => void;
  changed: (id: string, change: IncidentChange) => void;
  /** The commands feature, or VIGIL_ERR_API_UNAVAILABLE when it is off. */
  commands: () => IncidentCommands;
  alertsOf: (inc: IncidentRecord) => AlertRecord[];
  /** Commands on the incident's hosts within its window (lookback before it opened, until it closed), plus those ordered from it, oldest first. */
  commandsOf: (inc: IncidentRecord, alerts: AlertRecord[]) => CommandRow[];
  times: (inc: IncidentRecord, alerts: AlertRecord[], evidence: EvidenceEvent[], commands: CommandRow[]) => IncidentTimes;
}

export function createContext(d: IncidentsDeps): Context {
  const must = (id: string) => {
    const i = d.store.get(id);
    if (!i) throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `no incident ${id}`);
    return i;
  };
  return {
    d,
    now: d.clock,
    must,
    checkRoom(id, n) {
      if (n >= d.options.maxItemsPerIncident)
        throw new CollectorError('VIGIL_ERR_INCIDENT_LIMIT', `incident ${id} holds ${n} of its ${d.options.maxItemsPerIncident} items`);
    },
    onIncidentHost(inc, agentId, hint = '') {
      if (!inc.hosts.includes(agentId)) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `host ${agentId} is not part of incident ${inc.id}${hint}`);
    },
    audit(actor, address, action, id, detail = {}) {
      d.audit.write({ user: actor, source: address ?? 'collector', action, target: `incident:${id}`, result: 'ok', detail });
    },
    changed(id, change) {
      const incident = d.store.get(id);
      if (incident) d.publish?.({ change, incident });
    },
    commands() {
      if (!d.commands) throw new CollectorError('VIGIL_ERR_API_UNAVAILABLE', 'the commands module is not running');
      return d.commands;
    },
    alertsOf: (inc) => inc.alertIds.map((id) => d.alert(id)?.alert).filter((a): a is AlertRecord => a !== undefined),
    commandsOf(inc, alerts) {
      const c = d.commands;
      if (!c) return [];
      const fromMs = Math.min(inc.createdAtMs, ...alerts.map((a) => a.firstSeenMs)) - d.options.commandLookbackMs;
      const toMs = inc.closedAtMs ?? Number.MAX_SAFE_INTEGER;
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
      for (const id of d.store.linkedCommands(inc.id)) {
        const r = c.get(id);
        if (r) byId.set(r.id, r);
      }
      return [...byId.values()].sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id));
    },
    times(inc, alerts, evidence, commands) {
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
    },
  };
}
