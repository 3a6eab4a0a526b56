// For tests of the API and its resources: a real express server on an ephemeral loopback port with a real
// audit database, one user per role, and helpers to call it as each of them.
import express from 'express';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '@vigil/logger';
import { Auth, defaultAuthOptions, openAuthState, ROLES, type Role } from '../auth/index.js';
import { auditMigrations, SqliteAuditLog } from '../audit/store.js';
import { auditOptionsSchema } from '../audit/options.js';
import { openDatabase, type Migration } from '../store/db.js';
import { createApi, API_BASE, type Api } from './router.js';
import { LiveHub } from './live.js';
import { defaultApiOptions, type ApiOptions } from './options.js';
import type { ApiCoreDeps } from './deps.js';
import type { AnyRoute } from './route.js';

export const TEST_PASSWORD = 'test-password-123';

export interface Caller {
  role: Role | 'anonymous';
  headers: Record<string, string>;
}

export interface TestApi {
  url: string;
  api: Api;
  deps: ApiCoreDeps;
  db: ReturnType<typeof openDatabase>;
  /** One session-cookie caller (with CSRF header) per role, plus anonymous. */
  callers: Record<Role | 'anonymous', Caller>;
  /** A new session for a role (for calls that end the session, like logging out). */
  login(role: Role): Promise<Caller>;
  call: CallApi;
  close(): Promise<void>;
}

export type CallApi = (caller: Caller, method: string, path: string, body?: unknown) => Promise<{ status: number; body: any; headers: Headers }>;

/** Calls the API under `apiUrl` (e.g. http://127.0.0.1:PORT/api/v1) as a caller; JSON bodies parsed, other text kept. */
export function apiCaller(apiUrl: string): CallApi {
  return async (caller, method, path, body) => {
    const headers: Record<string, string> = { ...caller.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(apiUrl + path, { method: method.toUpperCase(), headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (e.g. an event stream): keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
}

/** Logs in through POST /session; the caller carries the session cookie and the CSRF header. */
export async function loginCaller(call: CallApi, user: string, password: string, role: Role): Promise<Caller> {
  const res = await call({ role: 'anonymous', headers: {} }, 'post', '/session', { user, password });
  if (res.status !== 200) throw new Error(`login as ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { role, headers: { cookie, 'x-csrf-token': res.body.csrfToken } };
}

export async function startTestApi(
  options: {
    extraRoutes?: (deps: ApiCoreDeps, db: ReturnType<typeof openDatabase>) => AnyRoute[];
    migrations?: Migration[];
    api?: Partial<ApiOptions>;
    authOverrides?: Parameters<typeof defaultAuthOptions>[0];
  } = {},
): Promise<TestApi> {
  const db = openDatabase({ path: ':memory:', migrations: [...auditMigrations, ...(options.migrations ?? [])] });
  const auth = new Auth({ db: openAuthState(':memory:'), options: defaultAuthOptions(options.authOverrides), scrypt: { N: 1024, r: 8, p: 1 } });
  const deps: ApiCoreDeps = {
    auth,
    audit: new SqliteAuditLog(db, Date.now, auditOptionsSchema.parse({})),
    live: new LiveHub(),
    options: defaultApiOptions(options.api),
    logger: silentLogger(),
    secure: false,
    version: 'test',
  };
  const api = createApi(deps, options.extraRoutes?.(deps, db) ?? []);
  const app = express();
  app.use(API_BASE, api.router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call = apiCaller(url + API_BASE);
  const callers = { anonymous: { role: 'anonymous', headers: {} } } as Record<Role | 'anonymous', Caller>;
  const login = (role: Role): Promise<Caller> => loginCaller(call, role, TEST_PASSWORD, role);
  for (const role of ROLES) {
    await auth.users.create({ name: role, role, password: TEST_PASSWORD });
    callers[role] = await login(role);
  }
  return {
    url,
    api,
    deps,
    db,
    callers,
    login,
    call,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
