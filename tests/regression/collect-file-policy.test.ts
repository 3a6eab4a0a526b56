// Issue 13, item 2: collect_file read anything, even in dry-run: a responder collected the agent's private
// key (and could then log in as that agent) and /etc/shadow. A real collector and a real agent (dry-run,
// as in the quick start) on loopback: a responder's collect of the agent's key, of a symlink to it, of
// /etc/shadow, and of the collector's own command key (the agent runs on the collector's host, its data
// folder passed as a protected folder the way scripts/start.mjs does) are refused by the agent with their
// reasons; a responder cannot grant credential access; an admin with a reason gets /etc/shadow, and the
// collector's audit log records who, the grant and the reason. The incident page's collect form offers the
// reason (and, to admins, the credential box) and sends both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Agent, Collector, Workspace, waitFor } from '../helpers/vigil.js';
import { forensicsOptions } from '../../agent/dist/forensics/options.js';

const PASSWORD = 'collect-policy-test-Vq8#mZ2!';
let ws: Workspace;
let collector: Collector;
let agent: Agent;
let session = { cookie: '', csrf: '' };
const tokens: Record<'admin' | 'responder', string> = { admin: '', responder: '' };

async function api(
  method: string,
  path: string,
  auth: { bearer?: string; cookie?: string; csrf?: string },
  body?: unknown,
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
  const res = await fetch(`${collector.baseUrl}/api/v1${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

async function collect(as: 'admin' | 'responder', params: Record<string, unknown>, dryRun = false): Promise<any> {
  const r = await api('POST', '/commands', { bearer: tokens[as] }, { agentId: agent.agentId, action: 'collect_file', params, dryRun });
  if (r.status !== 201) return r;
  return waitFor(
    `command ${r.body.id}`,
    async () => {
      const c = (await api('GET', `/commands/${r.body.id}`, { bearer: tokens[as] })).body;
      return ['succeeded', 'failed', 'refused', 'expired'].includes(c.status) ? c : undefined;
    },
    60_000,
    100,
  );
}

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD });
  agent = await Agent.enroll(ws, collector, 'agent');
  const roots = [...forensicsOptions.parse({}).collect.allowedRoots, realpathSync(tmpdir())];
  agent.env.VIGIL_AGENT_FORENSICS__COLLECT__ALLOWED_ROOTS = JSON.stringify(roots);
  agent.env.VIGIL_AGENT_FORENSICS__COLLECT__PROTECTED_DIRS = JSON.stringify([collector.dataDir]);
  agent.start(['--dry-run']);
  const login = await api('POST', '/session', {}, { user: 'admin', password: PASSWORD });
  expect(login.status, JSON.stringify(login.body)).toBe(200);
  session = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: login.body.csrfToken as string };
  for (const role of ['admin', 'responder'] as const) {
    const t = await api('POST', '/tokens', session, { name: `${role}-script`, role });
    expect(t.status, JSON.stringify(t.body)).toBe(201);
    tokens[role] = t.body.secret;
  }
  await waitFor(
    'agent online',
    async () => (await api('GET', '/agents', { bearer: tokens.responder })).body.items.find((a: any) => a.id === agent.agentId && a.status === 'online'),
    30_000,
    100,
  );
});

afterAll(async () => {
  await ws?.cleanup();
});

describe("collect_file follows the agent's collection policy", () => {
  it("refuses a responder's collect of the agent's private key, directly, through a symlink, and in dry-run", async () => {
    const key = join(agent.stateDir, 'agent.key');
    const direct = await collect('responder', { path: key });
    expect(direct).toMatchObject({
      status: 'refused',
      errorCode: 'VIGIL_ERR_COMMAND_INVALID_PARAMETER',
      message: expect.stringContaining("Vigil's own state and keys; never collected"),
    });
    expect(direct.output.sha256).toBeUndefined();
    symlinkSync(key, ws.path('harmless.txt'));
    expect(await collect('responder', { path: ws.path('harmless.txt') })).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('never collected'),
    });
    expect(await collect('responder', { path: key }, true)).toMatchObject({ status: 'refused', message: expect.stringContaining('never collected') });
    // not even an admin with a reason
    expect(await collect('admin', { path: key, credentialAccess: true, reason: 'testing the never-sent class' })).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('never collected'),
    });
  });

  it("refuses the collector's command key when the agent runs on the collector's host", async () => {
    const c = await collect('admin', { path: join(collector.dataDir, 'keys', 'command.key'), credentialAccess: true, reason: 'testing the never-sent class' });
    expect(c).toMatchObject({ status: 'refused', message: expect.stringContaining('never collected') });
  });

  it("refuses a responder's collect of /etc/shadow, and a responder cannot grant credential access", async () => {
    expect(await collect('responder', { path: '/etc/shadow' })).toMatchObject({
      status: 'refused',
      message: expect.stringContaining("a credential file; collecting it needs an admin's order with a stated reason"),
    });
    const forged = await collect('responder', { path: '/etc/shadow', credentialAccess: true, reason: 'I would like the hashes' });
    expect(forged.status).toBe(403);
    expect(forged.body.code ?? forged.body.error?.code).toBe('VIGIL_ERR_COMMAND_CREDENTIAL_ACCESS');
    const noReason = await collect('admin', { path: '/etc/shadow', credentialAccess: true });
    expect(noReason.status).toBe(400);
  });

  it('an admin with a stated reason gets /etc/shadow, and the grant and the reason are audited', async () => {
    const reason = 'incident 7: look for accounts the intruder added';
    const c = await collect('admin', { path: '/etc/shadow', credentialAccess: true, reason });
    expect(c, JSON.stringify(c)).toMatchObject({
      status: 'succeeded',
      output: { resolvedPath: '/etc/shadow', credential: expect.stringContaining('/etc/shadow'), reason },
    });
    expect(c.output.sha256).toBe(createHash('sha256').update(readFileSync('/etc/shadow')).digest('hex'));
    const audit = (await api('GET', '/audit?action=command.request', { bearer: tokens.admin })).body.items as any[];
    const entry = audit.find((a) => a.detail?.commandId === c.id);
    expect(entry).toMatchObject({ user: 'token:admin-script', result: 'ok', detail: { kind: 'collect_file', credentialAccess: true, reason } });
    const created = (await api('GET', '/audit?action=command.create', { bearer: tokens.admin })).body.items.find((a: any) => a.detail?.commandId === c.id);
    expect(created).toMatchObject({ detail: { credentialAccess: true, reason } });
    // the responder's refused attempt was audited too, with its result
    const refused = audit.find((a) => a.detail?.credentialAccess === true && a.result !== 'ok');
    expect(refused).toBeDefined();
  });

  it("the incident page's collect form offers the reason and, to an admin, the credential box", async () => {
    const inc = await api('POST', '/incidents', session, {
      source: 'manual',
      title: 'credential collection',
      hosts: [agent.agentId],
      reportSource: 'regression test',
    });
    expect(inc.status, JSON.stringify(inc.body)).toBe(201);
    const reason = 'incident page: compare the password hashes';
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${collector.baseUrl}/`);
      await page.fill('#login-form input[name=user]', 'admin');
      await page.fill('#login-form input[name=password]', PASSWORD);
      await page.click('#login-form button[type=submit]');
      await page.waitForSelector('#host-table');
      await page.evaluate((id) => (location.hash = `#/incidents/${encodeURIComponent(id)}`), inc.body.id as string);
      await page.waitForSelector('#collect-reason');
      await page.fill('#collect-path', '/etc/shadow');
      await page.check('#collect-credential');
      await page.fill('#collect-reason', reason);
      await page.click('#collect-file');
    } finally {
      await browser.close();
    }
    const done = await waitFor(
      'the page-ordered collection',
      async () => {
        const items = (await api('GET', `/commands?agentId=${agent.agentId}`, { bearer: tokens.admin })).body.items as any[];
        const c = items.find((i) => i.action === 'collect_file' && i.params?.reason === reason);
        return c && ['succeeded', 'failed', 'refused'].includes(c.status) ? c : undefined;
      },
      60_000,
      200,
    );
    expect(done).toMatchObject({
      status: 'succeeded',
      operator: 'admin',
      params: { path: '/etc/shadow', credentialAccess: true, reason },
      output: { credential: expect.stringContaining('/etc/shadow') },
    });
    const audit = (await api('GET', '/audit?action=incident.command', { bearer: tokens.admin })).body.items as any[];
    expect(audit.find((a) => a.detail?.commandId === done.id)).toMatchObject({ user: 'admin', detail: { credentialAccess: true, reason } });
  });
});
