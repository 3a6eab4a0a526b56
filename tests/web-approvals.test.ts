// The two-person rule on the page, in Debian's Chromium against a real collector process started with
// commands.twoPersonRule on (maxHosts 1, from the environment): alice isolates two enrolled hosts through the
// API, the second is held. On its host page alice sees "needs a second operator's approval (asked by alice)"
// with her approve button disabled and the reason beside it; bob, another responder, approves it on the same
// page and the order is signed and queued as "bob (approved alice)".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Collector, Workspace } from './helpers/vigil.js';
import { WireClient } from './helpers/wire-client.js';

const ADMIN_PASSWORD = 'web-approvals-admin-pw-1';
const PASSWORDS = { alice: 'web-approvals-alice-pw-7', bob: 'web-approvals-bob-pw-9' } as const;
const SHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let ws: Workspace;
let collector: Collector;
let browser: Browser;
const hosts: string[] = [];
let heldId = '';

interface Session {
  cookie: string;
  csrf: string;
}

async function login(user: string, password: string): Promise<Session> {
  const res = await fetch(`${collector.baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken };
}

async function call(s: Session, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${collector.baseUrl}/api/v1${path}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

/** Enrolls a wire client as `hostname` through the real gateway. */
async function enroll(hostname: string): Promise<string> {
  const c = await WireClient.connect(collector.agentUrl);
  const r = await c.enroll(await collector.token(), { hostname, machineId: `appr-${randomUUID()}` });
  c.close();
  if ('refused' in r) throw new Error(`enrollment refused: ${r.refused}`);
  return r.agentId;
}

async function pageAs(user: keyof typeof PASSWORDS): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await page.goto(`${collector.baseUrl}/`);
  await page.fill('#login-form input[name=user]', user);
  await page.fill('#login-form input[name=password]', PASSWORDS[user]);
  await page.click('#login-form button[type=submit]');
  await page.waitForSelector('#host-table');
  await page.evaluate((id) => (location.hash = `#/hosts/${encodeURIComponent(id)}`), hosts[1]!);
  return page;
}

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, {
    VIGIL_ADMIN_PASSWORD: ADMIN_PASSWORD,
    VIGIL_COLLECTOR_COMMANDS__TWO_PERSON_RULE__ENABLED: 'true',
    VIGIL_COLLECTOR_COMMANDS__TWO_PERSON_RULE__MAX_HOSTS: '1',
  });
  const admin = await login('admin', ADMIN_PASSWORD);
  for (const name of ['alice', 'bob'] as const)
    expect((await call(admin, 'POST', '/users', { name, role: 'responder', password: PASSWORDS[name], mustChangePassword: false })).status).toBe(201);
  hosts.push(await enroll('appr-web-1'), await enroll('appr-web-2'));
  const alice = await login('alice', PASSWORDS.alice);
  expect((await call(alice, 'POST', '/commands', { agentId: hosts[0], action: 'isolate' })).body.status).toBe('pending');
  const held = await call(alice, 'POST', '/commands', { agentId: hosts[1], action: 'isolate' });
  expect([held.status, held.body.status, held.body.hold?.requestedBy]).toEqual([201, 'awaiting_approval', 'alice']);
  heldId = held.body.id;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await ws?.cleanup();
});

describe('two-person rule on the page', () => {
  it("shows the requester that the order needs a second operator's approval, and disables her approve button", async () => {
    const page = await pageAs('alice');
    const row = page.locator(`#host-commands tr[data-command="${heldId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('awaiting_approval');
    expect(await row.locator('.hold').textContent()).toBe("needs a second operator's approval (asked by alice)");
    const approve = row.locator('button.approve');
    expect(await approve.isDisabled()).toBe(true);
    expect(await approve.getAttribute('title')).toBe('you asked for this order; another operator must approve it');
    expect(await row.locator('.approve-reason').textContent()).toBe('you asked for this order; another operator must approve it');
    expect(await row.locator('button.reject').isDisabled()).toBe(false);
    expect(await row.locator('td.result').textContent()).toContain('more than commands.twoPersonRule.maxHosts (1)');
    await page.locator('#host-commands').screenshot({ path: join(SHOTS, 'command-needs-second-operator.png') });
    await page.context().close();
  });

  it('lets another responder approve it on the same page: signed and queued as theirs', async () => {
    const page = await pageAs('bob');
    const row = page.locator(`#host-commands tr[data-command="${heldId}"]`);
    await row.waitFor();
    expect(await row.locator('.hold').textContent()).toBe("needs a second operator's approval (asked by alice)");
    const approve = row.locator('button.approve');
    expect(await approve.isDisabled()).toBe(false);
    expect(await row.locator('.approve-reason').count()).toBe(0);
    await approve.click();
    // the host is offline: the signed order waits for it
    await page.waitForSelector(`#host-commands tr[data-command="${heldId}"][data-status="pending"]`);
    expect(await page.locator(`#host-commands tr[data-command="${heldId}"] button.approve`).count()).toBe(0);
    const bob = await login('bob', PASSWORDS.bob);
    const after = (await call(bob, 'GET', `/commands/${heldId}`)).body;
    expect(after).toMatchObject({ status: 'pending', operator: 'bob (approved alice)', hold: { requestedBy: 'alice' } });
    await page.context().close();
  });
});
