// Every role against every route: a role below the route's access is refused (401 anonymous, 403 otherwise),
// and a role at or above it gets past authorisation (any status but 401/403). Plus the named cases of the issue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, roleAtLeast } from '../auth/index.js';
import { startFullTestApi, type FullTestApi } from './testkit-full.js';
import { openApiPath } from './openapi.js';

let t: FullTestApi;
beforeAll(async () => {
  t = await startFullTestApi();
});
afterAll(async () => t.close());

/** Values that satisfy each path parameter's grammar but name nothing that exists. */
const SAMPLE: Record<string, string> = { name: 'nobody', seq: '1' };
const fill = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, (_m, p: string) => SAMPLE[p] ?? 'does-not-exist');

describe('role matrix', () => {
  it('covers every route for anonymous, viewer, responder and admin', async () => {
    const failures: string[] = [];
    for (const r of t.api.routes) {
      for (const who of ['anonymous', ...ROLES] as const) {
        const url = fill(r.path);
        let status: number;
        if (r.stream) {
          const ac = new AbortController();
          const res = await fetch(`${t.url}/api/v1${url}`, { headers: t.callers[who].headers, signal: ac.signal });
          status = res.status;
          ac.abort();
        } else {
          const ends = r.method === 'delete' && r.path === '/session';
          const caller = ends && who !== 'anonymous' ? await t.login(who) : t.callers[who];
          status = (await t.call(caller, r.method, url, r.body ? {} : undefined)).status;
        }
        const allowed = r.access === 'public' || (who !== 'anonymous' && roleAtLeast(who, r.access));
        const refusedAs = who === 'anonymous' ? 401 : 403;
        if (allowed && (status === 401 || status === 403)) failures.push(`${who} ${r.method} ${r.path}: ${status}, expected access`);
        if (!allowed && status !== refusedAs) failures.push(`${who} ${r.method} ${r.path}: ${status}, expected ${refusedAs}`);
      }
    }
    expect(failures).toEqual([]);
    expect(t.api.routes.length).toBeGreaterThanOrEqual(30);
  });

  it('does not let a viewer isolate a host, and audits the attempt', async () => {
    const agentId = t.addAgent('web-1');
    t.online.add(agentId);
    const res = await t.call(t.callers.viewer, 'post', '/commands', { agentId, action: 'isolate' });
    expect([res.status, res.body.error.code]).toEqual([403, 'VIGIL_ERR_AUTH_FORBIDDEN']);
    expect(t.sent).toHaveLength(0);
    const audit = await t.call(t.callers.admin, 'get', '/audit?user=viewer&action=command.request');
    expect(audit.body.items[0]).toMatchObject({ target: `agent:${agentId}`, result: 'denied' });
    const ok = await t.call(t.callers.responder, 'post', '/commands', { agentId, action: 'isolate' });
    expect([ok.status, ok.body.status, ok.body.operator]).toEqual([201, 'delivered', 'responder']);
    expect(t.sent).toHaveLength(1);
  });

  it('does not let a responder create users, and audits the attempt', async () => {
    const res = await t.call(t.callers.responder, 'post', '/users', { name: 'mallory', role: 'admin', password: 'x'.repeat(20) });
    expect([res.status, res.body.error.code]).toEqual([403, 'VIGIL_ERR_AUTH_FORBIDDEN']);
    const audit = await t.call(t.callers.admin, 'get', '/audit?user=responder&action=user.create');
    expect(audit.body.items[0]).toMatchObject({ target: 'user:mallory', result: 'denied' });
  });
});

describe('OpenAPI document', () => {
  it('describes exactly the routes express serves', async () => {
    const doc = (await t.call(t.callers.anonymous, 'get', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const described = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)).sort();
    // the real express routes, read from the router's own stack
    const served: string[] = [];
    for (const layer of (t.api.router as unknown as { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> }).stack) {
      if (!layer.route) continue;
      for (const m of Object.keys(layer.route.methods)) served.push(`${m} /api/v1${openApiPath(layer.route.path)}`);
    }
    expect(served.sort()).toEqual(described);
    expect(described.length).toBe(t.api.routes.length);
  });

  it('carries request schemas, roles and the error shape', async () => {
    const doc = (await t.call(t.callers.anonymous, 'get', '/openapi.json')).body;
    const create = doc.paths['/api/v1/users'].post;
    expect(create['x-vigil-role']).toBe('admin');
    expect(create.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['name', 'role', 'password']));
    expect(doc.paths['/api/v1/audit'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['cursor', 'limit', 'since']));
    expect(doc.components.schemas.Error.properties.error.required).toEqual(expect.arrayContaining(['code', 'message']));
    expect(doc.openapi).toBe('3.1.0');
  });
});
