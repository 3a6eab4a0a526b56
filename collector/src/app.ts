// Composes the collector: storage (SQLite events + lowdb state), ingest, the agent gateway and one
// express app on one HTTP(S) server. Feature modules plug in through the seams below:
//   - `db` and `migrations`  : their own tables in the same SQLite file
//   - `ingestStages`         : synchronous work inside the ingest transaction (detection, coverage)
//   - `retention`            : pruning of their own tables, with the events'
//   - `sendToAgent` / `onAgentMessage` / `onAgentConnected` : commands and their results
//   - `express`              : API routes and the web page
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Logger } from '@vigil/logger';
import { signEd25519 } from '@vigil/crypto';
import type { vigil, ICollectorMessage } from '@vigil/proto';
import type { CollectorConfig } from './config.js';
import { dataPaths, loadCommandKey, type CommandKey, type DataPaths } from './datadir.js';
import { openDatabase, type Db, type Migration } from './store/db.js';
import { SqliteEventStore, eventsMigrations } from './events/store.js';
import { LowdbStateStore } from './store/state.js';
import type { AgentRecord, StateStore } from './store/types.js';
import type { EventStore } from './events/types.js';
import { Ingest } from './ingest/ingest.js';
import type { IngestStage } from './ingest/stage.js';
import type { StoredEvent } from './events/types.js';
import { Gateway } from './gateway/server.js';
import { auditMigrations, SqliteAuditLog } from './audit/store.js';
import type { AuditLog } from './audit/types.js';
import { LiveHub } from './api/live.js';
import type { AgentMessageHandler, AgentMessageKind } from './gateway/hooks.js';
import type { DeliveryView } from './gateway/delivery.js';
import { StorageGuard } from './store/space.js';
import { NetGuard, connectionsCheckingInterval } from './net-guard.js';
import type { CollectorHealth } from './api/routes/health.js';

/** A feature that plugs into the collector. setup() runs after storage opened and before the server listens. */
export interface CollectorModule {
  readonly name: string;
  readonly migrations?: readonly Migration[];
  setup(app: CollectorApp): void | Promise<void>;
  /** Called on shutdown before storage closes. */
  stop?(): void | Promise<void>;
}

export interface AgentStatus {
  online: boolean;
  lastSeenAtMs: number;
  /** Remote address of the live connection, when online. */
  remote?: string;
  /** Delivery of the live connection: flags an agent that is connected but stores nothing. */
  delivery?: DeliveryView;
}

export interface CollectorAppOptions {
  config: Readonly<CollectorConfig>;
  logger: Logger;
  clock?: () => number;
  modules?: readonly CollectorModule[];
}

export class CollectorApp {
  readonly config: Readonly<CollectorConfig>;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly paths: DataPaths;
  readonly db: Db;
  readonly events: EventStore;
  readonly state: StateStore;
  readonly ingest: Ingest;
  readonly gateway: Gateway;
  readonly express: express.Express;
  readonly server: HttpServer;
  readonly commandKey: CommandKey;
  /** The audit log every module writes to (who did what, from where, with which result). */
  readonly audit: AuditLog;
  /** Live push to the page: publish 'alert', 'agent', 'command', 'incident' updates here. */
  readonly live = new LiveHub();
  /** Run in order inside each ingest transaction; modules push theirs in setup(). */
  readonly ingestStages: IngestStage[] = [];
  /** Called after each ingest commit with the newly stored events (live views, metrics). */
  readonly afterIngest: Array<(agentId: string, inserted: readonly StoredEvent[]) => void> = [];
  /** Retention of modules' own tables, run with the events' (same age limit); each returns rows deleted. */
  readonly retention: Array<(policy: { maxAgeMs: number; nowMs: number }) => number> = [];
  /** Contributions to the AgentConfig sent in Welcome and by pushAgentConfig(), merged in order. */
  readonly agentConfigProviders: Array<(agent: AgentRecord) => vigil.v1.IAgentConfig> = [];
  readonly tls: boolean;
  /** Whether the data folder takes writes: a full disk stops ingest and writes, never the process. */
  readonly storage: StorageGuard;
  /** Socket caps, fd budget with reserve, header/request/keep-alive timeouts of the HTTP(S) server. */
  readonly net: NetGuard;
  private readonly modules: readonly CollectorModule[];
  private retentionTimer: NodeJS.Timeout | undefined;
  private auditTimer: NodeJS.Timeout | undefined;

