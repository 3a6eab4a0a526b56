// The composition root: builds the collector's parts in dependency order and hands each its dependencies
// as constructor arguments. Storage first (one SQLite file whose tables each feature owns, the lowdb state),
// then the bus, then the features that feed ingest (alerts, coverage), ingest and the gateway, the features
// that react (commands, incidents, hosts), and last the operators' side (auth, API, page, /metrics).
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import type express from 'express';
import type { Registry } from 'prom-client';
import type { Logger } from '@vigil/logger';
import { signEd25519 } from '@vigil/crypto';
import type { CollectorConfig } from './config.js';
import { dataPaths, type DataPaths } from './datadir.js';
import { loadKeyring, retiredPublicKeys, rotationsFrom, type CommandKeyring } from './keys/keyring.js';
import { openDatabase, type Db } from './store/db.js';
import { isDamageError, storeDamagedError } from './store/damage.js';
import { collectorMigrations } from './migrations.js';
import { LowdbStateStore } from './store/state.js';
import type { StateStore } from './store/types.js';
import type { AgentStore, TokenStore } from './hosts/types.js';
import { SqliteAgentStore } from './hosts/agent-store.js';
import { importLegacyAgents } from './hosts/agent-import.js';
import { SqliteTokenStore } from './hosts/token-store.js';
import { importLegacyTokens } from './hosts/token-import.js';
import { StorageGuard } from './store/space.js';
import { InProcessBus, type EventBus } from './core/bus.js';
import { createHttp, baseUrlOf } from './core/http.js';
import type { CollectorTopics } from './topics.js';
import { SqliteEventStore } from './events/store.js';
import type { EventStore } from './events/types.js';
import { SqliteAuditLog } from './audit/store.js';
import type { AuditLog } from './audit/types.js';
import { Ingest } from './ingest/ingest.js';
import { Gateway } from './gateway/server.js';
import { NetGuard } from './core/net-guard.js';
import { createAlerts, type Alerts } from './alerts/module.js';
import { createCoverage, type Coverage } from './coverage/module.js';
import { createCommands, type Commands } from './commands/module.js';
import { isolationFromCommands } from './commands/isolation.js';
import { createIncidentsFeature, type IncidentsModule } from './incidents/module.js';
import { agentConfigFor, createHosts, type Hosts } from './hosts/module.js';
import { createInstall, type InstallModule } from './install/module.js';
import { createCollectorMetrics, metricsHandler } from './metrics/module.js';
import { Auth, authStateIn, ensureAdmin, type BootstrapResult } from './auth/index.js';
import { LiveHub } from './api/live.js';
import { mountApi } from './api/module.js';
import type { AnyRoute } from './api/route.js';
import { collectorHealth, type CollectorHealth } from './api/routes/health.js';
import { Housekeeping } from './core/housekeeping.js';

export interface CollectorAppOptions {
  config: Readonly<CollectorConfig>;
  logger: Logger;
  clock?: () => number;
  /** Environment for the first-start admin password (VIGIL_ADMIN_PASSWORD). */
  env?: Record<string, string | undefined>;
  /** Receives the first-start result so the CLI can print how to log in (once). */
  onAdminBootstrap?: (result: BootstrapResult) => void;
  /** Folder of the built page; default dist/web beside the API. */
  webRoot?: string;
}

export class CollectorApp {
  readonly config: Readonly<CollectorConfig>;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly paths: DataPaths;
  readonly commandKey: CommandKeyring;
  readonly db: Db;
  readonly state: StateStore;
  /** Enrolled agents (the agent table). */
  readonly agents: AgentStore;
  /** Enrollment tokens (the token table, beside the agents: one enrollment is one transaction). */
  readonly tokens: TokenStore;
  readonly events: EventStore;
  /** The audit log every feature writes to (who did what, from where, with which result). */
  readonly audit: AuditLog;
  /** Whether the data folder takes writes: a full disk stops ingest and writes, never the process. */
  readonly storage: StorageGuard;
  readonly bus: EventBus<CollectorTopics>;
  readonly alerts: Alerts;
  readonly coverage: Coverage;
  readonly ingest: Ingest;
  readonly gateway: Gateway;
  readonly commands: Commands;
  readonly incidents: IncidentsModule;
  readonly hosts: Hosts;
  readonly install: InstallModule;
  readonly auth: Auth;
  /** The API's route table as served under /api/v1 (method, path, access of each route). */
  readonly apiRoutes: readonly AnyRoute[];
  /** Live push to the page (server-sent events), fed from the bus. */
  readonly live = new LiveHub();
  readonly express: express.Express;
  readonly server: HttpServer;
  readonly tls: boolean;
  /** Socket caps, fd budget with reserve, header/request/keep-alive timeouts of the HTTP(S) server. */
  readonly net: NetGuard;
  /** The Prometheus registry behind /metrics; undefined when metrics.enabled is off. */
  readonly metrics: Registry | undefined;
  private readonly housekeeping: Housekeeping;

