// The collector module that serves operators: /api/v1 (every resource, OpenAPI, live stream) and the web
// page, with operator auth, the first-start admin, and the host tracker fed from ingest.
import express from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CollectorApp, CollectorModule } from '../app.js';
import { Auth, authStateIn, ensureAdmin, type BootstrapResult } from '../auth/index.js';
import { VERSION } from '../version.js';
import { createApi, API_BASE } from './router.js';
import type { ApiCoreDeps } from './deps.js';
import type { AnyRoute } from './route.js';
import { HostTracker } from '../hosts/tracker.js';
import type { Fleet } from '../hosts/fleet.js';
import { agentRoutes, summarizeAgent } from './routes/agents.js';
import { healthRoutes } from './routes/health.js';
import { eventRoutes } from './routes/events.js';
import { commandRoutes, isolationFromCommands } from './routes/commands.js';
import type { CommandsModule } from '../commands/module.js';
import { alertRoutes } from './routes/alerts.js';
import { incidentRoutes } from './routes/incidents.js';
import type { IncidentsModule } from '../incidents/module.js';
import type { AlertService } from '../alerts/service.js';
import type { AddressInfo } from 'node:net';
import type { CoverageService } from '../coverage/types.js';

/** Routes another module contributes, built once the API's core services exist. */
export type RouteProvider = (core: ApiCoreDeps, fleet: Fleet) => AnyRoute[];

export interface ApiModuleOptions {
  /** Environment for the first-start admin password (VIGIL_ADMIN_PASSWORD). */
  env: Record<string, string | undefined>;
  /** Receives the first-start result so the CLI can print how to log in (once). */
  onAdminBootstrap?: (result: BootstrapResult) => void;
  /** The other modules of this collector; the API serves the resources of those it knows (commands, ...). */
  peers?: readonly CollectorModule[];
  /** Extra resource routes (tests, future modules). */
  routes?: RouteProvider[];
  /** The coverage ledger, for each host's exec coverage (passed in at the composition root). */
  coverage?: () => CoverageService | undefined;
  /** Hooks into other modules' state for the host views. */
  openAlerts?: Fleet['openAlerts'];
  commandIsolation?: Fleet['commandIsolation'];
  /** Folder of the built page; default dist/web beside this module. */
  webRoot?: string;
}

/** Events replayed per host at start to rebuild its process and connection tables. */
const REPLAY_LIMIT = 20_000;

