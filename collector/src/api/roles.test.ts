// Every role against every route of the collector as `serve` wires it (detect, commands, this API): a role
// below the route's access is refused (401 anonymous, 403 otherwise), a role at or above it gets past
// authorisation. The routes come from the served OpenAPI document, which must match the real express routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Router } from 'express';
import { ROLES, roleAtLeast, type Role } from '../auth/index.js';
import { startAppTestApi, type AppTestApi } from './testkit-app.js';
import { openApiPath } from './openapi.js';

let t: AppTestApi;
let doc: {
  paths: Record<
    string,
    Record<string, { 'x-vigil-role': 'public' | Role; requestBody?: unknown; responses: Record<string, { content?: Record<string, unknown> }> }>
  >;
};
beforeAll(async () => {
  t = await startAppTestApi();
  doc = (await t.call(t.callers.anonymous, 'get', '/openapi.json')).body;
});
afterAll(async () => t.close());

/** Values that satisfy each path parameter's grammar but name nothing that exists. */
const SAMPLE: Record<string, string> = { name: 'nobody', seq: '1' };
const fill = (path: string) => path.replace(/\{([A-Za-z0-9_]+)\}/g, (_m, p: string) => SAMPLE[p] ?? 'does-not-exist');

describe('role matrix', () => {
  it('covers every described route for anonymous, viewer, responder and admin', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const access = op['x-vigil-role'];
        const url = fill(path.replace(/^\/api\/v1/, ''));
        const stream = Boolean(op.responses['200']?.content?.['text/event-stream']);
        for (const who of ['anonymous', ...ROLES] as const) {
          let status: number;
          if (stream) {
            const ac = new AbortController();
            status = (await fetch(`${t.url}/api/v1${url}`, { headers: t.callers[who].headers, signal: ac.signal })).status;
            ac.abort();
          } else {
            const ends = method === 'delete' && url === '/session';
            const caller = ends && who !== 'anonymous' ? await t.login(who) : t.callers[who];
            status = (await t.call(caller, method, url, op.requestBody ? {} : undefined)).status;
          }
          checked++;
          const allowed = access === 'public' || (who !== 'anonymous' && roleAtLeast(who, access));
          const refusedAs = who === 'anonymous' ? 401 : 403;
          if (allowed && (status === 401 || status === 403)) failures.push(`${who} ${method} ${path}: ${status}, expected access`);
          if (!allowed && status !== refusedAs) failures.push(`${who} ${method} ${path}: ${status}, expected ${refusedAs}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(4 * 40);
  });

  it('does not let a viewer isolate a host, and audits the attempt', async () => {
    const agentId = t.addAgent('web-1');
    const res = await t.call(t.callers.viewer, 'post', '/commands', { agentId, action: 'isolate' });
    expect([res.status, res.body.error.code]).toEqual([403, 'VIGIL_ERR_AUTH_FORBIDDEN']);
    expect((await t.call(t.callers.viewer, 'get', `/commands?agentId=${agentId}`)).body.items).toHaveLength(0);
    const audit = await t.call(t.callers.admin, 'get', '/audit?user=viewer&action=command.request');
    expect(audit.body.items[0]).toMatchObject({ target: `agent:${agentId}`, result: 'denied' });
    const ok = await t.call(t.callers.responder, 'post', '/commands', { agentId, action: 'isolate' });
    expect([ok.status, ok.body.status, ok.body.operator]).toEqual([201, 'pending', 'responder']);
  });

  it('does not let a responder create users, and audits the attempt', async () => {
    const res = await t.call(t.callers.responder, 'post', '/users', { name: 'mallory', role: 'admin', password: 'x'.repeat(20) });
    expect([res.status, res.body.error.code]).toEqual([403, 'VIGIL_ERR_AUTH_FORBIDDEN']);
    const audit = await t.call(t.callers.admin, 'get', '/audit?user=responder&action=user.create');
    expect(audit.body.items[0]).toMatchObject({ target: 'user:mallory', result: 'denied' });
  });
});

describe('OpenAPI document', () => {
  it('describes exactly the routes express serves under /api/v1', () => {
    const described = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`))
      .sort();
    type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle: { stack?: Layer[] }; matchers?: Array<(p: string) => unknown> };
    const top = (t.app.express as unknown as { router: { stack: Layer[] } }).router.stack;
    // the API router is the layer that matches /api/v1 and has its own stack
    const apiLayer = top.find((l) => l.handle.stack && l.matchers?.some((m) => m('/api/v1/openapi.json')));
    expect(apiLayer).toBeDefined();
    const served: string[] = [];
    for (const layer of (apiLayer!.handle as Router & { stack: Layer[] }).stack) {
      if (!layer.route) continue;
      for (const m of Object.keys(layer.route.methods)) served.push(`${m} /api/v1${openApiPath(layer.route.path)}`);
    }
    expect(served.sort()).toEqual(described);
  });

  it('carries request schemas, roles and the error shape', async () => {
    const d = (await t.call(t.callers.anonymous, 'get', '/openapi.json')).body;
    const create = d.paths['/api/v1/users'].post;
    expect(create['x-vigil-role']).toBe('admin');
    expect(create.requestBody.content['application/json'].schema.required).toEqual(expect.arrayContaining(['name', 'role', 'password']));
    expect(d.paths['/api/v1/commands'].post['x-vigil-role']).toBe('responder');
    expect(JSON.stringify(d.paths['/api/v1/commands'].post.requestBody)).toContain('stop_service');
    expect(d.paths['/api/v1/audit'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['cursor', 'limit', 'since']));
    expect(d.components.schemas.Error.properties.error.required).toEqual(expect.arrayContaining(['code', 'message']));
    expect(d.openapi).toBe('3.1.0');
  });
});
