// Property tests (fuzz, issue 14) of the API's input handling: every route express serves under /api/v1 (read
// from its router stack, as the access matrix does), on a real collector app as `serve` wires it, gets
// generated and mutated JSON bodies (non-GET routes, from a valid sample where one exists) and query strings
// (GET routes), as an admin (so validation, not the role check, is what runs) and sometimes as a viewer. Every
// answer must come in time, never be 5xx, and be an error as JSON with a catalogue code; no request may
// pollute a prototype, and afterwards the collector still answers normal requests and its audit chain holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vigil } from '@vigil/proto';
import { startAppTestApi, APP_PASSWORD, type AppTestApi } from './testkit-app.js';
import { loginCaller, type Caller } from './testkit.js';
import { routeKey, servedSpecs } from './testkit-routes.js';
import { closeSockets, faultOf, send, type RawAnswer } from './testkit-fuzz-http.js';
import { bodyArb, bodyCase, pathDamage, queryArb, Raw, writeJson, type Json } from './testkit-fuzz-inputs.js';
import type { AnyRoute } from './route.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 200);
const DEADLINE_MS = 10_000;
/** Test time: enough for a slow CI machine, and for `npm run fuzz`'s 20,000 cases per property. */
const timeout = Math.max(120_000, numRuns * 100);

let t: AppTestApi;
let routes: AnyRoute[];
let maxBodyBytes: number;
/** Real ids for each path parameter, so that mutated input reaches handlers with something to act on. */
const ids: Record<string, string> = {};
let samples: Record<string, Json[]>;
let plausible: string[];
const callers: Record<'admin' | 'adminToken' | 'viewer', Caller> = {} as never;
let slowest = { ms: 0, what: '' };

const protoNames = () => ({ object: Object.getOwnPropertyNames(Object.prototype).sort(), array: Object.getOwnPropertyNames(Array.prototype).sort() });
let cleanProtos: ReturnType<typeof protoNames>;

/** The path with each parameter a real id, or parameter `damage[0]` (mod their count) written as `damage[1]`. */
const fill = (path: string, damage?: [number, string]) => {
  const count = path.split(':').length - 1;
  let i = 0;
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, p: string) => {
    const id = ids[p];
    if (id === undefined) throw new Error(`no fixture for path parameter :${p} (add one in beforeAll)`);
    return damage && count > 0 && damage[0] % count === i++ ? damage[1] : encodeURIComponent(id);
  });
};

const preload = (n: number): vigil.v1.IEvent => ({
  timeNs: Date.now() * 1_000_000 + n,
  fileChange: { path: '/etc/ld.so.preload', action: vigil.v1.FileAction.MODIFIED, after: { exists: true, mode: 0o100644 } },
});