  constructor(options: CollectorAppOptions) {
    const config = (this.config = options.config);
    const logger = (this.logger = options.logger);
    const clock = (this.clock = options.clock ?? Date.now);
    const child = (component: string) => logger.child({ component });
    this.paths = dataPaths(config.dataDir);
    mkdirSync(this.paths.root, { recursive: true, mode: 0o700 });
    this.commandKey = loadKeyring(this.paths);
    const storage = (this.storage = new StorageGuard(this.paths.root, config.storage, child('storage'), clock));
    const noteFailure = (err: unknown, what: string) => storage.noteFailure(err, what);
    const db = (this.db = openDatabase({
      path: this.paths.eventsDb,
      migrations: collectorMigrations,
      startCheck: config.storage.startCheck,
      startCheckMaxBytes: config.storage.startCheckMaxBytes,
      onCheckSkipped: (bytes) =>
        child('store').warn(
          { bytes, startCheckMaxBytes: config.storage.startCheckMaxBytes },
          'events.db is larger than storage.startCheckMaxBytes: not checked at start; run "vigil-collector db check" beside the running collector',
        ),
    }));
    const events = (this.events = new SqliteEventStore(db, {
      clock,
      maxTextScanRows: config.api.maxTextScanRows,
      maxTextCandidates: config.api.maxTextCandidates,
    }));
    const audit = (this.audit = new SqliteAuditLog(db, clock, config.audit));
    const state = (this.state = new LowdbStateStore(this.paths.stateFile));
    const agents = (this.agents = new SqliteAgentStore(db, config.agents));
    const imported = importLegacyAgents(state, agents, this.paths.stateFile);
    if (imported) logger.info({ ...imported, file: this.paths.stateFile }, 'moved the agents of the state file into the database');
    const tokens = (this.tokens = new SqliteTokenStore(db));
    const importedTokens = importLegacyTokens(state, tokens, this.paths.stateFile);
    if (importedTokens?.found)
      logger.info({ ...importedTokens, file: this.paths.stateFile }, 'moved the enrollment tokens of the state file into the database');
    const bus = (this.bus = new InProcessBus<CollectorTopics>(child('bus')));

    // the API asks for one row more than a page, to tell whether another follows
    const alerts = (this.alerts = createAlerts({
      db,
      state,
      options: config.detect,
      maxListRows: config.api.maxPageSize + 1,
      bus,
      events,
      logger: child('detect'),
      clock,
    }));
    // after alerts: "telemetry degraded" goes through the alerts feature's sink
    const coverage = (this.coverage = createCoverage({ db, options: config.coverage, alerts: alerts.sink, bus, logger: child('coverage'), clock }));
    this.housekeeping = new Housekeeping({
      events,
      prunedWithEvents: [(policy) => coverage.prune(policy)],
      audit,
      noteFailure,
      options: config,
      logger,
      clock,
    });
    this.ingest = new Ingest({
      store: events,
      stages: [alerts.stage, coverage.stage],
      logger: child('ingest'),
      limits: config.ingest,
      storage,
      bus,
    });
    // nothing is committed before the correlation windows are rebuilt: each event is evaluated in stored order
    this.ingest.holdUntil(alerts.ready);
    const gateway = (this.gateway = new Gateway({
      config: config.gateway,
      tokens,
      agents,
      events,
      ingest: this.ingest,
      logger: child('gateway'),
      clock,
      commandPublicKey: this.commandKey.publicKey,
      sign: (d) => signEd25519(this.commandKey.privateKey, d),
      keyRotationsFrom: (keyId) => rotationsFrom(this.commandKey, keyId),
      agentConfigFor,
      storage,
      bus,
    }));
    const commands = (this.commands = createCommands({
      db,
      privateKey: this.commandKey.privateKey,
      retiredPublicKeys: retiredPublicKeys(this.commandKey),
      send: (agentId, msg) => gateway.send(agentId, msg),
      isOnline: (agentId) => gateway.isOnline(agentId),
      audit,
      bus,
      options: config.commands,
      noteFailure,
      logger: child('commands'),
      clock,
    }));
    this.incidents = createIncidentsFeature({
      db,
      events,
      alerts: alerts.service,
      commands: commands.service,
      audit,
      hostname: (agentId) => agents.get(agentId)?.hostname,
      dataDir: this.paths.root,
      options: config.incidents,
      bus,
      noteFailure,
      logger: child('incidents'),
      clock,
    });
    this.hosts = createHosts({
      agents,
      events,
      gateway,
      views: {
        openAlerts: (agentId) => alerts.service.openAlerts(agentId),
        coverage: (agentId) => coverage.service.forHost(agentId),
        commandIsolation: (agentId) => isolationFromCommands(commands.service.list({ agentId, limit: 50 })),
      },
      options: config.agents,
      bus,
      logger: child('hosts'),
    });
    this.install = createInstall({
      dataDir: this.paths.root,
      options: config.install,
      tls: config.tls,
      agentPath: config.gateway.path,
      commandKey: this.commandKey,
      tokens,
      agents,
      commands: commands.service,
      logger: child('install'),
      clock,
    });

    const http = createHttp(config);
    this.express = http.express;
    this.server = http.server;
    this.tls = config.tls !== undefined;
    this.net = new NetGuard(config.http, (a) => gateway.isKnownAgentAddress(a), child('net'), clock);
    this.net.attach(this.server);
    gateway.attach(this.server);
    this.metrics = undefined;
    if (config.metrics.enabled) {
      const registry = (this.metrics = createCollectorMetrics({
        gateway,
        ingest: this.ingest,
        storage,
        events,
        enrolledAgents: () => agents.count(),
        alertCounts: () => alerts.service.counts(),
        correlationGroups: () => alerts.stage.correlationGroups,
        commandCounts: () => commands.service.counts(),
        coverage: coverage.service,
        paths: this.paths,
        bus,
        clock,
      }));
      this.express.get(config.metrics.path, metricsHandler(registry, config.metrics, child('metrics')));
    }
    this.express.use(this.install.router);
    this.auth = new Auth({ db: authStateIn(state), options: config.auth, now: clock });
    storage.onChange(() => this.live.publish('health', this.health()));
    this.apiRoutes = mountApi({
      express: this.express,
      auth: this.auth,
      audit,
      live: this.live,
      bus,
      hosts: this.hosts,
      alerts,
      commands,
      incidents: this.incidents,
      install: this.install,
      health: () => this.health(),
      collectorPort: () => (this.server.address() as AddressInfo | null)?.port ?? config.listen.port,
      net: this.net,
      options: config.api,
      secure: this.tls,
      logger: child('api'),
      clock,
      webRoot: options.webRoot,
    });
  }

