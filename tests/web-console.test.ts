// The web page end to end in Debian's Chromium, against a real collector and a real agent (sensors on,
// --no-dry-run) in network namespaces: log in, see the agent online, a real rule match arrives without a
// reload, isolate through the page (typed confirmation, badge changes, nft table really present), release,
// and a hostname and command line carrying <script> render as inert text. Saves screenshots of each page.
//
// Chromium runs inside the collector's namespace (through a one-line wrapper) and opens 127.0.0.1 there;
// the agent runs in its own network and UTS namespace, whose hostname contains markup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { NetLab } from './helpers/netns.js';
import { AGENT_BIN, COLLECTOR_BIN, FAST_AGENT_ENV, Proc, runNode, waitFor } from './helpers/vigil.js';

const PORT = 8080;
const PASSWORD = 'web-test-password-1';
const HOSTNAME = 'web<script>window.__pwned=1</script>';
const MARKUP_ARG = '<script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">';
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

let lab: NetLab;
let dir: string;
let dataDir: string;
let stateDir: string;
let agentId: string;
let collectorProc: Proc;
let browser: Browser;
let page: Page;
let incidentHash = '';
const started: Proc[] = [];

function inNs(host: string, argv: string[], env: Record<string, string> = {}): Proc {
  const p = new Proc(spawn('ip', ['netns', 'exec', lab.host(host).ns, ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  started.push(p);
  return p;
}

/** argv run in a fresh UTS namespace whose hostname is HOSTNAME (the script is fixed; the name is an argument). */
const withHostname = (argv: string[]) => ['unshare', '--uts', '--', 'sh', '-c', 'printf %s "$0" > /proc/sys/kernel/hostname && exec "$@"', HOSTNAME, ...argv];

async function ruleset(): Promise<string> {
  return (await lab.exec('agent', ['nft', 'list', 'ruleset'])).stdout;
}

beforeAll(async () => {
  lab = await NetLab.create('wb', ['collector', 'agent']);
  dir = mkdtempSync(join(tmpdir(), `vigil-web-${process.pid}-`));
  dataDir = join(dir, 'data');
  stateDir = join(dir, 'agent');
  expect((await runNode(COLLECTOR_BIN, ['init', '--data', dataDir])).code).toBe(0);
  collectorProc = inNs('collector', [process.execPath, COLLECTOR_BIN, 'serve', '--data', dataDir, '--host', '0.0.0.0', '--port', String(PORT)], {
    VIGIL_COLLECTOR_LISTEN__ALLOW_PLAINTEXT_OFF_LOOPBACK: 'true',
    VIGIL_COLLECTOR_LOG_LEVEL: 'warn',
    VIGIL_ADMIN_PASSWORD: PASSWORD,
  });
  await waitFor('collector to listen', () => {
    if (!collectorProc.alive) throw new Error(collectorProc.stderr);
    return /log in as "admin"/.test(collectorProc.stdout);
  });
  const token = (await runNode(COLLECTOR_BIN, ['token', 'create', '--data', dataDir])).stdout.trim();
  const enroll = await lab.exec(
    'agent',
    withHostname([
      process.execPath,
      AGENT_BIN,
      'enroll',
      '--state',
      stateDir,
      '--collector',
      `ws://${lab.host('collector').ipv4}:${PORT}/agent`,
      '--token',
      token,
      '--insecure',
    ]),
  );
  expect(enroll.code, enroll.stderr).toBe(0);
  agentId = /agent id (\S+)/.exec(enroll.stdout)![1]!;
  // the agent runs until afterAll kills what inNs started
  inNs('agent', withHostname([process.execPath, AGENT_BIN, 'run', '--state', stateDir, '--no-dry-run', '--insecure']), {
    ...FAST_AGENT_ENV,
    VIGIL_AGENT_HEALTH__INTERVAL_MS: '2000',
  });

  // Chromium in the collector's namespace: playwright talks to it over pipes, the page reaches 127.0.0.1 there.
  const wrapper = join(dir, 'chromium-in-ns');
  writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${lab.host('collector').ns} /usr/bin/chromium "$@"\n`);
  chmodSync(wrapper, 0o755);
  browser = await chromium.launch({ executablePath: wrapper, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  for (const p of started) await p.kill9();
  await lab?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('web page with a real collector and agent', () => {
  it('logs in and shows the agent online', async () => {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.fill('#login-form input[name=user]', 'admin');
    await page.fill('#login-form input[name=password]', 'wrong-password-000');
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#login-form .error:has-text("wrong user name or password")');
    await page.fill('#login-form input[name=password]', PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#host-table');
    const row = page.locator(`#host-table tr[data-agent="${agentId}"]`);
    await row.locator('.badge.st-online').waitFor({ timeout: 30_000 });
    await page.waitForSelector('#live-state.on');
    // the hostname with markup is plain text in the table
    expect(await row.locator('a.hostname').textContent()).toBe(HOSTNAME);
  });

  it('shows a real rule match on the agent without a reload', async () => {
    await page.evaluate(() => (location.hash = '#/alerts'));
    await page.waitForSelector('#alerts-list');
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    // a real program run from /tmp, with markup in its argv: rule "Binary executed from a temporary folder"
    const bin = join(dir, 'tmpbin');
    mkdirSync(bin, { recursive: true });
    copyFileSync('/bin/sh', join(bin, 'sh'));
    const victim = new Proc(spawn(join(bin, 'sh'), ['-c', 'sleep 60; exit 0', MARKUP_ARG], { stdio: 'ignore' }));
    started.push(victim);
    expect(bin.startsWith('/tmp/')).toBe(true);
    const alertRow = page.locator('#alerts-list tr[data-alert]', { hasText: 'Binary executed from a temporary folder' });
    await alertRow.first().waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42); // same document: no reload
    expect(await alertRow.first().locator('a.hostname').textContent()).toBe(HOSTNAME);
    // each technique is a link to its MITRE ATT&CK page
    const technique = alertRow.first().locator('a.attack-link', { hasText: 'T1204.002' });
    expect(await technique.getAttribute('href')).toBe('https://attack.mitre.org/techniques/T1204/002/');
    expect(await technique.getAttribute('rel')).toBe('noopener noreferrer');
    await page.screenshot({ path: join(SHOTS, 'alerts.png'), fullPage: true });

    // open an incident from the alert, in place
    await alertRow.first().locator('button[data-action=incident]').click();
    await page.click('#dialog-confirm');
    await page.waitForSelector('#incident-title');
    expect(await page.locator('#incident-title').textContent()).toBe(`Binary executed from a temporary folder on ${HOSTNAME}`);
    incidentHash = await page.evaluate(() => location.hash);

    // the process tree shows the command line with markup as text
    await page.evaluate((id) => (location.hash = `#/hosts/${encodeURIComponent(id)}`), agentId);
    await page.fill('#proc-filter', 'sleep 60; exit 0');
    const proc = page.locator(`#process-tree li[data-pid="${victim.child.pid}"] > .proc .cmd`);
    await proc.waitFor({ timeout: 30_000 });
    expect(await proc.textContent()).toContain(MARKUP_ARG);
    await page.fill('#proc-filter', '');
    await page.waitForSelector('#host-name');
    expect(await page.locator('#host-name').textContent()).toBe(HOSTNAME);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await victim.kill9();
  });

  it('isolates the host through the page with a typed confirmation, and the badge changes', async () => {
    await page.waitForSelector('#action-isolate');
    await page.click('#action-isolate');
    await page.waitForSelector('#impact-preview h3');
    expect(await page.locator('#impact-preview').textContent()).toContain('Kept');
    expect(await page.locator('#dialog-confirm').isDisabled()).toBe(true);
    await page.fill('#dialog-typed', 'web');
    expect(await page.locator('#dialog-confirm').isDisabled()).toBe(true);
    await page.fill('#dialog-typed', HOSTNAME);
    await page.click('#dialog-confirm');
    await page.locator('#isolation-badge .badge.iso-on').waitFor({ timeout: 60_000 });
    expect(await ruleset()).toContain('vigil_isolate');
    await page.waitForSelector('#host-commands tr[data-status="succeeded"]');
    // clipped above the process tree: the test machine's own processes (and their arguments) stay out of the picture
    await page.screenshot({ path: join(SHOTS, 'host.png'), clip: { x: 0, y: 0, width: 1400, height: 680 } });
  });

  it('releases it', async () => {
    await page.click('#action-release');
    await page.click('#dialog-confirm');
    await page.waitForSelector('#action-isolate', { timeout: 60_000 });
    expect(await page.locator('#isolation-badge .badge').count()).toBe(0);
    expect(await ruleset()).not.toContain('vigil_isolate');
  });

  it("puts the host's isolation and release on the incident timeline", async () => {
    await page.evaluate((h) => (location.hash = h), incidentHash);
    await page.waitForSelector('#incident-timeline tr[data-type=command_result]');
    const timeline = await page.locator('#incident-timeline').textContent();
    expect(timeline).toMatch(/isolat/i);
    expect(timeline).toMatch(/release/i);
    expect(await page.locator('#checklist tr').count()).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'incident.png'), fullPage: true });
  });

  it('shows the fleet and records every action in the audit log', async () => {
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForSelector(`#host-table tr[data-agent="${agentId}"] .badge.st-online`);
    expect(await page.locator('#fleet-counts [data-count=online] strong').textContent()).toBe('1');
    await page.screenshot({ path: join(SHOTS, 'fleet.png'), fullPage: true });
    await page.evaluate(() => (location.hash = '#/audit'));
    await page.waitForSelector('#audit-rows tr');
    const text = await page.locator('#audit-rows').textContent();
    for (const action of ['session.login', 'command.request', 'command.create', 'command.result']) expect(text).toContain(action);
    await page.evaluate(() => (location.hash = '#/rules'));
    await page.waitForSelector('#rules td:has-text("Binary executed from a temporary folder")');
  });
});