async function ok(res: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const r = await res;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

beforeAll(async () => {
  t = await startAppTestApi({ config: { auth: { loginFailuresPerAddress: 1_000_000, loginFailuresPerUser: 1_000_000, passwordChangeFailures: 1_000_000 } } });
  routes = servedSpecs(t.app.express, t.app.apiRoutes);
  maxBodyBytes = t.app.config.api.maxBodyBytes;
  const admin = (callers.admin = t.callers.admin);
  callers.viewer = t.callers.viewer;
  callers.adminToken = {
    role: 'admin',
    headers: { authorization: `Bearer ${(await ok(t.call(admin, 'post', '/tokens', { name: 'fuzz-admin', role: 'admin' }), 'token')).secret}` },
  };

  const agentId = (ids.agentId = t.addAgent('fuzz-host'));
  await t.ingest(agentId, [preload(1), preload(2)]);
  const alert = (await ok(t.call(admin, 'get', '/alerts'), 'alerts')).items[0];
  ids.alertId = alert.id;
  ids.seq = '1';
  ids.name = 'fuzz-target';
  ids.fileId = 'no-such-file';
  await ok(t.call(admin, 'post', '/users', { name: 'fuzz-target', role: 'viewer', password: APP_PASSWORD, mustChangePassword: false }), 'user');
  ids.tokenId = (await ok(t.call(admin, 'post', '/tokens', { name: 'fuzz-target', role: 'viewer' }), 'token')).token.id;
  const incident = await ok(t.call(admin, 'post', '/incidents', { source: 'alerts', alertIds: [alert.id] }), 'incident');
  ids.incidentId = incident.id;
  ids.itemId = (await ok(t.call(admin, 'post', `/incidents/${incident.id}/checklist`, { label: 'rotate keys' }), 'checklist')).id;
  ids.commandId = (await ok(t.call(admin, 'post', '/commands', { agentId, action: 'isolate' }), 'command')).id;
  ids.policyId = (await ok(t.call(admin, 'post', '/policies', { name: 'fuzz', mode: 'approve', minSeverity: 'high', action: 'triage' }), 'policy')).id;
  ids.suppressionId = (await ok(t.call(admin, 'post', '/suppressions', { ruleId: alert.ruleId, agentId, hours: 1 }), 'suppression')).id;

  const now = Date.now();
  samples = {
    'post /session': [{ user: 'viewer', password: APP_PASSWORD }],
    'post /session/password': [{ current: 'not-the-password', next: 'another-password-2' }],
    'post /users': [{ name: 'fuzz-made', role: 'viewer', password: 'correct-horse-battery-9', mustChangePassword: false }],
    'patch /users/:name': [{ role: 'viewer', disabled: false }],
    'post /users/:name/password': [{ password: 'correct-horse-battery-9', mustChangePassword: true }],
    'post /tokens': [{ name: 'fuzz-token', role: 'viewer', ttlDays: 1 }],
    'patch /agents/:agentId': [{ dryRun: true }],
    'patch /alerts/:alertId': [{ status: 'acknowledged', note: 'fuzz' }],
    'post /suppressions': [{ ruleId: alert.ruleId, agentId, field: 'path', value: '/tmp/x', reason: 'fuzz', hours: 1 }],
    'post /commands': [
      { agentId, action: 'block_address', params: { cidr: '192.0.2.0/24', ttlSeconds: 60 }, dryRun: true, ttlSeconds: 60 },
      { agentId, action: 'kill_process', params: { pid: 4242, startTimeTicks: '123456', tree: true, graceMs: 100 } },
      { agentId, action: 'collect_file', params: { path: '/etc/passwd', maxBytes: 4096, credentialAccess: false } },
      { agentId, action: 'isolate', params: { allowCidrs: ['10.0.0.0/8'], allowDns: true, selfTestDeadlineMs: 5000 } },
    ],
    'post /policies': [
      { name: 'fuzz', enabled: false, mode: 'approve', ruleId: alert.ruleId, dryRun: true, action: 'stop_service', params: { unit: 'x.service' } },
    ],
    'post /incidents': [
      {
        source: 'manual',
        title: 'fuzz',
        severity: 'high',
        hosts: [agentId],
        reportSource: 'fuzz',
        summary: 'summary',
        assignee: null,
        firstMaliciousMs: now - 60_000,
      },
      { source: 'alerts', alertIds: [alert.id] },
    ],
    'patch /incidents/:incidentId': [{ title: 'fuzz', severity: 'low', assignee: 'admin', summary: 's', firstMaliciousMs: now - 60_000 }],
    'post /incidents/:incidentId/alerts': [{ alertIds: [alert.id] }],
    'post /incidents/:incidentId/hosts': [{ hosts: [agentId] }],
    'post /incidents/:incidentId/phase': [{ phase: 'contained', note: 'fuzz' }],
    'post /incidents/:incidentId/notes': [{ body: 'a note' }],
    'post /incidents/:incidentId/evidence': [{ agentId, seq: 1, note: 'fuzz' }],
    'post /incidents/:incidentId/commands': [{ agentId, action: 'triage', params: { authLogLines: 10 }, dryRun: true }],
    'post /incidents/:incidentId/checklist': [{ label: 'patched', note: '' }],
    'patch /incidents/:incidentId/checklist/:itemId': [{ done: true, note: 'fuzz' }],
    'put /incidents/:incidentId/review': [
      { rootCause: 'weak password', whatWorked: 'a', whatDidNot: 'b', followUps: [{ text: 'keys', owner: 'ops', done: false }] },
    ],
    'post /install/command': [{ note: 'fuzz' }],
    'post /agents/:agentId/upgrade': [{ version: '0.1.0' }],
  };
  plausible = [
    ...Object.values(ids),
    '1',
    '10',
    '60',
    '100',
    String(now - 3_600_000),
    new Date(now - 86_400_000).toISOString(),
    'open',
    'new,acknowledged',
    'critical,high',
    'identified,contained',
    'online',
    'degraded',
    'md',
    'html',
    'csv',
    'jsonl',
    'process_exec,file_change',
    'admin',
    'session.login',
    alert.ruleId,
    'fuzz',
  ];
  cleanProtos = protoNames();
});

afterAll(async () => {
  closeSockets();
  await t?.close();
});

const callerArb = fc.constantFrom<keyof typeof callers>('admin', 'admin', 'admin', 'adminToken', 'viewer');

/** Sends one request as `who`; checks the answer and that no prototype changed; logs in again if it ended the session. */
async function exercise(who: keyof typeof callers, r: AnyRoute, target: string, body?: { headers: Record<string, string>; body: Buffer }, label = '') {
  const caller = callers[who];
  const method = r.method;
  let answer: RawAnswer;
  try {
    answer = await send(t.url, { method: method.toUpperCase(), target, headers: { ...caller.headers, ...body?.headers }, body: body?.body }, DEADLINE_MS);
  } catch (err) {
    throw new Error(`${method} ${target.slice(0, 300)} as ${who} (${label}): ${(err as Error).message}`, { cause: err });
  }
  if (answer.ms > slowest.ms) slowest = { ms: answer.ms, what: `${method} ${target.slice(0, 100)} ${label.slice(0, 100)}` };
  const fault = faultOf(answer);
  if (fault) throw new Error(`${method} ${target.slice(0, 300)} as ${who} (${label.slice(0, 400)}): ${fault}`);
  expect(protoNames(), 'a prototype gained or lost a property').toEqual(cleanProtos);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  // Only logging out may end the caller's credential: not being recognised on a route behind login is a fault
  // (a wrong current password, 401 VIGIL_ERR_AUTH_BAD_CREDENTIALS, is the route's answer, not that).
  if (answer.status === 401 && r.access !== 'public' && answer.text.includes('"VIGIL_ERR_AUTH_REQUIRED"'))
    throw new Error(`${method} ${target.slice(0, 300)} as ${who} (${label.slice(0, 400)}): live credential refused`);
  if (answer.setCookie.some((c) => /^vigil_session=;/.test(c))) {
    callers[who] = await loginCaller(t.call, who === 'viewer' ? 'viewer' : 'admin', APP_PASSWORD, who === 'viewer' ? 'viewer' : 'admin');
  }
  return answer;
}

const bodyRoutes = () => routes.filter((r) => r.method !== 'get');
const getRoutes = () => routes.filter((r) => r.method === 'get');
const samplesOf = (r: AnyRoute): Json[] => samples[routeKey(r)] ?? [{}];
const queryKeys = (r: AnyRoute): string[] => Object.keys((r.query as { shape?: Record<string, unknown> } | undefined)?.shape ?? {});

describe('fuzz: API JSON bodies and query strings', () => {
  it('has a fixture for every path parameter and a valid sample for every route that takes a body', () => {
    expect(routes.length).toBeGreaterThan(50);
    for (const r of routes) fill(r.path);
    const withBody = bodyRoutes().filter((r) => r.body);
    expect(
      withBody.map(routeKey).filter((k) => !(k in samples)),
      'body routes without a sample',
    ).toEqual([]);
    expect(
      Object.keys(samples).filter((k) => !withBody.some((r) => routeKey(r) === k)),
      'samples of no body route',
    ).toEqual([]);
    for (const r of withBody) {
      for (const s of samplesOf(r)) expect(r.body.safeParse(JSON.parse(writeJson(s))).error, `${routeKey(r)} sample ${writeJson(s)}`).toBeUndefined();
    }
  });

  it('answers every non-GET route with named hostile bodies: never 5xx, errors coded', { timeout }, async () => {
    const named: Array<[string, (s: Json) => Json]> = [
      ['the sample', (s) => s],
      [
        '1e309 everywhere',
        (s) =>
          s && typeof s === 'object' && !Array.isArray(s) && !(s instanceof Raw) ? Object.fromEntries(Object.keys(s).map((k) => [k, new Raw('1e309')])) : s,
      ],
      ['20,000 nested arrays', () => new Raw('['.repeat(20_000) + ']'.repeat(20_000))],
      ['20,000 nested objects in a field', (s) => ({ ...(s as object), note: new Raw('{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000)) })],
      ['__proto__ key', (s) => Object.fromEntries([...Object.entries(s as object), ['__proto__', { polluted: 'yes' }]])],
      ['constructor.prototype', (s) => ({ ...(s as object), constructor: { prototype: { polluted: 'yes' } } })],
      ['an array', (s) => [s]],
      ['null', () => null],
    ];
    const envelopes: Array<[string, Record<string, string>, (b: Buffer) => Buffer]> = [
      ['json', { 'content-type': 'application/json' }, (b) => b],
      ['text/plain', { 'content-type': 'text/plain' }, (b) => b],
      ['form', { 'content-type': 'application/x-www-form-urlencoded' }, () => Buffer.from('role=admin&name=x')],
      ['no content type', {}, (b) => b],
      ['utf-16 charset', { 'content-type': 'application/json; charset=utf-16' }, (b) => b],
      ['gzip header, plain bytes', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, (b) => b],
      ['br header, plain bytes', { 'content-type': 'application/json', 'content-encoding': 'br' }, (b) => b],
      ['unknown encoding', { 'content-type': 'application/json', 'content-encoding': 'x-bogus' }, (b) => b],
      ['over the size limit', { 'content-type': 'application/json' }, (b) => Buffer.concat([b, Buffer.alloc(maxBodyBytes + 1, 0x20)])],
      ['non-JSON bytes', { 'content-type': 'application/json' }, () => Buffer.from([0xff, 0x00, 0x7b, 0xfe, 0x22])],
    ];
    for (const r of bodyRoutes()) {
      const target = `/api/v1${fill(r.path)}`;
      for (const s of samplesOf(r)) {
        for (const [label, f] of named) {
          const bytes = Buffer.from(writeJson(f(s)));
          await exercise('admin', r, target, { headers: { 'content-type': 'application/json' }, body: bytes }, label);
        }
        for (const [label, headers, f] of envelopes) {
          await exercise('admin', r, target, { headers, body: f(Buffer.from(writeJson(s))) }, label);
        }
      }
      await exercise('viewer', r, target, { headers: { 'content-type': 'application/json' }, body: Buffer.from(writeJson(samplesOf(r)[0]!)) }, 'viewer');
    }
  });

  it('answers generated and mutated bodies on every non-GET route: never 5xx, errors coded, no pollution', { timeout }, async () => {
    const list = bodyRoutes();
    const arb = fc.nat({ max: list.length - 1 }).chain((i) => {
      const r = list[i]!;
      const ss = samplesOf(r);
      return fc.tuple(
        fc.constant(routeKey(r)),
        callerArb,
        pathDamage,
        fc.nat({ max: ss.length - 1 }).chain((k) => bodyArb(ss[k]!, maxBodyBytes)),
      );
    });
    await fc.assert(
      fc.asyncProperty(arb, async ([key, who, damage, b]) => {
        const r = list.find((x) => routeKey(x) === key)!;
        await exercise(who, r, `/api/v1${fill(r.path, damage)}`, b, b.label);
      }),
      { numRuns },
    );
  });

  it('answers named hostile query strings on every GET route: never 5xx, errors coded', { timeout }, async () => {
    const named = (keys: string[]) => {
      const k = keys[0] ?? 'q';
      return [
        `${k}=1&${k}=2`,
        `${k}[b]=1`,
        `${k}[]=`,
        `${k}[__proto__][polluted]=yes`,
        `__proto__[polluted]=yes&constructor[prototype][polluted]=yes`,
        `${k}=${'x'.repeat(5_000)}`,
        `${k}=%`,
        `${k}=%E0%A4%A`,
        `%zz=1`,
        `zz=1`,
        ...keys.flatMap((key) => [`${key}=-1`, `${key}=1e309`, `${key}=9223372036854775808`, `${key}=NaN`, `${key}=`]),
      ];
    };
    for (const r of getRoutes()) {
      for (const q of named(queryKeys(r))) await exercise('admin', r, `/api/v1${fill(r.path)}?${q}`, undefined, q);
    }
  });

  it('answers generated and mutated query strings on every GET route: never 5xx, errors coded, no pollution', { timeout }, async () => {
    const list = getRoutes();
    const arb = fc
      .nat({ max: list.length - 1 })
      .chain((i) => fc.tuple(fc.constant(list[i]!.path), callerArb, pathDamage, queryArb(queryKeys(list[i]!), plausible)));
    await fc.assert(
      fc.asyncProperty(arb, async ([path, who, damage, q]) => {
        const r = list.find((x) => x.path === path)!;
        await exercise(who, r, `/api/v1${fill(path, damage)}?${q}`, undefined, q);
      }),
      { numRuns },
    );
  });

  it('afterwards still answers normal requests, in time, with its audit chain whole', async () => {
    expect(slowest.ms, `slowest request: ${slowest.what}`).toBeLessThan(5_000);
    const admin = callers.admin;
    expect((await t.call(admin, 'get', '/session')).body).toMatchObject({ user: 'admin', role: 'admin' });
    expect((await t.call(admin, 'get', `/agents/${ids.agentId}`)).status).toBe(200);
    expect((await t.call(admin, 'post', `/incidents/${ids.incidentId}/notes`, { body: 'after the fuzz' })).status).toBe(201);
    expect((await t.call(callers.viewer, 'get', '/alerts?limit=5')).status).toBe(200);
    expect((await t.call(admin, 'get', '/audit/verify')).body).toMatchObject({ ok: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(protoNames()).toEqual(cleanProtos);
  });
});

describe('fuzz: API JSON bodies and query strings, defects found', () => {
  it('regression: a body that is not compressed as its Content-Encoding says is a coded 400, not a 500', async () => {
    const target = `/api/v1/incidents/${ids.incidentId}/notes`;
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const a = await send(
        t.url,
        {
          method: 'POST',
          target,
          headers: { ...callers.admin.headers, 'content-type': 'application/json', 'content-encoding': encoding },
          body: Buffer.from('{"body":"x"}'),
        },
        DEADLINE_MS,
      );
      expect([a.status, JSON.parse(a.text).error.code], encoding).toEqual([400, 'VIGIL_ERR_API_VALIDATION']);
    }
    // compressed for real it is read, and a bomb stops at the size limit
    const real = bodyCase({ body: 'compressed' }, (b) => b, { contentType: 'application/json', encoding: 'gzip', chunked: false }, maxBodyBytes);
    expect((await send(t.url, { method: 'POST', target, headers: { ...callers.admin.headers, ...real.headers }, body: real.body }, DEADLINE_MS)).status).toBe(
      201,
    );
    const bomb = bodyCase({}, (b) => b, { contentType: 'application/json', encoding: 'gzip-bomb', chunked: false }, maxBodyBytes);
    const a = await send(t.url, { method: 'POST', target, headers: { ...callers.admin.headers, ...bomb.headers }, body: bomb.body }, DEADLINE_MS);
    expect([a.status, JSON.parse(a.text).error.code]).toEqual([413, 'VIGIL_ERR_API_TOO_LARGE']);
  });

  it('regression: a path parameter with a broken percent-escape is a coded 400 in JSON, not an HTML page with the stack', async () => {
    for (const [method, target] of [
      ['GET', '/api/v1/agents/%zz'],
      ['GET', '/api/v1/agents/%E0%A4%A/timeline?since=0'],
      ['PATCH', '/api/v1/users/%ff'],
      ['POST', '/api/v1/incidents/%/notes'],
    ] as const) {
      const a = await send(
        t.url,
        { method, target, headers: { ...callers.admin.headers, 'content-type': 'application/json' }, body: method === 'GET' ? undefined : Buffer.from('{}') },
        DEADLINE_MS,
      );
      expect([a.status, a.contentType.split(';')[0], JSON.parse(a.text).error.code], target).toEqual([400, 'application/json', 'VIGIL_ERR_API_VALIDATION']);
      expect(a.text).not.toContain('node_modules');
    }
  });

  it('regression: a kill_process startTimeTicks above 2^64 - 1 is refused, not signed wrapped into another start time', async () => {
    const r = await t.call(callers.admin, 'post', '/commands', {
      agentId: ids.agentId,
      action: 'kill_process',
      params: { pid: 42, startTimeTicks: '99999999999999999999' },
    });
    expect([r.status, r.body.error?.code]).toEqual([400, 'VIGIL_ERR_API_VALIDATION']);
  });

  it('regression: a login attempt for a user name with a lone surrogate leaves the audit chain whole', async () => {
    const a = await send(
      t.url,
      { method: 'POST', target: '/api/v1/session', headers: { 'content-type': 'application/json' }, body: Buffer.from('{"user":"\\ud800","password":"x"}') },
      DEADLINE_MS,
    );
    expect(a.status).toBe(401);
    expect((await t.call(callers.admin, 'get', '/audit/verify')).body).toMatchObject({ ok: true });
  });
});