  /** Listens and starts retention; resolves with the base URL (http(s)://host:port). */
  async listen(): Promise<string> {
    const { host, port } = this.config.listen;
    await new Promise<void>((resolveListen, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolveListen());
    });
    this.storage.start();
    this.housekeeping.start();
    return this.baseUrl();
  }

  baseUrl(): string {
    return baseUrlOf(this.server, this.tls);
  }

  /** The agent WebSocket URL (ws:// or wss://). */
  agentUrl(): string {
    return `${this.baseUrl().replace(/^http/, 'ws')}${this.config.gateway.path}`;
  }

  /** Prunes events (by age and size), the coverage minutes (same age) and the audit log; returns how many events went. */
  runRetention(): number {
    return this.housekeeping.runRetention();
  }

  /** Storage, delivery and gateway figures (counts only, no names or addresses). */
  health(): CollectorHealth {
    return collectorHealth(this.storage, this.gateway, this.ingest);
  }

  /** Graceful stop: no rebuild goes on, no new connections, drain queued ingest (nothing while it is held), close agents, stop the features' timers, close storage. */
  async stop(): Promise<void> {
    this.alerts.stop();
    this.housekeeping.stop();
    this.storage.stop();
    this.ingest.drain();
    this.gateway.close();
    await new Promise<void>((r) => this.server.close(() => r()));
    this.server.closeAllConnections?.();
    this.incidents.stop();
    this.commands.stop();
    this.ingest.drain();
    // what the final flush raised has been announced; the sockets' late close events must not reach storage
    this.bus.close();
    this.db.close();
  }
}

/** Builds the collector and creates the first admin when there is none; the caller then calls listen(). */
export async function createCollectorApp(options: CollectorAppOptions): Promise<CollectorApp> {
  let app: CollectorApp;
  try {
    app = new CollectorApp(options);
  } catch (err) {
    // a damaged page met by a start-up read past the open (the start check off, or a page it could not judge)
    if (isDamageError(err) && !(err as { code?: string }).code?.startsWith('VIGIL_ERR_')) {
      const path = dataPaths(options.config.dataDir).eventsDb;
      throw storeDamagedError(path, `SQLite: ${(err as Error).message}`, err);
    }
    throw err;
  }
  const bootstrap = await ensureAdmin(app.auth.users, options.env ?? {});
  if (bootstrap.created) app.logger.info({ user: bootstrap.user, source: bootstrap.source, component: 'api' }, 'created the first admin');
  options.onAdminBootstrap?.(bootstrap);
  return app;
}
