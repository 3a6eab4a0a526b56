// Assembles /api/v1: the route table from every resource, the OpenAPI document generated from it, the live
// stream, and JSON 404s. The collector's app mounts the returned router.
import express, { type Router } from 'express';
import { z } from 'zod';
import { mountRoutes, route, sendJson, type AnyRoute } from './route.js';
import { buildOpenApi } from './openapi.js';
import { jsonErrorHandler } from './errors.js';
import type { ApiCoreDeps } from './deps.js';
import { sessionRoutes } from './routes/session.js';
import { userRoutes } from './routes/users.js';
import { auditRoutes } from './routes/audit.js';

export const API_BASE = '/api/v1';

/** Resource route builders beyond the core ones (agents, events, alerts, commands, rules, incidents). */
export type RouteSet = (deps: ApiCoreDeps) => AnyRoute[];

export interface Api {
  router: Router;
  routes: readonly AnyRoute[];
  openapi: Record<string, unknown>;
}

export function createApi(deps: ApiCoreDeps, extra: readonly AnyRoute[] = []): Api {
  const routes: AnyRoute[] = [...sessionRoutes(deps), ...userRoutes(deps), ...auditRoutes(deps), ...extra];
  let openapi: Record<string, unknown> = {};
  routes.push(
    route({
      method: 'get',
      path: '/openapi.json',
      access: 'public',
      tag: 'meta',
      summary: 'This API described as OpenAPI 3.1, generated from the validation schemas',
      response: z.record(z.string(), z.unknown()),
      handler: () => openapi,
    }),
    route({
      method: 'get',
      path: '/stream',
      access: 'viewer',
      tag: 'live',
      summary: 'Server-sent events: "alert" (new or changed alert), "agent" (host status), "command" (command progress)',
      stream: true,
      produces: 'text/event-stream',
      handler({ req, res, principal }) {
        if (deps.live.streamCount >= deps.options.maxStreamClients) {
          sendJson(res, 503, { error: { code: 'VIGIL_ERR_API_UNAVAILABLE', message: 'too many live clients' } });
          return;
        }
        if (deps.live.streamsOf(principal.user) >= deps.options.maxStreamClientsPerUser) {
          sendJson(res, 429, {
            error: { code: 'VIGIL_ERR_API_UNAVAILABLE', message: `at most ${deps.options.maxStreamClientsPerUser} live streams per user` },
          });
          return;
        }
        // The same check as every request, again on each message: logout, disable, delete or a role change ends it.
        const headers = { authorization: req.headers.authorization, cookie: req.headers.cookie };
        const stillAllowed = () => {
          const now = deps.auth.identify(headers, { touch: false });
          return now !== undefined && now.user === principal.user && now.role === principal.role && !now.mustChangePassword;
        };
        deps.live.stream(res, deps.options.streamKeepAliveMs, { user: principal.user, stillAllowed });
      },
    }),
  );
  deps.auth.onChange(() => deps.live.recheck());
  const seen = new Set<string>();
  for (const r of routes) {
    const key = `${r.method} ${r.path}`;
    if (seen.has(key)) throw new Error(`route ${key} is declared twice`);
    seen.add(key);
  }
  openapi = buildOpenApi(routes, { version: deps.version, basePath: API_BASE });
  const router = express.Router({ caseSensitive: true, strict: false });
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  mountRoutes(router, routes, {
    auth: deps.auth,
    audit: deps.audit,
    logger: deps.logger,
    maxBodyBytes: deps.options.maxBodyBytes,
    maxUrlBytes: deps.options.maxUrlBytes,
    secure: deps.secure,
  });
  router.use((req, res) => {
    sendJson(res, 404, { error: { code: 'VIGIL_ERR_API_NOT_FOUND', message: `no route ${req.method} ${API_BASE}${req.path}` } });
  });
  router.use(jsonErrorHandler(deps.logger));
  return { router, routes, openapi };
}
