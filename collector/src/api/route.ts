// The API's route table: each route declares method, path, required role, zod schemas for params, query and
// body, and an audit action. The same declarations mount the express handlers and generate the OpenAPI document,
// so what is described is what runs.
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Logger } from '@vigil/logger';
import { CollectorError } from '../errors.js';
import type { AuditResult, AuditWriter } from '../audit/writer.js';
import { CSRF_HEADER, roleAtLeast, type Auth, type Principal, type Role } from '../auth/index.js';
import { bodyReadError, toApiError } from './errors.js';

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
/** "public": no login (login itself, the OpenAPI document); otherwise the least role that may call it. */
export type Access = 'public' | Role;

export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Always set unless the route is public. */
  principal: Principal;
  address: string;
  req: Request;
  res: Response;
  /** Overrides the audit target (default: from the route's `target`). */
  setTarget: (target: string) => void;
  /** Adds fields to the audit entry's detail. */
  addDetail: (detail: Record<string, unknown>) => void;
}

type Obj = z.ZodObject<z.ZodRawShape>;

export interface RouteSpec<P extends Obj, Q extends Obj, B extends z.ZodType> {
  method: Method;
  /** Express path below /api/v1, e.g. "/agents/:agentId". */
  path: string;
  access: Access;
  tag: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Response body schema, for the OpenAPI document. */
  response?: z.ZodType;
  /** HTTP status on success (default 200; 204 when the handler returns undefined). */
  status?: number;
  /** Audit action; every non-GET route must have one. */
  audit?: string;
  /** Audit target from the validated params and body (the body is read for the audit even when access is refused). */
  target?: (params: z.output<P>, body: z.output<B>) => string;
  /** Still allowed while the caller must change a one-time password. */
  duringPasswordChange?: boolean;
  /** The handler writes the response itself (server-sent events, reports, exports). */
  stream?: boolean;
  /** Content type of a response the handler writes itself, for the OpenAPI document. */
  produces?: string;
  handler(ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): unknown;
}

// Routes of different schemas in one table; `route()` below checks each one's types at its definition.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any>;
/** A route of the table seen through its schemas' common types, for code that reads any route's schemas. */
export type SchemaRoute = RouteSpec<Obj, Obj, z.ZodType>;

export function route<
  P extends Obj = z.ZodObject<Record<never, never>>,
  Q extends Obj = z.ZodObject<Record<never, never>>,
  B extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<P, Q, B>): AnyRoute {
  if (spec.method !== 'get' && !spec.audit) throw new Error(`route ${spec.method} ${spec.path} changes state but names no audit action`);
  return spec as AnyRoute;
}

export interface MountDeps {
  auth: Auth;
  audit: AuditWriter;
  logger: Logger;
  maxBodyBytes: number;
  maxUrlBytes: number;
  /** TLS in front: cookies get Secure. */
  secure: boolean;
}

function bigintSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status).type('application/json').send(JSON.stringify(body, bigintSafe));
}

function resultOf(status: number): AuditResult {
  if (status < 400) return 'ok';
  if (status === 401 || status === 403 || status === 429) return 'denied';
  if (status < 500) return 'invalid';
  return 'failed';
}

export function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? '-';
}

export function mountRoutes(router: Router, routes: readonly AnyRoute[], deps: MountDeps): void {
  const parseJson = express.json({ limit: deps.maxBodyBytes, strict: true });
  const readBody = (req: Request, res: Response) =>
    new Promise<void>((resolve, reject) => parseJson(req, res, (err?: unknown) => (err ? reject(bodyReadError(err)) : resolve())));

  for (const spec of routes as readonly SchemaRoute[]) {
    router[spec.method](spec.path, async (req: Request, res: Response) => {
      const address = clientAddress(req);
      let principal: Principal | undefined;
      let target = '';
      let detail: Record<string, unknown> = {};
      let status = 500;
      try {
        if (req.originalUrl.length > deps.maxUrlBytes) throw new CollectorError('VIGIL_ERR_API_TOO_LARGE', 'request URL is too long', { http: 414 });
        principal = deps.auth.identify({ authorization: req.headers.authorization, cookie: req.headers.cookie });
        const params = spec.params ? spec.params.parse(req.params) : {};
        let body: unknown;
        let bodyRead: Promise<void> | undefined;
        const readValidBody = async () => {
          if (!req.is('application/json')) throw new CollectorError('VIGIL_ERR_API_VALIDATION', 'send the body as application/json');
          bodyRead ??= readBody(req, res);
          await bodyRead;
          return spec.body!.parse(req.body);
        };
        try {
          if (spec.target) target = spec.target(params, spec.body ? await readValidBody() : undefined);
        } catch {
          // an invalid body is reported below, after the access checks
        }
        if (spec.access !== 'public') {
          if (!principal) throw new CollectorError('VIGIL_ERR_AUTH_REQUIRED');
          if (principal.via === 'session' && spec.method !== 'get') {
            const presented = req.headers[CSRF_HEADER];
            if (typeof presented !== 'string' || !principal.session || !deps.auth.sessions.checkCsrf(principal.session, presented)) {
              throw new CollectorError('VIGIL_ERR_AUTH_CSRF');
            }
          }
          if (principal.mustChangePassword && !spec.duringPasswordChange) throw new CollectorError('VIGIL_ERR_AUTH_PASSWORD_CHANGE_REQUIRED');
          if (!roleAtLeast(principal.role, spec.access)) throw new CollectorError('VIGIL_ERR_AUTH_FORBIDDEN', `needs role ${spec.access}`);
        }
        const query = spec.query ? spec.query.parse(req.query) : {};
        if (spec.body) body = await readValidBody();
        const ctx: RouteContext<Record<string, unknown>, Record<string, unknown>, unknown> = {
          params,
          query,
          body,
          principal: principal as Principal,
          address,
          req,
          res,
          setTarget: (t) => void (target = t),
          addDetail: (d) => void (detail = { ...detail, ...d }),
        };
        const result = await spec.handler(ctx);
        if (spec.stream) {
          status = 200;
          return;
        }
        status = result === undefined ? 204 : (spec.status ?? 200);
        if (result === undefined) res.status(204).end();
        else sendJson(res, status, result);
      } catch (err) {
        const { status: s, body } = toApiError(err);
        status = s;
        detail = { ...detail, code: body.error.code };
        if (s >= 500) deps.logger.error({ err, route: `${spec.method} ${spec.path}` }, 'API route failed');
        if (res.headersSent) res.end();
        else {
          if (s === 429 && body.error.retryAfterMs) res.setHeader('Retry-After', String(Math.ceil(body.error.retryAfterMs / 1000)));
          sendJson(res, s, body);
        }
      } finally {
        if (spec.audit) {
          try {
            deps.audit.write({
              user: principal?.auditName ?? (typeof detail.user === 'string' ? detail.user : '-'),
              source: address,
              action: spec.audit,
              target,
              result: resultOf(status),
              detail: { status, ...detail },
              ...(principal ? {} : { unauthenticated: true }),
            });
          } catch (err) {
            deps.logger.error({ err, action: spec.audit }, 'audit write failed');
          }
        }
      }
    });
  }
}