  constructor(options: CollectorAppOptions) {
    this.config = options.config;
    this.logger = options.logger;
    this.clock = options.clock ?? Date.now;
    this.modules = options.modules ?? [];
    this.paths = dataPaths(this.config.dataDir);
    mkdirSync(this.paths.root, { recursive: true, mode: 0o700 });
    this.commandKey = loadCommandKey(this.paths);
    this.storage = new StorageGuard(this.paths.root, this.config.storage, this.logger.child({ component: 'storage' }), this.clock);
    this.db = openDatabase({
      path: this.paths.eventsDb,
      migrations: [...eventsMigrations, ...auditMigrations, ...this.modules.flatMap((m) => m.migrations ?? [])],
    });
    this.events = new SqliteEventStore(this.db, { clock: this.clock, maxTextScanRows: this.config.api.maxTextScanRows });
    this.audit = new SqliteAuditLog(this.db, this.clock, this.config.audit);
    this.state = new LowdbStateStore(this.paths.stateFile);
    this.ingest = new Ingest({
      store: this.events,
      stages: this.ingestStages,
      logger: this.logger.child({ component: 'ingest' }),
      maxQueuedBatches: this.config.ingest.maxQueuedBatches,
      maxQueuedEvents: this.config.ingest.maxQueuedEvents,
      storage: this.storage,
      afterCommit: (agentId, inserted) => {
        for (const fn of this.afterIngest) fn(agentId, inserted);
      },
    });
    this.gateway = new Gateway({
      config: this.config.gateway,
      state: this.state,
      events: this.events,
      ingest: this.ingest,
      logger: this.logger.child({ component: 'gateway' }),
      clock: this.clock,
      commandPublicKey: this.commandKey.publicKey,
      sign: (d) => signEd25519(this.commandKey.privateKey, d),
      agentConfigFor: (a) => this.agentConfigFor(a),
      storage: this.storage,
    });
    this.express = express();
    this.express.disable('x-powered-by');
    this.express.get('/healthz', (_req, res) => {
      // Up or down only (issue 13 item 12: counts here were an oracle for an intruder). Details are in
      // /api/v1/health for operators and /metrics for scrapers.
      res.set('Cache-Control', 'no-store').json({ status: 'up' });
    });
    const tls = this.config.tls;
    this.tls = tls !== undefined;
    const h = this.config.http;
    // Timeouts are server options: the interval that enforces them is fixed when the server is created.
    const timeouts = {
      headersTimeout: h.headersTimeoutMs,
      requestTimeout: h.requestTimeoutMs,
      keepAliveTimeout: h.keepAliveTimeoutMs,
      connectionsCheckingInterval: connectionsCheckingInterval(h.headersTimeoutMs),
    };
    this.server = tls
      ? createHttpsServer({ cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile), ...timeouts }, this.express)
      : createHttpServer(timeouts, this.express);
    this.net = new NetGuard(this.config.http, (a) => this.gateway.isKnownAgentAddress(a), this.logger.child({ component: 'net' }), this.clock);
    this.net.attach(this.server);
    this.gateway.attach(this.server);
  }

  /** Runs every module's setup(); call once before listen(). */
  async setup(): Promise<void> {
    for (const m of this.modules) {
      await m.setup(this);
      this.logger.debug({ module: m.name }, 'module ready');
    }
  }

  /** Listens and starts retention; resolves with the base URL (http(s)://host:port). */
  async listen(): Promise<string> {
    const { host, port } = this.config.listen;
    await new Promise<void>((resolveListen, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolveListen());
    });
    this.storage.start();
    this.auditTimer = setInterval(() => this.flushAudit(false), Math.max(100, Math.floor(this.config.audit.refusedWindowMs / 2)));
    this.auditTimer.unref();
    const r = this.config.retention;
    this.retentionTimer = setInterval(() => this.runRetention(), r.intervalMs);
    this.retentionTimer.unref();
    return this.baseUrl();
  }

  baseUrl(): string {
    const addr = this.server.address() as AddressInfo;
    const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    return `${this.tls ? 'https' : 'http'}://${host}:${addr.port}`;
  }

  /** The agent WebSocket URL (ws:// or wss://). */
  agentUrl(): string {
    return `${this.baseUrl().replace(/^http/, 'ws')}${this.config.gateway.path}`;
  }

  private flushAudit(all: boolean): void {
    try {
      this.audit.flushAggregates(this.clock(), all);
    } catch (err) {
      this.storage.noteFailure(err, 'audit');
      this.logger.error({ err }, 'audit aggregate write failed');
    }
  }

  /** Prunes events and the modules' tables by age (events also by size); returns how many events went. */
  runRetention(): number {
    const r = this.config.retention;
    try {
      const policy = { maxAgeMs: r.maxAgeDays * 86_400_000, maxBytes: r.maxBytes, nowMs: this.clock() };
      const n = this.events.prune(policy);
      if (n > 0) this.logger.info({ deleted: n }, 'retention deleted events');
      let rows = 0;
      for (const prune of this.retention) rows += prune(policy);
      if (rows > 0) this.logger.info({ deleted: rows }, 'retention deleted module rows');
      const a = this.config.audit;
      const audited = this.audit.prune({ maxAgeMs: a.maxAgeDays * 86_400_000, maxRows: a.maxRows, nowMs: this.clock() });
      if (audited > 0) this.logger.info({ deleted: audited }, 'retention deleted audit rows');
      return n;
    } catch (err) {
      this.storage.noteFailure(err, 'retention');
      this.logger.error({ err }, 'retention failed');
      return 0;
    }
  }

  /** Storage, delivery and gateway figures (counts only, no names or addresses). */
  health(): CollectorHealth {
    const g = this.gateway.counters;
    return {
      storage: this.storage.view(),
      agentsOnline: this.gateway.onlineAgents().length,
      agentsNotStoring: this.gateway.stalledAgents().length,
      connections: this.gateway.connectionCount(),
      ingest: { ...this.ingest.counters },
      gateway: {
        accepted: g.connectionsAccepted,
        refusedAtUpgrade: g.connectionsRefused,
        authenticated: g.authenticated,
        enrolled: g.enrolled,
        malformedFrames: g.malformedFrames,
        oversizedFrames: g.oversizedFrames,
        batches: g.batches,
        identityConflicts: g.identityConflicts,
        sequenceConflicts: g.sequenceConflicts,
        refusals: g.refusals,
      },
    };
  }

  /** Sends to a connected agent; false when it is offline (keep the message pending and retry on connect). */
  sendToAgent(agentId: string, msg: ICollectorMessage): boolean {
    return this.gateway.send(agentId, msg);
  }

  onAgentMessage<K extends AgentMessageKind>(kind: K, handler: AgentMessageHandler<K>): void {
    this.gateway.hooks.onAgentMessage(kind, handler);
  }

  onAgentConnected(handler: (agentId: string) => void): void {
    this.gateway.hooks.onAgentConnected(handler);
  }

  onAgentDisconnected(handler: (agentId: string) => void): void {
    this.gateway.hooks.onAgentDisconnected(handler);
  }

  onAgentDeliveryChanged(handler: (agentId: string) => void): void {
    this.gateway.hooks.onAgentDeliveryChanged(handler);
  }

  agentStatus(agentId: string): AgentStatus {
    const online = this.gateway.isOnline(agentId);
    const remote = online ? this.gateway.remoteOf(agentId) : undefined;
    const lastSeenAtMs = this.gateway.lastSeen(agentId) ?? this.state.getAgent(agentId)?.lastSeenAtMs ?? 0;
    const delivery = this.gateway.delivery(agentId);
    return { online, lastSeenAtMs, ...(remote ? { remote } : {}), ...(delivery ? { delivery } : {}) };
  }

  agentConfigFor(agent: AgentRecord): vigil.v1.IAgentConfig {
    let cfg: vigil.v1.IAgentConfig = { dryRun: agent.dryRun };
    for (const p of this.agentConfigProviders) cfg = { ...cfg, ...p(agent) };
    return cfg;
  }

  /** Sends the agent its current AgentConfig (after a setting such as dry-run changed). */
  pushAgentConfig(agentId: string): boolean {
    const agent = this.state.getAgent(agentId);
    return agent ? this.gateway.sendConfig(agentId, this.agentConfigFor(agent)) : false;
  }

  /** Graceful stop: no new connections, drain queued ingest, close agents, stop modules, close storage. */
  async stop(): Promise<void> {
    clearInterval(this.retentionTimer);
    clearInterval(this.auditTimer);
    this.flushAudit(true);
    this.storage.stop();
    this.ingest.flush();
    this.gateway.close();
    await new Promise<void>((r) => this.server.close(() => r()));
    this.server.closeAllConnections?.();
    for (const m of [...this.modules].reverse()) await m.stop?.();
    this.ingest.flush();
    this.db.close();
  }
}

/** Builds the app and runs module setup; the caller then calls listen(). */
export async function createCollectorApp(options: CollectorAppOptions): Promise<CollectorApp> {
  const app = new CollectorApp(options);
  await app.setup();
  return app;
}
