// The access-control matrix (issue 14): every route express serves under /api/v1 × every role × every kind of
// credential (none, live session, API token, expired session, logged-out session, revoked token, token of a
// demoted owner, CSRF-less JSON post, cross-site form post). The expected outcome of each route comes from the
// role definitions in README.md ("Operators and the API"), written below as a table, not from what the code
// declares: a served route without a row, a row without a route, or a route declaring a weaker role than its
// row fails. Each route's real handler is wrapped to record whether it ran, so a refused cell proves nothing
// happened and an allowed cell proves the request got past authorisation (the handler ran, or only the body's
// validation, which comes after authorisation, stopped it). A few actions are also checked for their effect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, roleAtLeast, type Role } from '../auth/index.js';
import { lowerRole } from '../auth/roles.js';
import { startAppTestApi, APP_PASSWORD, type AppTestApi } from './testkit-app.js';
import { loginCaller, type Caller } from './testkit.js';
import type { Access, AnyRoute } from './route.js';
import { routeKey, servedRoutes } from './testkit-routes.js';

/**
 * Least role per route, from the role definitions: viewer reads everything operational; responder adds alert
 * triage (alerts, suppressions), response commands and incidents (evidence files included) and reads the
 * audit log of what operators did; admin adds users, tokens, rules, policies, host settings, installs and
 * upgrades, and the audit chain check. "public": login and the API's description only.
 */
const EXPECTED: Record<string, Access> = {
  'post /session': 'public',
  'get /openapi.json': 'public',
  'get /session': 'viewer',
  'delete /session': 'viewer',
  'post /session/password': 'viewer',
  'get /stream': 'viewer',
  'get /health': 'viewer',
  'get /fleet': 'viewer',
  'get /agents': 'viewer',
  'get /agents/:agentId': 'viewer',
  'get /agents/:agentId/processes': 'viewer',
  'get /agents/:agentId/connections': 'viewer',
  'get /agents/:agentId/rate': 'viewer',
  'get /agents/:agentId/events/:seq': 'viewer',
  'get /agents/:agentId/isolation-preview': 'viewer',
  'get /agents/:agentId/timeline': 'viewer',
  'get /events': 'viewer',
  'get /alerts': 'viewer',
  'get /alerts/rate': 'viewer',
  'get /alerts/:alertId': 'viewer',
  'get /suppressions': 'viewer',
  'get /suppressions/:suppressionId/hits': 'viewer',
  'get /rules': 'viewer',
  'get /commands': 'viewer',
  'get /commands/:commandId': 'viewer',
  'get /policies': 'viewer',
  'get /incidents': 'viewer',
  'get /incidents/metrics': 'viewer',
  'get /incidents/:incidentId': 'viewer',
  'get /incidents/:incidentId/report': 'viewer',
  // alert triage
  'patch /alerts/:alertId': 'responder',
  'post /suppressions': 'responder',
  'delete /suppressions/:suppressionId': 'responder',
  // response commands
  'post /commands': 'responder',
  'post /commands/:commandId/approve': 'responder',
  'post /commands/:commandId/reject': 'responder',
  // incidents
  'post /incidents': 'responder',
  'patch /incidents/:incidentId': 'responder',
  'post /incidents/:incidentId/alerts': 'responder',
  'post /incidents/:incidentId/hosts': 'responder',
  'post /incidents/:incidentId/phase': 'responder',
  'post /incidents/:incidentId/notes': 'responder',
  'post /incidents/:incidentId/evidence': 'responder',
  'delete /incidents/:incidentId/evidence/:agentId/:seq': 'responder',
  'post /incidents/:incidentId/commands': 'responder',
  'post /incidents/:incidentId/checklist': 'responder',
  'post /incidents/:incidentId/checklist/:itemId/run': 'responder',
  'patch /incidents/:incidentId/checklist/:itemId': 'responder',
  'put /incidents/:incidentId/review': 'responder',
  'get /evidence-files/:fileId': 'responder',
  'get /audit': 'responder',
  // administration
  'get /audit/verify': 'admin',
  'patch /agents/:agentId': 'admin',
  'post /rules/reload': 'admin',
  'post /policies': 'admin',
  'delete /policies/:policyId': 'admin',
  'post /install/command': 'admin',
  'get /install/bundles': 'admin',
  'post /agents/:agentId/upgrade': 'admin',
  'get /users': 'admin',
  'post /users': 'admin',
  'patch /users/:name': 'admin',
  'delete /users/:name': 'admin',
  'post /users/:name/password': 'admin',
  'get /tokens': 'admin',
  'post /tokens': 'admin',
  'delete /tokens/:tokenId': 'admin',
};

/** Values that satisfy each path parameter's grammar but name nothing that exists. */
const SAMPLE: Record<string, string> = { name: 'nobody', seq: '1' };
const fill = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, (_m, p: string) => SAMPLE[p] ?? 'does-not-exist');