export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function apiModule(options: ApiModuleOptions): CollectorModule & { readonly fleet?: Fleet } {
  let fleetRef: Fleet | undefined;
  return {
    name: 'api',
    get fleet() {
      return fleetRef;
    },
    async setup(app: CollectorApp) {
      const logger = app.logger.child({ component: 'api' });
      const auth = new Auth({ db: authStateIn(app.state), options: app.config.auth, now: app.clock });
      const bootstrap = await ensureAdmin(auth.users, options.env);
      if (bootstrap.created) logger.info({ user: bootstrap.user, source: bootstrap.source }, 'created the first admin');
      options.onAdminBootstrap?.(bootstrap);

      const peer = <T extends CollectorModule>(name: string) => options.peers?.find((m) => m.name === name) as T | undefined;
      const commandsMod = peer<CommandsModule>('commands');
      const detectMod = peer<CollectorModule & { readonly service?: AlertService; reload?: () => { applied: boolean; summary: unknown; problems: unknown[] } }>(
        'detect',
      );
      const incidentsMod = peer<IncidentsModule>('incidents');
      const tracker = new HostTracker();
      const fleet: Fleet = {
        listAgents: () => app.state.listAgents(),
        getAgent: (id) => app.state.getAgent(id),
        status: (id) => app.agentStatus(id),
        gaps: (id) => app.events.gaps(id),
        tracker,
        events: app.events,
        openAlerts:
          options.openAlerts ??
          (detectMod ? (agentId) => detectMod.service?.openAlerts(agentId) ?? { critical: 0, high: 0, medium: 0, low: 0, informational: 0 } : undefined),
        coverage: options.coverage ? (agentId) => options.coverage?.()?.forHost(agentId) : undefined,
        commandIsolation:
          options.commandIsolation ??
          (commandsMod ? (agentId) => (commandsMod.service ? isolationFromCommands(commandsMod.service.list({ agentId, limit: 50 })) : undefined) : undefined),
      };
      fleetRef = fleet;
      for (const a of app.state.listAgents()) {
        tracker.apply(a.id, app.events.recent(a.id, ['process_start', 'process_exit'], REPLAY_LIMIT));
        tracker.apply(a.id, app.events.recent(a.id, ['network_connection', 'network_listener'], REPLAY_LIMIT));
        tracker.apply(a.id, app.events.recent(a.id, ['inventory', 'health', 'tamper'], 10));
      }
      const publishAgent = (agentId: string) => {
        const a = app.state.getAgent(agentId);
        if (a) app.live.publish('agent', summarizeAgent(fleet, a));
      };
      app.afterIngest.push((agentId, inserted) => {
        try {
          tracker.apply(agentId, inserted);
        } catch (err) {
          logger.warn({ err, agentId }, 'host tracker could not apply events');
        }
        if (inserted.some((e) => e.kind === 'health' || e.kind === 'inventory' || e.kind === 'gap' || e.kind === 'tamper' || e.kind === 'coverage'))
          publishAgent(agentId);
      });
      app.onAgentConnected(publishAgent);
      app.onAgentDeliveryChanged(publishAgent);
      // a finished isolate/release changes the host's isolation badge
      app.live.subscribe((m) => {
        const c = m.data as { agentId?: string; action?: string; status?: string } | null;
        if (m.topic === 'command' && c?.agentId && (c.action === 'isolate' || c.action === 'release')) publishAgent(c.agentId);
        // a new or changed alert changes the host's open-alert counts
        const a = (m.data as { alert?: { agentId?: string } } | null)?.alert;
        if (m.topic === 'alert' && a?.agentId) publishAgent(a.agentId);
      });
      app.onAgentDisconnected(publishAgent);
      app.storage.onChange(() => app.live.publish('health', app.health()));

      const core: ApiCoreDeps = {
        auth,
        audit: app.audit,
        live: app.live,
        options: app.config.api,
        logger,
        secure: app.tls,
        version: VERSION,
        now: app.clock,
      };
      const extra: AnyRoute[] = [
        ...agentRoutes(core, fleet, {
          setDryRun: (agentId, dryRun) => {
            app.state.updateAgent(agentId, { dryRun });
            app.pushAgentConfig(agentId);
            publishAgent(agentId);
          },
        }),
        ...eventRoutes(core, fleet),
        ...healthRoutes(() => app.health()),
        ...alertRoutes(
          core,
          fleet,
          () => detectMod?.service,
          () => (detectMod?.reload && detectMod.service ? () => detectMod.reload!() : undefined),
        ),
        ...incidentRoutes(core, fleet, () => incidentsMod),
        ...commandRoutes(core, fleet, {
          commands: () => commandsMod?.service,
          policies: () => commandsMod?.policyStore,
          collectorPort: () => (app.server.address() as AddressInfo | null)?.port ?? app.config.listen.port,
        }),
        ...(options.routes ?? []).flatMap((provide) => provide(core, fleet)),
      ];
      const api = createApi(core, extra);
      // An address that presents valid operator credentials gets the reserved sockets (app.net).
      app.express.use(API_BASE, (req, res, next) => {
        res.once('finish', () => {
          if (res.statusCode >= 400) return;
          const loggedIn = /^vigil_session=[^;]/.test(String(res.getHeader('set-cookie') ?? ''));
          const known =
            loggedIn ||
            ((req.headers.cookie || req.headers.authorization) &&
              auth.identify({ authorization: req.headers.authorization, cookie: req.headers.cookie }, { touch: false }));
          if (known) app.net.noteOperator(req.socket.remoteAddress ?? '?');
        });
        next();
      });
      app.express.use(API_BASE, api.router);

      const webRoot = options.webRoot ?? fileURLToPath(new URL('../web/', import.meta.url));
      if (!existsSync(webRoot)) logger.warn({ webRoot }, 'web page not built; run npm run build');
      app.express.use((_req, res, next) => {
        for (const [k, v] of Object.entries(PAGE_SECURITY_HEADERS)) res.setHeader(k, v);
        next();
      });
      app.express.use(express.static(webRoot, { index: 'index.html', maxAge: 0, fallthrough: true }));
    },
  };
}
