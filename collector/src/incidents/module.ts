// The incidents feature as a collector module: its tables, the IncidentService, the receiver of collected
// files (FileChunk messages from the gateway hook), and the reactions to other modules' news: a command
// that changes state (evidence rows, checklist ticks) and a new alert (the grouping policy, when on).
import { join } from 'node:path';
import type { CollectorApp, CollectorModule } from '../app.js';
import type { CommandsModule } from '../commands/module.js';
import type { AlertService } from '../alerts/service.js';
import type { AlertRecord } from '../alerts/types.js';
import { IncidentStore, incidentsMigration } from './store.js';
import { EvidenceFileStore } from './files-store.js';
import { summarize } from '../hosts/summary.js';
import { IncidentService, type EventRef } from './service.js';
import { FileReceiver } from './file-receiver.js';
import { hostTimeline, type HostTimelineRow } from './host-timeline.js';

export interface IncidentsModuleOptions {
  /** The other modules (detect, commands), found by name. */
  peers: readonly CollectorModule[];
  /** Sweep interval for idle transfers. */
  sweepMs?: number;
}

export class IncidentsModule implements CollectorModule {
  readonly name = 'incidents';
  readonly migrations = [incidentsMigration];
  service: IncidentService | undefined;
  receiver: FileReceiver | undefined;
  files: EvidenceFileStore | undefined;
  private app: CollectorApp | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly o: IncidentsModuleOptions) {}

  setup(app: CollectorApp): void {
    this.app = app;
    const options = app.config.incidents;
    const logger = app.logger.child({ component: 'incidents' });
    const peer = <T>(name: string) => this.o.peers.find((m) => m.name === name) as T | undefined;
    const detect = peer<CollectorModule & { readonly service?: AlertService }>('detect');
    const commands = peer<CommandsModule>('commands');
    const store = new IncidentStore(app.db);
    const files = new EvidenceFileStore(app.db);
    this.files = files;
    const publish = (data: unknown) => app.live.publish('incident', data);
    const service = new IncidentService({
      store,
      files,
      alert: (id) => detect?.service?.get(id),
      commands: () => commands?.service,
      event: (agentId, seq) => this.event(agentId, seq),
      hostname: (agentId) => app.state.getAgent(agentId)?.hostname,
      audit: app.audit,
      logger,
      clock: app.clock,
      options,
      publish,
    });
    this.service = service;
    const receiver = new FileReceiver({
      dir: join(app.paths.root, 'evidence'),
      files,
      maxFileBytes: options.maxFileBytes,
      maxTriageBytes: options.maxTriageBytes,
      maxOpenTransfers: options.maxOpenTransfers,
      idleTimeoutMs: options.transferIdleMs,
      logger,
      clock: app.clock,
      onDone: (f) => {
        if (f.incidentId) publish({ change: 'evidence', incidentId: f.incidentId, file: f });
      },
    });
    this.receiver = receiver;
    app.onAgentMessage('fileChunk', (agentId, chunk) => {
      try {
        receiver.onChunk(agentId, chunk);
      } catch (err) {
        app.storage.noteFailure(err, 'evidence');
        throw err;
      }
    });
    app.live.subscribe((m) => {
      try {
        if (m.topic === 'command') {
          const id = (m.data as { id?: unknown } | null)?.id;
          const row = typeof id === 'string' ? commands?.service?.get(id) : undefined;
          if (!row) return;
          service.expectEvidence(row);
          service.onCommand(row, (commandId, reason) => receiver.abort(commandId, reason));
        } else if (m.topic === 'alert') {
          const d = m.data as { change?: string; alert?: AlertRecord } | null;
          if (d?.change === 'created' && d.alert) service.autoGroup(d.alert);
        }
      } catch (err) {
        // another module's publish must never fail because of incidents
        logger.error({ err, topic: m.topic }, 'incident reaction failed');
      }
    });
    this.timer = setInterval(() => {
      try {
        receiver.sweep();
      } catch (err) {
        app.storage.noteFailure(err, 'evidence');
        logger.error({ err }, 'evidence sweep failed');
      }
    }, this.o.sweepMs ?? 5000);
    this.timer.unref();
  }

  /** One stored event, for marking it as evidence. */
  event(agentId: string, seq: number): EventRef | undefined {
    const e = this.app?.events.get(agentId, seq);
    if (!e) return undefined;
    return { id: e.id, timeMs: Number(e.timeNs / 1_000_000n), kind: e.kind, summary: summarize(e.event) };
  }

  /** Everything held for one host in [fromMs, toMs), time ordered, capped by incidents.maxTimelineRows. */
  hostTimeline(agentId: string, fromMs: number, toMs: number): Generator<HostTimelineRow> {
    const app = this.app;
    if (!app || !this.service || !this.files) throw new Error('incidents module is not set up');
    const max = app.config.incidents.maxTimelineRows;
    const detect = this.o.peers.find((m): m is CollectorModule & { readonly service?: AlertService } => m.name === 'detect');
    const commands = this.o.peers.find((m): m is CommandsModule => m.name === 'commands')?.service;
    const alerts: AlertRecord[] = [];
    let after: { lastSeenMs: number; id: string } | undefined;
    for (let pages = 0; detect?.service && pages < 100; pages++) {
      const rows = detect.service.list({ agentId, fromMs, after, limit: 500 });
      alerts.push(...rows);
      const last = rows[rows.length - 1];
      if (rows.length < 500 || !last) break;
      after = { lastSeenMs: last.lastSeenMs, id: last.id };
    }
    const cmds = [];
    let before: number | undefined = toMs;
    for (let pages = 0; commands && pages < 100; pages++) {
      const rows = commands.list({ agentId, limit: 500, beforeMs: before });
      cmds.push(...rows.filter((r) => r.createdAtMs >= fromMs || (r.finishedAtMs ?? 0) >= fromMs));
      const last = rows[rows.length - 1];
      if (rows.length < 500 || !last || last.createdAtMs < fromMs) break;
      before = last.createdAtMs;
    }
    const store = new IncidentStore(app.db);
    return hostTimeline({
      events: app.events,
      agentId,
      fromMs,
      toMs,
      maxRows: max,
      alerts,
      commands: cmds,
      files: this.files.ofHost(agentId, fromMs, toMs, max),
      incidents: store.list({ agentId, fromMs, toMs, limit: 1000 }),
      audit: app.audit.list({ target: `agent:${agentId}`, sinceMs: fromMs, untilMs: toMs, limit: Math.min(max, 10_000) }),
    });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.receiver?.close();
  }
}
