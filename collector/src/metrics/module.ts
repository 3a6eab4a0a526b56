// GET /metrics in the Prometheus text format: agent connections, events in (total and per kind), ingest
// lag, gateway refusals, alerts and commands by state, storage size, plus the process figures prom-client
// collects. Counts only: no host name or address appears in a label; the per-host coverage series carry the
// agent id alone (one series per enrolled host, nothing that grows with events). One registry per app.
import { timingSafeEqual } from 'node:crypto';
import { statSync } from 'node:fs';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestHandler } from 'express';
import type { Logger } from '@vigil/logger';
import type { EventBus } from '../core/bus.js';
import type { IngestTopics } from '../ingest/topics.js';
import type { Gateway } from '../gateway/server.js';
import type { Ingest } from '../ingest/ingest.js';
import type { StorageGuard } from '../store/space.js';
import type { EventStore } from '../events/types.js';
import type { DataPaths } from '../datadir.js';
import type { CoverageService } from '../coverage/types.js';
import type { AlertCount } from '../alerts/types.js';
import type { CommandCount } from '../commands/types.js';
import type { MetricsOptions } from './options.js';

/** What the figures are read from: each owner's own counters and counts. */
export interface MetricsDeps {
  gateway: Pick<Gateway, 'counters' | 'connectionCount' | 'authenticatedCount' | 'onlineAgents' | 'stalledAgents'>;
  ingest: Pick<Ingest, 'counters' | 'queuedEvents' | 'parkedEvents' | 'window'>;
  storage: Pick<StorageGuard, 'full' | 'view'>;
  events: Pick<EventStore, 'usedBytes'>;
  /** Enrolled agents (the hosts' records). */
  enrolledAgents: () => number;
  /** Alerts by severity and status (the alerts feature's store). */
  alertCounts: () => AlertCount[];
  /** Open correlation windows held by detection. */
  correlationGroups: () => number;
  /** Commands by action and status (the commands feature's store). */
  commandCounts: () => CommandCount[];
  /** The coverage ledger, for the per-host exec coverage gauge and records-lost counter. */
  coverage: CoverageService;
  paths: Pick<DataPaths, 'eventsDb' | 'stateFile'>;
  bus: EventBus<IngestTopics>;
  clock: () => number;
}

