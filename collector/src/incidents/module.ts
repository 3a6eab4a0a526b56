// The incidents feature, wired: its tables, its parts (createIncidents), the receiver of collected files (file chunks
// announced by the gateway), and the reactions to other features' news on the bus: a command that changes
// state (evidence rows, checklist ticks) and a new alert (the grouping policy, when on).
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';
import type { Db } from '../store/db.js';
import type { EventBus } from '../core/bus.js';
import type { EventStore } from '../events/types.js';
import type { AlertService } from '../alerts/service.js';
import type { AlertRecord } from '../alerts/types.js';
import type { AlertTopics } from '../alerts/topics.js';
import type { CommandService } from '../commands/service.js';
import type { CommandTopics } from '../commands/topics.js';
import type { GatewayTopics } from '../gateway/topics.js';
import type { AuditLog } from '../audit/types.js';
import { summarize } from '../hosts/summary.js';
import { SqliteIncidentStore, incidentsMigration } from './store.js';
import { SqliteEvidenceFileStore } from './files-store.js';
import { createIncidents } from './create.js';
import type { EventRef, EvidenceFileStore, Incidents } from './types.js';
import { FileReceiver } from './file-receiver.js';
import { hostTimeline, type HostTimelineRow } from './host-timeline.js';
import type { IncidentOptions } from './options.js';
import type { IncidentTopics, IncidentUpdate } from './topics.js';

export const incidentsMigrations = [incidentsMigration];

export interface IncidentsModule {
  readonly incidents: Incidents;
  readonly files: EvidenceFileStore;
  readonly receiver: FileReceiver;
  /** Everything held for one host in [fromMs, toMs), time ordered, capped by incidents.maxTimelineRows. */
  hostTimeline(agentId: string, fromMs: number, toMs: number): Generator<HostTimelineRow>;
  stop(): void;
}

export interface IncidentsDeps {
  db: Db;
  /** Events marked as evidence, and a host's events for its timeline. */
  events: EventStore;
  alerts: AlertService;
  commands: CommandService;
  audit: AuditLog;
  hostname: (agentId: string) => string | undefined;
  /** The data folder: collected files go under evidence/. */
  dataDir: string;
  options: IncidentOptions;
  bus: EventBus<IncidentTopics & CommandTopics & AlertTopics & GatewayTopics>;
  noteFailure: (err: unknown, what: string) => void;
  logger: Logger;
  clock: () => number;
}

export function createIncidentsFeature(deps: IncidentsDeps): IncidentsModule {
  const { options, logger, bus, clock } = deps;
  const store = new SqliteIncidentStore(deps.db);
  const files = new SqliteEvidenceFileStore(deps.db);
  const publish = (update: IncidentUpdate) => bus.publish('incident.changed', update);
  const event = (agentId: string, seq: number): EventRef | undefined => {
    const e = deps.events.get(agentId, seq);
    return e && { id: e.id, timeMs: Number(e.timeNs / 1_000_000n), kind: e.kind, summary: summarize(e.event) };
  };
  const incidents = createIncidents({
    store,
    files,
    alert: (id) => deps.alerts.get(id),
    commands: deps.commands,
    event,
    hostname: deps.hostname,
    audit: deps.audit,
    logger,
    clock,
    options,
    publish,
  });
  const receiver = new FileReceiver({
    dir: join(deps.dataDir, 'evidence'),
    files,
    maxFileBytes: options.maxFileBytes,
    maxTriageBytes: options.maxTriageBytes,
    maxOpenTransfers: options.maxOpenTransfers,
    idleTimeoutMs: options.transferIdleMs,
    logger,
    clock,
    onDone: (f) => {
      if (f.incidentId) publish({ change: 'evidence', incidentId: f.incidentId, file: f });
    },
  });
  bus.subscribe('agent.fileChunk', ({ agentId, chunk }) => {
    try {
      receiver.onChunk(agentId, chunk);
    } catch (err) {
      deps.noteFailure(err, 'evidence');
      throw err;
    }
  });
  // evidence first (the row a collection fills), then the checklist and the live update of the incidents it touches
  bus.subscribe('command.changed', ({ command }) => {
    incidents.evidence.onCommand(command, (commandId, reason) => receiver.abort(commandId, reason));
    incidents.review.onCommand(command);
  });
  bus.subscribe('alert.raised', ({ alert }) => void incidents.lifecycle.autoGroup(alert));
  const timer = setInterval(() => {
    try {
      receiver.sweep();
    } catch (err) {
      deps.noteFailure(err, 'evidence');
      logger.error({ err }, 'evidence sweep failed');
    }
  }, options.transferSweepMs);
  timer.unref();

  return {
    incidents,
    files,
    receiver,
    hostTimeline(agentId, fromMs, toMs) {
      const max = options.maxTimelineRows;
      const alerts: AlertRecord[] = [];
      let after: { lastSeenMs: number; id: string } | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const rows = deps.alerts.list({ agentId, fromMs, after, limit: 500 });
        alerts.push(...rows);
        const last = rows[rows.length - 1];
        if (rows.length < 500 || !last) break;
        after = { lastSeenMs: last.lastSeenMs, id: last.id };
      }
      const cmds = [];
      let before: number | undefined = toMs;
      for (let pages = 0; pages < 100; pages++) {
        const rows = deps.commands.list({ agentId, limit: 500, beforeMs: before });
        cmds.push(...rows.filter((r) => r.createdAtMs >= fromMs || (r.finishedAtMs ?? 0) >= fromMs));
        const last = rows[rows.length - 1];
        if (rows.length < 500 || !last || last.createdAtMs < fromMs) break;
        before = last.createdAtMs;
      }
      return hostTimeline({
        events: deps.events,
        agentId,
        fromMs,
        toMs,
        maxRows: max,
        alerts,
        commands: cmds,
        files: files.ofHost(agentId, fromMs, toMs, max),
        incidents: store.list({ agentId, fromMs, toMs, limit: 1000 }),
        audit: deps.audit.list({ target: `agent:${agentId}`, sinceMs: fromMs, untilMs: toMs, limit: Math.min(max, 10_000) }),
      });
    },
    stop() {
      clearInterval(timer);
      receiver.close();
    },
  };
}