type Kind =
  'none' | 'session' | 'token' | 'expired session' | 'logged-out session' | 'revoked token' | 'demoted owner token' | 'no CSRF token' | 'cross-site form';

/** One credential of the matrix and the role it should act with (undefined: it must not authenticate). */
interface Cred {
  kind: Kind;
  label: string;
  /** The role the credential acts with now; undefined for a dead credential. */
  acts?: Role;
  headers: Record<string, string>;
  /** Sends the body as a browser form would, from another site. */
  form?: boolean;
}

interface Outcome {
  status: number;
  code?: string;
  ran: boolean;
}

let t: AppTestApi;
let offsetMs = 0;
const ran = new Set<string>();
const keyOf = routeKey;

beforeAll(async () => {
  t = await startAppTestApi({ clock: () => Date.now() + offsetMs });
  for (const r of t.app.apiRoutes) {
    const real = r.handler.bind(r);
    r.handler = (ctx: Parameters<AnyRoute['handler']>[0]) => {
      ran.add(keyOf(r));
      return real(ctx);
    };
  }
});
afterAll(async () => t.close());

async function send(route: AnyRoute, cred: Cred): Promise<Outcome> {
  const key = keyOf(route);
  ran.delete(key);
  const headers: Record<string, string> = { ...cred.headers };
  let body: string | undefined;
  if (route.method !== 'get') {
    if (cred.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers.origin = 'https://attacker.example';
      headers['sec-fetch-site'] = 'cross-site';
      body = 'role=admin&name=mallory';
    } else if (route.body) {
      headers['content-type'] = 'application/json';
      body = '{}';
    }
  }
  const ac = new AbortController();
  const res = await fetch(`${t.url}/api/v1${fill(route.path)}`, { method: route.method.toUpperCase(), headers, body, signal: ac.signal });
  let code: string | undefined;
  if (route.stream && res.status === 200) ac.abort();
  else {
    const text = await res.text();
    try {
      code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
    } catch {
      // not JSON
    }
  }
  return { status: res.status, code, ran: ran.has(key) };
}

/** What a cell must give: derived from the row's access, the credential's acting role and the request kind. */
function expectedOf(access: Access, route: AnyRoute, cred: Cred): { allowed: true } | { allowed: false; status: number; code: string; ran: false } {
  if (access === 'public') {
    // A cross-site form cannot log anyone in: the body must be JSON, and nothing runs.
    if (cred.form) return { allowed: false, status: 400, code: 'VIGIL_ERR_API_VALIDATION', ran: false };
    return { allowed: true };
  }
  if (!cred.acts) return { allowed: false, status: 401, code: 'VIGIL_ERR_AUTH_REQUIRED', ran: false };
  if ((cred.kind === 'no CSRF token' || cred.kind === 'cross-site form') && route.method !== 'get') {
    return { allowed: false, status: 403, code: 'VIGIL_ERR_AUTH_CSRF', ran: false };
  }
  if (!roleAtLeast(cred.acts, access)) return { allowed: false, status: 403, code: 'VIGIL_ERR_AUTH_FORBIDDEN', ran: false };
  return { allowed: true };
}