function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export function createCollectorMetrics(app: MetricsDeps): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vigil_collector_' });
  const g = () => app.gateway.counters;
  const i = () => app.ingest.counters;
  /** A counter whose value lives elsewhere (ingest and gateway keep their own counts). */
  const mirrored = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });

  new Gauge({
    name: 'vigil_agent_connections',
    help: 'Open agent WebSocket connections (authenticated or not)',
    registers: [registry],
    collect() {
      this.set(app.gateway.connectionCount());
    },
  });
  new Gauge({
    name: 'vigil_agents_online',
    help: 'Agents with a live authenticated connection',
    registers: [registry],
    collect() {
      this.set(app.gateway.onlineAgents().length);
    },
  });
  new Gauge({
    name: 'vigil_agents_enrolled',
    help: 'Enrolled agents',
    registers: [registry],
    collect() {
      this.set(app.enrolledAgents());
    },
  });
  mirrored('vigil_gateway_connections_accepted_total', 'WebSocket connections accepted', () => g().connectionsAccepted);
  mirrored('vigil_gateway_connections_refused_total', 'Connections refused at the HTTP upgrade (rate, capacity)', () => g().connectionsRefused);
  mirrored('vigil_gateway_authenticated_total', 'Agent connections that authenticated', () => g().authenticated);
  mirrored('vigil_gateway_enrolled_total', 'Enrollments accepted', () => g().enrolled);
  mirrored('vigil_gateway_malformed_frames_total', 'Frames that failed to decode or validate', () => g().malformedFrames);
  mirrored('vigil_gateway_oversized_frames_total', 'Frames over a size cap', () => g().oversizedFrames);
  new Counter({
    name: 'vigil_gateway_refusals_total',
    help: 'Connections closed with a coded refusal, by code',
    labelNames: ['code'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [code, n] of Object.entries(g().refusals)) this.inc({ code }, n);
    },
  });
  mirrored('vigil_ingest_batches_total', 'Event batches stored', () => i().batches);
  mirrored('vigil_ingest_events_total', 'Events stored (each exactly once)', () => i().events);
  mirrored('vigil_ingest_duplicates_total', 'Resent events the collector already held', () => i().duplicates);
  mirrored('vigil_ingest_transactions_total', 'Ingest transactions (group commits)', () => i().transactions);
  mirrored('vigil_ingest_failures_total', 'Ingest transactions that failed (batches not acked)', () => i().failures);
  mirrored('vigil_ingest_stage_failures_total', 'Ingest stage (detection) errors', () => i().stageFailures);
  mirrored('vigil_ingest_pauses_total', 'Times the queue passed its hard bound (batches read then wait in their sessions)', () => i().pauses);
  mirrored(
    'vigil_ingest_read_stops_total',
    'Times a socket stopped being read because the batches waiting in sessions passed their bound',
    () => i().readStops,
  );
  new Gauge({
    name: 'vigil_detect_correlation_groups',
    help: 'Open correlation windows (groups) held by detection; rebuilt from stored events at start',
    registers: [registry],
    collect() {
      this.set(app.correlationGroups());
    },
  });
  new Gauge({
    name: 'vigil_ingest_queued_events',
    help: 'Events waiting for an ingest transaction',
    registers: [registry],
    collect() {
      this.set(app.ingest.queuedEvents);
    },
  });
  new Gauge({
    name: 'vigil_ingest_parked_events',
    help: 'Events read while the queue was past its hard bound, waiting in their sessions',
    registers: [registry],
    collect() {
      this.set(app.ingest.parkedEvents);
    },
  });
  new Gauge({
    name: 'vigil_ingest_window_events',
    help: 'The window (unacked events) an agent is granted now',
    registers: [registry],
    collect() {
      this.set(app.ingest.window(app.gateway.authenticatedCount()));
    },
  });

  const byKind = new Counter({ name: 'vigil_events_received_total', help: 'Events stored since start, by kind', labelNames: ['kind'], registers: [registry] });
  const lag = new Histogram({
    name: 'vigil_ingest_lag_seconds',
    help: 'Time from an event on the host to its commit in storage',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600],
    registers: [registry],
  });
  app.bus.subscribe('events.stored', ({ events }) => {
    const nowNs = BigInt(app.clock()) * 1_000_000n;
    for (const e of events) {
      byKind.inc({ kind: e.kind });
      if (e.timeNs > 0n) lag.observe(Math.max(0, Number(nowNs - e.timeNs) / 1e9));
    }
  });

  new Gauge({
    name: 'vigil_alerts',
    help: 'Alerts by severity and status',
    labelNames: ['severity', 'status'],
    registers: [registry],
    collect() {
      this.reset();
      for (const r of app.alertCounts()) this.set({ severity: r.severity, status: r.status }, r.count);
    },
  });
  new Gauge({
    name: 'vigil_commands',
    help: 'Response commands by action and state',
    labelNames: ['action', 'status'],
    registers: [registry],
    collect() {
      this.reset();
      for (const r of app.commandCounts()) this.set({ action: r.action, status: r.status }, r.count);
    },
  });
  new Gauge({
    name: 'vigil_storage_bytes',
    help: 'Size of the storage files (events.db with its WAL, the lowdb state file)',
    labelNames: ['file'],
    registers: [registry],
    collect() {
      const p = app.paths;
      this.set({ file: 'events.db' }, fileBytes(p.eventsDb));
      this.set({ file: 'events.db-wal' }, fileBytes(`${p.eventsDb}-wal`));
      this.set({ file: 'state.json' }, fileBytes(p.stateFile));
    },
  });
  new Gauge({
    name: 'vigil_host_exec_coverage_ratio',
    help: 'Execs with full arguments / execs counted, per host, over coverage.summaryWindowMs (1 when none ran; absent when the host sent no coverage in the window)',
    labelNames: ['agent_id'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [agentId, c] of app.coverage.all()) if (c.ratio !== null) this.set({ agent_id: agentId }, c.ratio);
    },
  });
  new Gauge({
    name: 'vigil_host_execs_without_args',
    help: 'Execs counted without their arguments, per host, over coverage.summaryWindowMs',
    labelNames: ['agent_id'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [agentId, c] of app.coverage.all()) if (c.ratio !== null) this.set({ agent_id: agentId }, c.execsWithoutArgs);
    },
  });
  new Counter({
    name: 'vigil_host_audit_records_lost_total',
    help: 'Kernel audit records the host reported lost, since the collector started',
    labelNames: ['agent_id'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [agentId, n] of app.coverage.recordsLostSinceStart()) this.inc({ agent_id: agentId }, n);
    },
  });
  new Gauge({
    name: 'vigil_storage_full',
    help: '1 while the data folder cannot take writes (ingest stopped, writes refused); see /api/v1/health for why',
    registers: [registry],
    collect() {
      this.set(app.storage.full ? 1 : 0);
    },
  });
  new Gauge({
    name: 'vigil_storage_free_bytes',
    help: 'Free bytes in the data folder at the last probe',
    registers: [registry],
    collect() {
      this.set(app.storage.view().freeBytes ?? 0);
    },
  });
  mirrored('vigil_storage_full_writes_total', 'Writes that failed for lack of space (ENOSPC, EDQUOT, SQLITE_FULL)', () => app.storage.view().fullWrites);
  new Gauge({
    name: 'vigil_agents_not_storing',
    help: 'Connected agents owed events with nothing stored for gateway.stalledAfterMs',
    registers: [registry],
    collect() {
      this.set(app.gateway.stalledAgents().length);
    },
  });
  new Gauge({
    name: 'vigil_storage_events_used_bytes',
    help: 'Bytes the event database uses (pages minus free pages); retention keeps it under retention.maxBytes',
    registers: [registry],
    collect() {
      this.set(app.events.usedBytes());
    },
  });
  return registry;
}

/** A scraper needs the bearer token when one is set; otherwise it must call from a loopback address. */
export function metricsAllowed(token: string | undefined, authorization: string | undefined, remoteAddress: string | undefined): boolean {
  if (token) {
    const presented = Buffer.from(authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '');
    const want = Buffer.from(token);
    return presented.length === want.length && timingSafeEqual(presented, want);
  }
  const a = remoteAddress ?? '';
  return a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.');
}

/** GET /metrics: the registry's text for an allowed scraper (metricsAllowed), or a refusal that says why. */
export function metricsHandler(registry: Registry, options: MetricsOptions, logger: Logger): RequestHandler {
  return (req, res) => {
    if (!metricsAllowed(options.token, req.headers.authorization, req.socket.remoteAddress)) {
      res
        .status(options.token ? 401 : 403)
        .set('Cache-Control', 'no-store')
        .type('text/plain')
        .send(options.token ? 'bearer token required\n' : 'metrics are served to loopback callers only (set metrics.token to scrape remotely)\n');
      return;
    }
    registry.metrics().then(
      (text) => res.type(registry.contentType).send(text),
      (err: unknown) => {
        logger.error({ err }, 'metrics collection failed');
        res.status(500).type('text/plain').send('metrics unavailable\n');
      },
    );
  };
}
