import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, type TestApi } from './testkit.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi({ api: { maxBodyBytes: 1024 } });
});
afterAll(async () => t.close());

describe('API core', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and no Secure flag without TLS', async () => {
    const res = await t.call(t.callers.anonymous, 'post', '/session', { user: 'viewer', password: TEST_PASSWORD });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^vigil_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    expect(res.body).toMatchObject({ user: 'viewer', role: 'viewer', via: 'session', mustChangePassword: false });
  });

  it('refuses a change made with the cookie but without the CSRF token, and audits the refusal', async () => {
    const { cookie } = t.callers.admin.headers;
    const res = await t.call({ role: 'admin', headers: { cookie: cookie! } }, 'post', '/users', { name: 'eve', role: 'viewer', password: 'x'.repeat(20) });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('VIGIL_ERR_AUTH_CSRF');
    const wrong = await t.call({ role: 'admin', headers: { cookie: cookie!, 'x-csrf-token': 'nope' } }, 'post', '/users', {
      name: 'eve',
      role: 'viewer',
      password: 'x'.repeat(20),
    });
    expect(wrong.body.error.code).toBe('VIGIL_ERR_AUTH_CSRF');
    const audit = await t.call(t.callers.admin, 'get', '/audit?action=user.create');
    expect(audit.body.items[0]).toMatchObject({ user: 'admin', source: '127.0.0.1', action: 'user.create', target: 'user:eve', result: 'denied' });
  });

  it('lets scripts use a bearer token without CSRF, and a revoked token stops working', async () => {
    const created = await t.call(t.callers.admin, 'post', '/tokens', { name: 'ci', role: 'responder' });
    expect(created.status).toBe(201);
    const script = { role: 'responder' as const, headers: { authorization: `Bearer ${created.body.secret}` } };
    expect((await t.call(script, 'get', '/session')).body).toMatchObject({ user: 'admin', role: 'responder', via: 'token', csrfToken: null });
    expect((await t.call(script, 'get', '/users')).status).toBe(403);
    expect((await t.call(t.callers.admin, 'get', '/tokens')).body.items[0]).not.toHaveProperty('hash');
    expect((await t.call(t.callers.admin, 'delete', `/tokens/${created.body.token.id}`)).status).toBe(200);
    expect((await t.call(script, 'get', '/session')).status).toBe(401);
  });

  it('answers bad input with JSON errors and stable codes', async () => {
    const big = await t.call(t.callers.admin, 'post', '/users', { name: 'bob', role: 'viewer', password: 'p'.repeat(2000) });
    expect([big.status, big.body.error.code]).toEqual([413, 'VIGIL_ERR_API_TOO_LARGE']);
    const bad = await t.call(t.callers.admin, 'post', '/users', { name: 'Bob!', role: 'root', password: 'short' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VIGIL_ERR_API_VALIDATION']);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['name', 'role']);
    const extra = await t.call(t.callers.admin, 'post', '/users', { name: 'bob', role: 'viewer', password: 'p'.repeat(20), admin: true });
    expect(extra.body.error.code).toBe('VIGIL_ERR_API_VALIDATION');
    const res = await fetch(`${t.url}/api/v1/users`, {
      method: 'POST',
      headers: { ...t.callers.admin.headers, 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect([res.status, (await res.json()).error.code]).toEqual([400, 'VIGIL_ERR_API_VALIDATION']);
    const form = await fetch(`${t.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'user=admin&password=x',
    });
    expect(form.status).toBe(400);
    const weak = await t.call(t.callers.admin, 'post', '/users', { name: 'bob', role: 'viewer', password: 'short' });
    expect(weak.body.error.code).toBe('VIGIL_ERR_AUTH_WEAK_PASSWORD');
    const missing = await t.call(t.callers.viewer, 'get', '/nothing-here');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'VIGIL_ERR_API_NOT_FOUND']);
    const longUrl = await t.call(t.callers.admin, 'get', `/audit?user=${'u'.repeat(5000)}`);
    expect(longUrl.body.error.code).toBe('VIGIL_ERR_API_TOO_LARGE');
  });

  it('pages the audit log with a cursor without repeats or gaps', async () => {
    for (let i = 0; i < 7; i++) await t.call(t.callers.viewer, 'delete', '/users/nobody');
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res: { body: { items: Array<{ id: number }>; nextCursor: string | null } } = await t.call(
        t.callers.admin,
        'get',
        `/audit?action=user.delete&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((e) => e.id));
      cursor = res.body.nextCursor;
    }
    expect(seen).toHaveLength(7);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect((await t.call(t.callers.admin, 'get', '/audit?cursor=%%%')).body.error.code).toBe('VIGIL_ERR_API_VALIDATION');
  });

  it('forces a one-time password to be changed before anything else', async () => {
    await t.call(t.callers.admin, 'post', '/users', { name: 'newbie', role: 'responder', password: 'first-password-1', mustChangePassword: true });
    const login = await t.call(t.callers.anonymous, 'post', '/session', { user: 'newbie', password: 'first-password-1' });
    expect(login.body.mustChangePassword).toBe(true);
    const me = { role: 'responder' as const, headers: { cookie: login.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': login.body.csrfToken } };
    expect((await t.call(me, 'get', '/audit')).body.error.code).toBe('VIGIL_ERR_AUTH_PASSWORD_CHANGE_REQUIRED');
    expect((await t.call(me, 'post', '/session/password', { current: 'first-password-1', next: 'second-password-2' })).status).toBe(204);
    expect((await t.call(me, 'get', '/audit')).status).toBe(200);
  });
  it('rate-limits logins by address with 429 and Retry-After', async () => {
    const own = await startTestApi({ authOverrides: { loginFailuresPerAddress: 5 } });
    let last = 0;
    for (let i = 0; i < 6; i++) last = (await own.call(own.callers.anonymous, 'post', '/session', { user: 'ghost', password: 'wrong' })).status;
    const res = await own.call(own.callers.anonymous, 'post', '/session', { user: 'viewer', password: TEST_PASSWORD });
    expect(last).toBe(429);
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('VIGIL_ERR_AUTH_RATE_LIMITED');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    // Refused unauthenticated requests are aggregated (issue 13 item 14): the first row at once, the rest counted.
    const first = await own.call(own.callers.admin, 'get', '/audit?action=session.login');
    const denied = first.body.items.filter((r: { result: string }) => r.result === 'denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ user: 'ghost' });
    (own.deps.audit as unknown as { flushAggregates(now: number, all: boolean): void }).flushAggregates(Date.now(), true);
    const audit = await own.call(own.callers.admin, 'get', '/audit?action=session.login&limit=1');
    expect(audit.body.items[0]).toMatchObject({ result: 'denied', detail: { aggregated: true, count: 6 } });
    expect(audit.body.items[0].detail.users).toEqual(['ghost', 'viewer']);
    await own.close();
  });

  it('caps live streams at api.maxStreamClients, not counting in-process subscribers', async () => {
    const own = await startTestApi({ api: { maxStreamClients: 1 } });
    own.deps.live.subscribe(() => undefined);
    const ac = new AbortController();
    const first = await fetch(`${own.url}/api/v1/stream`, { headers: own.callers.viewer.headers, signal: ac.signal });
    expect(first.status).toBe(200);
    const second = await own.call(own.callers.viewer, 'get', '/stream');
    expect([second.status, second.body.error.code]).toEqual([503, 'VIGIL_ERR_API_UNAVAILABLE']);
    ac.abort();
    await own.close();
  });
});