function judge(access: Access, route: AnyRoute, cred: Cred, got: Outcome): string | undefined {
  const want = expectedOf(access, route, cred);
  const cell = `${keyOf(route)} × ${cred.label}`;
  if (want.allowed) {
    const authorised = got.ran || (got.status === 400 && got.code === 'VIGIL_ERR_API_VALIDATION');
    if (!authorised || got.status === 401 || (got.status === 403 && !got.ran))
      return `${cell}: ${got.status} ${got.code ?? ''} ran=${got.ran}, expected access`;
    return undefined;
  }
  if (got.status !== want.status || got.code !== want.code || got.ran) {
    return `${cell}: ${got.status} ${got.code ?? ''} ran=${got.ran}, expected ${want.status} ${want.code} without running`;
  }
  return undefined;
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

async function makeToken(as: Caller, name: string, role: Role): Promise<{ id: string; secret: string }> {
  const r = await t.call(as, 'post', '/tokens', { name, role });
  if (r.status !== 201) throw new Error(`token ${name}: ${r.status} ${JSON.stringify(r.body)}`);
  return { id: r.body.token.id, secret: r.body.secret };
}

async function makeUser(admin: Caller, name: string, role: Role): Promise<void> {
  const r = await t.call(admin, 'post', '/users', { name, role, password: APP_PASSWORD, mustChangePassword: false });
  if (r.status !== 201) throw new Error(`user ${name}: ${r.status} ${JSON.stringify(r.body)}`);
}

const loginAs = (name: string, role: Role) => loginCaller(t.call, name, APP_PASSWORD, role);

/** Runs every route with every credential; a route that ends its caller's session gets a fresh one per cell. */
async function runMatrix(creds: Cred[], fresh: (c: Cred) => Promise<Cred>): Promise<{ failures: string[]; cells: number }> {
  const failures: string[] = [];
  let cells = 0;
  const byKey = new Map(t.app.apiRoutes.map((r) => [keyOf(r), r]));
  for (const [key, access] of Object.entries(EXPECTED)) {
    const route = byKey.get(key);
    if (!route) continue; // reported by the route-table test
    for (const c of creds) {
      if ((c.kind === 'no CSRF token' || c.kind === 'cross-site form') && route.method === 'get') continue;
      const cred = key === 'delete /session' && c.kind === 'session' ? await fresh(c) : c;
      const failure = judge(access, route, cred, await send(route, cred));
      cells++;
      if (failure) failures.push(failure);
    }
  }
  return { failures, cells };
}

describe('access-control matrix', () => {
  it('has exactly one expected-outcome row per served route, and every route declares the role of its row', () => {
    const served = servedRoutes(t.app.express);
    expect(
      served.filter((k) => !(k in EXPECTED)),
      'served routes without a row in EXPECTED',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((k) => !served.includes(k)),
      'rows for routes nobody serves',
    ).toEqual([]);
    expect(t.app.apiRoutes.map(keyOf).sort()).toEqual(served);
    const declared = Object.fromEntries(t.app.apiRoutes.map((r) => [keyOf(r), r.access]));
    expect(declared).toEqual(EXPECTED);
    // GET is never a change (browsers send it cross-site with cookies and without the CSRF header); the only
    // audited GET is the evidence download, audited as a read for the chain of custody.
    expect(t.app.apiRoutes.filter((r) => r.method === 'get' && r.audit).map((r) => `${keyOf(r)} ${r.audit}`)).toEqual([
      'get /evidence-files/:fileId evidence.download',
    ]);
  });

  it('refuses dead credentials: expired sessions, logged-out sessions, revoked tokens and no credentials', async () => {
    const admin = t.callers.admin;
    const creds: Cred[] = [{ kind: 'none', label: 'no session', headers: {} }];
    for (const role of ROLES) {
      const name = `exp-${role}`;
      await makeUser(admin, name, role);
      creds.push({ kind: 'expired session', label: `${role} session past its lifetime`, headers: (await loginAs(name, role)).headers });
      creds.push({ kind: 'expired session', label: `${role} session idle too long`, headers: (await loginAs(name, role)).headers });
      const out = await loginAs(name, role);
      expect((await t.call(out, 'delete', '/session')).status).toBe(204);
      creds.push({ kind: 'logged-out session', label: `logged-out ${role} session`, headers: out.headers });
      const tok = await makeToken(admin, `revoked-${role}`, role);
      expect((await t.call(admin, 'delete', `/tokens/${tok.id}`)).status).toBe(200);
      creds.push({ kind: 'revoked token', label: `revoked ${role} token`, headers: bearer(tok.secret) });
    }
    // Time passes in steps shorter than the idle limit; the "lifetime" sessions are used at each step, so they
    // end by their absolute lifetime alone; the "idle" ones (and the test kit's callers) end by idleness.
    const { sessionTtlMs, sessionIdleMs } = t.app.config.auth;
    const step = sessionIdleMs - 60_000;
    const start = offsetMs;
    const used = creds.filter((c) => c.label.endsWith('past its lifetime'));
    while (offsetMs + step - start <= sessionTtlMs) {
      offsetMs += step;
      for (const c of used) expect((await t.call({ role: 'viewer', headers: c.headers }, 'get', '/session')).status).toBe(200);
    }
    offsetMs = start + sessionTtlMs + 1000;
    const { failures, cells } = await runMatrix(creds, async (c) => c);
    for (const role of ROLES) t.callers[role] = await t.login(role);
    expect(failures).toEqual([]);
    expect(cells).toBe(Object.keys(EXPECTED).length * creds.length);
  });

  it('gives each live credential exactly its role, a demoted owner token its owner’s new role, and refuses cookie posts without the CSRF token', async () => {
    const admin = t.callers.admin;
    const creds: Cred[] = [];
    for (const role of ROLES) {
      const caller = t.callers[role];
      creds.push({ kind: 'session', label: `${role} session`, acts: role, headers: caller.headers });
      creds.push({ kind: 'token', label: `${role} token`, acts: role, headers: bearer((await makeToken(admin, `live-${role}`, role)).secret) });
      creds.push({ kind: 'no CSRF token', label: `${role} session without CSRF token`, acts: role, headers: { cookie: caller.headers.cookie! } });
      creds.push({ kind: 'cross-site form', label: `${role} session, cross-site form post`, acts: role, headers: { cookie: caller.headers.cookie! } });
    }
    // Owners who were admins when they made their tokens, then demoted: the token acts with the lower role.
    const demotions: Array<{ owner: string; tokenRole: Role; now: Role }> = [
      { owner: 'demoted-to-viewer', tokenRole: 'admin', now: 'viewer' },
      { owner: 'demoted-to-viewer', tokenRole: 'responder', now: 'viewer' },
      { owner: 'demoted-to-responder', tokenRole: 'admin', now: 'responder' },
    ];
    const secrets: string[] = [];
    for (const owner of new Set(demotions.map((d) => d.owner))) await makeUser(admin, owner, 'admin');
    for (const d of demotions) {
      const ownerCaller = await loginAs(d.owner, 'admin');
      secrets.push((await makeToken(ownerCaller, `${d.owner}-${d.tokenRole}`, d.tokenRole)).secret);
    }
    for (const d of new Map(demotions.map((x) => [x.owner, x.now]))) {
      expect((await t.call(admin, 'patch', `/users/${d[0]}`, { role: d[1] })).status).toBe(200);
    }
    demotions.forEach((d, i) =>
      creds.push({
        kind: 'demoted owner token',
        label: `${d.tokenRole} token of an owner demoted to ${d.now}`,
        acts: lowerRole(d.tokenRole, d.now),
        headers: bearer(secrets[i]!),
      }),
    );
    const { failures, cells } = await runMatrix(creds, async (c) => ({ ...c, headers: (await t.login(c.acts!)).headers }));
    expect(failures).toEqual([]);
    const posts = Object.keys(EXPECTED).filter((k) => !k.startsWith('get ')).length;
    expect(cells).toBe(Object.keys(EXPECTED).length * (creds.length - 6) + posts * 6);
  });
});

describe('access-control matrix: refused means nothing happened, allowed means it did', () => {
  it('creates, changes and revokes only for the roles the table allows', async () => {
    const agentId = t.addAgent('matrix-host');
    const admin = t.callers.admin;
    const list = async (path: string) => (await t.call(admin, 'get', path)).body.items as Array<Record<string, unknown>>;
    const has = async (path: string, field: string, value: unknown) => (await list(path)).some((x) => x[field] === value);
    /** Each action: set up its target as admin, then the request, and how to see that it happened. */
    type Action = (n: number) => Promise<{ path: string; body?: unknown; happened: () => Promise<boolean> }>;
    const actions: Array<[string, Action]> = [
      [
        'post /users',
        async (n) => ({
          path: '/users',
          body: { name: `made-${n}`, role: 'viewer', password: APP_PASSWORD },
          happened: () => has('/users', 'name', `made-${n}`),
        }),
      ],
      ['post /tokens', async (n) => ({ path: '/tokens', body: { name: `made-${n}`, role: 'viewer' }, happened: () => has('/tokens', 'name', `made-${n}`) })],
      [
        'post /incidents',
        async (n) => ({
          path: '/incidents',
          body: { source: 'manual', title: `made-${n}`, reportSource: 'access matrix' },
          happened: () => has('/incidents', 'title', `made-${n}`),
        }),
      ],
      [
        'post /commands',
        async () => {
          const before = (await list(`/commands?agentId=${agentId}`)).length;
          return {
            path: '/commands',
            body: { agentId, action: 'isolate' },
            happened: async () => (await list(`/commands?agentId=${agentId}`)).length > before,
          };
        },
      ],
      [
        'patch /users/:name',
        async (n) => {
          await makeUser(admin, `target-${n}`, 'viewer');
          return {
            path: `/users/target-${n}`,
            body: { role: 'admin' },
            happened: async () => (await list('/users')).some((u) => u.name === `target-${n}` && u.role === 'admin'),
          };
        },
      ],
      [
        'delete /tokens/:tokenId',
        async (n) => {
          const { id } = await makeToken(admin, `target-${n}`, 'viewer');
          return { path: `/tokens/${id}`, happened: async () => (await list('/tokens')).some((x) => x.id === id && x.revokedAtMs !== null) };
        },
      ],
    ];
    const failures: string[] = [];
    let n = 0;
    for (const [key, action] of actions) {
      const access = EXPECTED[key]!;
      const method = key.split(' ')[0]!;
      for (const role of ROLES) {
        const token: Caller = { role, headers: bearer((await makeToken(admin, `act-${role}-${++n}`, role)).secret) };
        for (const [via, who] of [
          ['session', t.callers[role]],
          ['token', token],
        ] as const) {
          const { path, body, happened } = await action(++n);
          const res = await t.call(who, method, path, body);
          const allowed = access !== 'public' && roleAtLeast(role, access);
          const did = await happened();
          if (allowed !== did || (allowed ? res.status >= 300 : res.status !== 403)) {
            failures.push(`${key} as ${role} (${via}): ${res.status} ${JSON.stringify(res.body)}, happened=${did}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
