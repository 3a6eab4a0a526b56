// The exec coverage ledger on the page, in Debian's Chromium against a real collector process: a
// hand-driven agent (the wire client, real protocol) sends an hour of per-minute coverage records and a
// health report with its exec sources; a second host sends a degraded ledger. The fleet page shows the
// coverage column, the host page the coverage line with source and reason, all as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { vigil } from '@vigil/proto';
import { Collector, Workspace } from './helpers/vigil.js';
import { WireClient } from './helpers/wire-client.js';

const PASSWORD = 'web-coverage-password-1';
const MARKUP = '<img src=x onerror="window.__pwned=1">';
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
const M = 60_000;

let ws: Workspace;
let collector: Collector;
let browser: Browser;
let page: Page;
const hosts: Record<'ok' | 'bad', string> = { ok: '', bad: '' };

/** Enrolls a wire client as `hostname` and stores `events` through the real gateway; resolves once acked. */
async function hostWith(hostname: string, events: vigil.v1.IEvent[]): Promise<string> {
  const token = await collector.token();
  const first = await WireClient.connect(collector.agentUrl);
  const r = await first.enroll(token, { hostname, machineId: `cov-${randomUUID()}` });
  if ('refused' in r) throw new Error(`enrollment refused: ${r.refused}`);
  first.close();
  const c = await WireClient.connect(collector.agentUrl);
  c.send(c.helloMessage(r.agentId, r.privateKeyPem));
  await c.next('welcome');
  c.send({ batch: { events: events.map((e, i) => ({ id: randomUUID(), agentId: r.agentId, seq: i + 1, ...e })) } });
  const ack = await c.next('ack', 20_000);
  expect(Number(ack.ack!.seq)).toBe(events.length);
  c.close();
  return r.agentId;
}

const minuteMs = (minutesAgo: number) => Math.floor(Date.now() / M) * M - minutesAgo * M;
const coverage = (minutesAgo: number, c: Partial<vigil.v1.ITelemetryCoverage>): vigil.v1.IEvent => ({
  timeNs: (minuteMs(minutesAgo) + M) * 1_000_000,
  coverage: { minuteStartNs: minuteMs(minutesAgo) * 1_000_000, processSource: 'audit', sourceReason: `audit netlink listener ${MARKUP}`, ...c },
});

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD });
  // 10,412 execs over the hour, 3 without arguments; the oldest minute 58 back so the hour keeps it
  const ok: vigil.v1.IEvent[] = [];
  for (let i = 58; i >= 1; i--) ok.push(coverage(i, { kernelExecs: 176, execsWithArgs: 176 }));
  ok.push(coverage(0, { kernelExecs: 204, execsWithArgs: 201, execsPidOnly: 3 }));
  ok.push({
    timeNs: Date.now() * 1_000_000,
    health: {
      cpuPercent: 0.4,
      processSource: 'audit',
      networkSource: 'audit',
      sourceReason: 'audit netlink multicast, connector for counts',
      execCoveragePercent: 99.97,
    },
  });
  hosts.ok = await hostWith('cov-web-ok', ok);
  const bad: vigil.v1.IEvent[] = [];
  for (let i = 9; i >= 0; i--)
    bad.push(coverage(i, { kernelExecs: 100, execsWithArgs: 50, execsPidOnly: 0, processSource: 'connector', sourceReason: 'audit: rules locked (-e 2)' }));
  hosts.bad = await hostWith('cov-web-bad', bad);

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await ws?.cleanup();
});

describe('exec coverage on the page', () => {
  it('the fleet page has a coverage column: percent and source, flagged when degraded', async () => {
    await page.goto(`${collector.baseUrl}/`);
    await page.fill('#login-form input[name=user]', 'admin');
    await page.fill('#login-form input[name=password]', PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#host-table');
    expect(await page.locator('#host-table thead th').allTextContents()).toContain('Exec coverage');
    const ok = page.locator(`#host-table tr[data-agent="${hosts.ok}"] td.exec-coverage`);
    await ok.waitFor();
    expect(await ok.textContent()).toBe('99.97 % audit');
    expect(await ok.locator('.coverage').getAttribute('title')).toBe('exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments (source audit)');
    expect(await ok.locator('.coverage.error').count()).toBe(0);
    const bad = page.locator(`#host-table tr[data-agent="${hosts.bad}"] td.exec-coverage`);
    expect(await bad.textContent()).toBe('50.00 % connector');
    expect(await bad.locator('.coverage.error').count()).toBe(1);
    expect(await page.locator('#fleet-counts [data-count=degraded] strong').textContent()).toBe('1');
  });

  it('the host page gives the coverage line with its source and reason, and the exec sources from health, as text', async () => {
    await page.evaluate((id) => (location.hash = `#/hosts/${encodeURIComponent(id)}`), hosts.ok);
    const line = page.locator('#host-coverage');
    await line.waitFor();
    expect(await line.textContent()).toBe(
      `Exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments · source audit: audit netlink listener ${MARKUP}`,
    );
    expect(await line.getAttribute('data-degraded')).toBe('false');
    const health = await page.locator('dl').allTextContents();
    expect(health.join('\n')).toContain('Exec sourceaudit');
    expect(health.join('\n')).toContain('Source reasonaudit netlink multicast, connector for counts');
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: join(SHOTS, 'host-coverage.png'), clip: { x: 0, y: 0, width: 1400, height: 700 } });

    await page.evaluate((id) => (location.hash = `#/hosts/${encodeURIComponent(id)}`), hosts.bad);
    await page.waitForSelector('#host-coverage[data-degraded="true"]');
    expect(await page.locator('#host-coverage').textContent()).toBe(
      'Exec coverage 50.00 % in the last hour: 500 of 1,000 without arguments · source connector: audit: rules locked (-e 2)',
    );
    // its "telemetry degraded" alert is in the host's alert list
    await page.waitForSelector('#host-alerts tr:has-text("Telemetry degraded")');
  });
});
