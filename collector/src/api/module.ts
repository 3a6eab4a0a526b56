// The operators' side of the collector: /api/v1 (every resource, OpenAPI, live stream) and the web page,
// mounted on the collector's express app. It maps HTTP to the features' services and holds no domain logic.
import express from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from '@vigil/logger';
import type { EventBus } from '../core/bus.js';
import type { Auth } from '../auth/index.js';
import type { NetGuard } from '../core/net-guard.js';
import type { AlertTopics } from '../alerts/topics.js';
import type { CommandTopics } from '../commands/topics.js';
import type { IncidentTopics } from '../incidents/topics.js';
import type { HostTopics } from '../hosts/topics.js';
import type { Alerts } from '../alerts/module.js';
import type { Commands } from '../commands/module.js';
import type { IncidentsModule } from '../incidents/module.js';
import type { Hosts } from '../hosts/module.js';
import type { InstallModule } from '../install/module.js';
import { VERSION } from '../version.js';
import { createApi, API_BASE } from './router.js';
import { jsonErrorHandler } from './errors.js';
import type { ApiCoreDeps } from './deps.js';
import type { AnyRoute } from './route.js';
import type { LiveHub } from './live.js';
import { bridgeToLive } from './live-bridge.js';
import { agentRoutes } from './routes/agents.js';
import { healthRoutes, type CollectorHealth } from './routes/health.js';
import { eventRoutes } from './routes/events.js';
import { commandRoutes } from './routes/commands.js';
import { alertRoutes } from './routes/alerts.js';
import { incidentRoutes } from './routes/incidents.js';
import { installApiRoutes } from './routes/install.js';
import type { ApiOptions } from './options.js';

export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export interface ApiDeps {
  express: express.Express;
  auth: Auth;
  audit: ApiCoreDeps['audit'];
  live: LiveHub;
  bus: EventBus<AlertTopics & CommandTopics & IncidentTopics & HostTopics>;
  hosts: Hosts;
  alerts: Alerts;
  commands: Commands;
  incidents: IncidentsModule;
  install: InstallModule;
  health: () => CollectorHealth;
  /** The port agents reach the collector on (shown in isolation previews). */
  collectorPort: () => number;
  /** An address that presented valid operator credentials gets the reserved sockets. */
  net: Pick<NetGuard, 'noteOperator'>;
  options: ApiOptions;
  /** The collector serves TLS: cookies are Secure. */
  secure: boolean;
  logger: Logger;
  clock: () => number;
  /** Folder of the built page; default dist/web beside this module. */
  webRoot?: string;
}

/** Mounts the API and the page; returns the route table it serves (the access matrix test reads it). */
export function mountApi(d: ApiDeps): readonly AnyRoute[] {
  const { hosts, alerts, commands, logger } = d;
  const fleet = hosts.fleet;
  bridgeToLive(d.bus, d.live, fleet);
  const core: ApiCoreDeps = { auth: d.auth, audit: d.audit, live: d.live, options: d.options, logger, secure: d.secure, version: VERSION, now: d.clock };
  const routes: AnyRoute[] = [
    ...agentRoutes(core, fleet, { setDryRun: (agentId, dryRun) => hosts.setDryRun(agentId, dryRun) }),
    ...eventRoutes(core, fleet),
    ...healthRoutes(d.health),
    ...alertRoutes(core, fleet, alerts),
    ...incidentRoutes(
      core,
      fleet,
      d.incidents.incidents,
      (agentId, fromMs, toMs) => d.incidents.hostTimeline(agentId, fromMs, toMs),
      (rows) => commands.service.views(rows),
    ),
    ...commandRoutes(core, fleet, { commands: commands.service, policies: commands.policyStore, collectorPort: d.collectorPort }),
    ...installApiRoutes(d.install),
  ];
  const api = createApi(core, routes);
  d.express.use(API_BASE, (req, res, next) => {
    res.once('finish', () => {
      if (res.statusCode >= 400) return;
      const loggedIn = /^vigil_session=[^;]/.test(String(res.getHeader('set-cookie') ?? ''));
      const known =
        loggedIn ||
        ((req.headers.cookie || req.headers.authorization) &&
          d.auth.identify({ authorization: req.headers.authorization, cookie: req.headers.cookie }, { touch: false }));
      if (known) d.net.noteOperator(req.socket.remoteAddress ?? '?');
    });
    next();
  });
  d.express.use(API_BASE, api.router);

  const webRoot = d.webRoot ?? fileURLToPath(new URL('../web/', import.meta.url));
  if (!existsSync(webRoot)) logger.warn({ webRoot }, 'web page not built; run npm run build');
  d.express.use((_req, res, next) => {
    for (const [k, v] of Object.entries(PAGE_SECURITY_HEADERS)) res.setHeader(k, v);
    next();
  });
  d.express.use(express.static(webRoot, { index: 'index.html', maxAge: 0, fallthrough: true }));
  d.express.use(jsonErrorHandler(logger));
  return api.routes;
}
