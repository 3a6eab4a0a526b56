// One incident through the whole response cycle with real processes: a real collector (its API as an
// operator uses it) in the "collector" namespace and a real agent (sensors on, --no-dry-run) in the "agent"
// namespace. A binary run from /tmp raises an alert; an incident is opened from it; the host is isolated
// (nft table in the agent's namespace) and the incident moves to contained; a triage snapshot and a file
// are collected and checked against the originals; the remediation checklist releases the host; the
// incident closes with a review; the exported report holds every step in order with the recorded times.
// Also: the real agent refuses relative paths, devices, FIFOs, /proc files and oversized files with
// reasons, and a symlink is collected as its target. Saves a screenshot of the incident page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { NetLab } from './helpers/netns.js';
import { AGENT_BIN, COLLECTOR_BIN, FAST_AGENT_ENV, Proc, runNode, waitFor } from './helpers/vigil.js';
import { issueCommands } from './helpers/collector-commands.js';

const PORT = 8080;
const PASSWORD = 'incident-test-password-1';
const LAB_HTTP = fileURLToPath(new URL('./helpers/lab-http.mjs', import.meta.url));
const SHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));
const AGENT_COLLECT_CAP = 1024 * 1024;

let lab: NetLab;
let dir: string;
let dataDir: string;
let stateDir: string;
let agentId: string;
let cookie = '';
let csrf = '';
let incidentId = '';
const started: Proc[] = [];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function inNs(host: string, argv: string[], env: Record<string, string> = {}): Proc {
  const p = new Proc(spawn('ip', ['netns', 'exec', lab.host(host).ns, ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }));
  started.push(p);
  return p;
}

/** One API call as the logged-in responder, made from inside the collector's namespace. */
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const r = await lab.exec('collector', [
    process.execPath,
    LAB_HTTP,
    JSON.stringify({ url: `http://127.0.0.1:${PORT}/api/v1${path}`, method, body, cookie, csrf }),
  ]);
  const out = JSON.parse(r.stdout) as { status: number; body: any; setCookie?: string[] };
  if (out.setCookie?.length) cookie = out.setCookie[0]!.split(';')[0]!;
  return out;
}

async function ok(method: string, path: string, body?: unknown): Promise<any> {
  const r = await call(method, path, body);
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

async function finished(commandId: string): Promise<any> {
  return waitFor(
    `command ${commandId}`,
    async () => {
      const c = await ok('GET', `/commands/${commandId}`);
      return ['succeeded', 'failed', 'refused', 'expired'].includes(c.status) ? c : undefined;
    },
    90_000,
    250,
  );
}

async function order(action: string, params: Record<string, unknown> = {}): Promise<any> {
  const c = await ok('POST', `/incidents/${incidentId}/commands`, { agentId, action, params });
  return finished(c.id);
}

const detail = () => ok('GET', `/incidents/${incidentId}`);
const ruleset = async () => (await lab.exec('agent', ['nft', 'list', 'ruleset'])).stdout;

beforeAll(async () => {
  lab = await NetLab.create('ic', ['collector', 'agent']);
  dir = mkdtempSync(join(tmpdir(), `vigil-inc-${process.pid}-`));
  dataDir = join(dir, 'data');
  stateDir = join(dir, 'agent');
  expect((await runNode(COLLECTOR_BIN, ['init', '--data', dataDir])).code).toBe(0);
  const collector = inNs('collector', [process.execPath, COLLECTOR_BIN, 'serve', '--data', dataDir, '--host', '0.0.0.0', '--port', String(PORT)], {
    VIGIL_COLLECTOR_LISTEN__ALLOW_PLAINTEXT_OFF_LOOPBACK: 'true',
    VIGIL_COLLECTOR_LOG_LEVEL: 'warn',
    VIGIL_ADMIN_PASSWORD: PASSWORD,
  });
  await waitFor('collector to listen', () => {
    if (!collector.alive) throw new Error(collector.stderr);
    return /log in as "admin"/.test(collector.stdout);
  });
  const token = (await runNode(COLLECTOR_BIN, ['token', 'create', '--data', dataDir])).stdout.trim();
  const enroll = await lab.exec('agent', [
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
  ]);
  expect(enroll.code, enroll.stderr).toBe(0);
  agentId = /agent id (\S+)/.exec(enroll.stdout)![1]!;
  inNs('agent', [process.execPath, AGENT_BIN, 'run', '--state', stateDir, '--no-dry-run', '--insecure'], {
    ...FAST_AGENT_ENV,
    VIGIL_AGENT_HEALTH__INTERVAL_MS: '2000',
    VIGIL_AGENT_FORENSICS__COLLECT_MAX_BYTES: String(AGENT_COLLECT_CAP),
    VIGIL_AGENT_FORENSICS__TRIAGE__SUID_ROOTS: JSON.stringify([dir]),
  });
  const login = await call('POST', '/session', { user: 'admin', password: PASSWORD });
  expect(login.status).toBe(200);
  csrf = login.body.csrfToken;
  await waitFor('agent online', async () => (await ok('GET', '/agents')).items.find((a: any) => a.id === agentId && a.status === 'online'), 30_000, 250);
});

afterAll(async () => {
  for (const p of started) await p.kill9();
  await lab?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an incident through the whole response cycle', () => {
  let suspicious: string;
  let alertId: string;
  const steps: Record<string, any> = {};

  it('1-2: a real binary run from /tmp raises an alert, and an incident is opened from it', async () => {
    const bin = join(dir, 'tmpbin');
    mkdirSync(bin, { recursive: true });
    suspicious = join(bin, 'dropper');
    copyFileSync('/bin/sleep', suspicious);
    expect(suspicious.startsWith('/tmp/')).toBe(true);
    const victim = new Proc(spawn(suspicious, ['120'], { stdio: 'ignore' }));
    started.push(victim);
    const alert = await waitFor(
      'alert',
      async () => (await ok('GET', `/alerts?agentId=${agentId}`)).items.find((a: any) => a.ruleTitle === 'Binary executed from a temporary folder'),
      60_000,
      500,
    );
    alertId = alert.id;
    const inc = await ok('POST', '/incidents', { source: 'alerts', alertIds: [alertId], assignee: 'admin' });
    incidentId = inc.id;
    expect(inc).toMatchObject({ phase: 'identified', hosts: [agentId], alertIds: [alertId], severity: alert.severity, createdBy: 'admin' });
    // the event that triggered the alert becomes evidence of the incident
    const trigger = (await ok('GET', `/alerts/${alertId}`)).evidence[0].event;
    expect(trigger.kind).toBe('process_start');
    await ok('POST', `/incidents/${incidentId}/evidence`, { agentId, seq: trigger.seq, note: 'the dropper' });
    steps.trigger = trigger;
    const d = await detail();
    expect(d.evidence).toEqual([expect.objectContaining({ agentId, seq: trigger.seq, kind: 'process_start', markedBy: 'admin', note: 'the dropper' })]);
    // first malicious event (the exec) -> first alert: detection took a positive, finite time
    expect(d.times.firstMaliciousMs).toBe(alert.firstSeenMs);
    expect(d.metrics.timeToDetectMs).toBe(alert.createdAtMs - alert.firstSeenMs);
    steps.victimPid = victim.child.pid;
  });

  it('3: isolates the host (nft in the agent namespace) and the incident moves to contained', async () => {
    const iso = await order('isolate', { selfTestDeadlineMs: 10_000 });
    expect(iso.status, JSON.stringify(iso)).toBe('succeeded');
    expect(await ruleset()).toContain('vigil_isolate');
    steps.isolate = iso;
    const inc = await ok('POST', `/incidents/${incidentId}/phase`, { phase: 'contained', note: 'host cut off' });
    expect(inc.phase).toBe('contained');
    const d = await detail();
    expect(d.times.containedAtMs).toBe(iso.finishedAtMs);
    expect(d.metrics.timeToContainMs).toBe(iso.finishedAtMs - d.times.firstAlertMs);
    expect(d.checklist).toEqual([expect.objectContaining({ kind: 'undo', action: 'release', status: 'open' })]);
  });

  it('4: takes a triage snapshot that shows the suspicious process with the hash of its binary', async () => {
    const t = await order('triage', { authLogLines: 20 });
    expect(t.status, JSON.stringify(t)).toBe('succeeded');
    const d = await detail();
    const file = d.files.find((f: any) => f.kind === 'triage');
    expect(file).toMatchObject({ status: 'stored', sha256: t.output.sha256, size: t.output.size, requestedBy: 'admin' });
    const stored = readFileSync(join(dataDir, 'evidence', file.id));
    expect(sha(stored)).toBe(file.sha256);
    const snap = JSON.parse(stored.toString('utf8'));
    const proc = snap.processes.items.find((p: any) => p.pid === steps.victimPid);
    expect(proc).toMatchObject({ exe: suspicious, sha256: sha(readFileSync(suspicious)) });
    expect(snap.suid).toBeDefined();
    expect(snap.persistence.files.length).toBeGreaterThan(0);
    expect(snap.inventory.hostname).toBeTruthy();
    const viaApi = await ok('GET', `/evidence-files/${file.id}`);
    expect(viaApi.processes.total).toBe(snap.processes.total);
    // who touched the evidence is part of its chain of custody
    const audit = await ok('GET', '/audit?action=evidence.download');
    expect(audit.items[0]).toMatchObject({ user: 'admin', target: `evidence:${file.id}`, result: 'ok' });
    steps.triage = t;
  });

  it('5: collects a file whose stored copy and hash match the original; a symlink is collected as its target', async () => {
    const original = join(dir, 'evidence.log');
    const bytes = Buffer.concat([Buffer.from('attacker was here\n'), randomBytes(600 * 1024)]);
    writeFileSync(original, bytes);
    symlinkSync(original, join(dir, 'innocent-link'));
    const c = await order('collect_file', { path: join(dir, 'innocent-link') });
    expect(c.status, JSON.stringify(c)).toBe('succeeded');
    expect(c.output).toMatchObject({
      requestedPath: join(dir, 'innocent-link'),
      resolvedPath: original,
      symlinkResolved: true,
      sha256: sha(bytes),
      size: bytes.length,
    });
    const d = await detail();
    const f = d.files.find((x: any) => x.commandId === c.id);
    expect(f).toMatchObject({
      kind: 'file',
      status: 'stored',
      requestedPath: join(dir, 'innocent-link'),
      resolvedPath: original,
      sha256: sha(bytes),
      size: bytes.length,
      requestedBy: 'admin',
      hostname: expect.any(String),
    });
    expect(readFileSync(join(dataDir, 'evidence', f.id))).toEqual(bytes);
    steps.collect = c;
  });

  it('the real agent refuses relative paths, devices, FIFOs, /proc files and oversized files, each with its reason', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    execFileSync('mknod', [join(dir, 'null-device'), 'c', '1', '3']);
    writeFileSync(join(dir, 'huge.bin'), Buffer.alloc(AGENT_COLLECT_CAP + 1));
    const refusals: Array<[string, RegExp]> = [
      ['/dev/null', /outside the allowed roots/],
      [join(dir, 'null-device'), /character device/],
      [join(dir, 'pipe'), /FIFO/],
      ['/proc/self/environ', /pseudo-file under \/proc/],
      [join(dir, 'huge.bin'), new RegExp(`${AGENT_COLLECT_CAP + 1} bytes, over the cap of ${AGENT_COLLECT_CAP}`)],
    ];
    for (const [path, reason] of refusals) {
      const r = await order('collect_file', { path });
      expect([r.status, r.errorCode], path).toEqual(['refused', 'VIGIL_ERR_COMMAND_INVALID_PARAMETER']);
      expect(r.message).toMatch(reason);
    }
    // the API itself refuses a relative path, so order it the way a script holding the command key could
    expect((await call('POST', `/incidents/${incidentId}/commands`, { agentId, action: 'collect_file', params: { path: 'etc/passwd' } })).status).toBe(400);
    const [id] = issueCommands({ dataDir }, [{ agentId, action: 'collect_file', params: { path: 'etc/passwd' } }]);
    const r = await finished(id!);
    expect([r.status, r.errorCode]).toEqual(['refused', 'VIGIL_ERR_COMMAND_INVALID_PARAMETER']);
    expect(r.message).toMatch(/relative; an absolute path is required/);
    const failed = (await detail()).files.filter((f: any) => f.status === 'failed');
    expect(failed.length).toBeGreaterThanOrEqual(4);
  });

  it('6: the remediation checklist releases the host and ticks itself off', async () => {
    await ok('POST', `/incidents/${incidentId}/phase`, { phase: 'assessed' });
    const item = (await detail()).checklist.find((c: any) => c.action === 'release');
    const running = await ok('POST', `/incidents/${incidentId}/checklist/${item.id}/run`);
    expect(running.status).toBe('running');
    const release = await finished(running.undoCommandId);
    expect(release.status).toBe('succeeded');
    const done = await waitFor(
      'checklist item done',
      async () => (await detail()).checklist.find((c: any) => c.id === item.id && c.status === 'done'),
      30_000,
      250,
    );
    expect(done).toMatchObject({ doneBy: 'admin', doneAtMs: release.finishedAtMs, undoCommandId: release.id });
    expect(await ruleset()).not.toContain('vigil_isolate');
    await ok('POST', `/incidents/${incidentId}/checklist`, { label: 'Rotated the SSH host keys' });
    steps.release = release;
    await ok('POST', `/incidents/${incidentId}/phase`, { phase: 'remediated' });
  });

  it('7: closes with a review', async () => {
    expect((await call('POST', `/incidents/${incidentId}/phase`, { phase: 'closed' })).body.error.code).toBe('VIGIL_ERR_INCIDENT_PHASE');
    await ok('PUT', `/incidents/${incidentId}/review`, {
      rootCause: 'a dropper copied into /tmp',
      whatWorked: 'isolation within seconds',
      whatDidNot: 'nobody was paged',
      followUps: [{ text: 'mount /tmp noexec', owner: 'ops' }],
    });
    const closed = await ok('POST', `/incidents/${incidentId}/phase`, { phase: 'closed' });
    expect(closed.phase).toBe('closed');
    const d = await detail();
    expect(d.metrics.timeToRemediateMs).toBe(d.incident.remediatedAtMs - d.times.containedAtMs);
    expect(d.timeline.at(-1)).toMatchObject({ type: 'phase', text: 'phase remediated -> closed' });
  });

  it('8: the exported report holds every step, in order, with the recorded times', async () => {
    const d = await detail();
    const md: string = (await call('GET', `/incidents/${incidentId}/report?format=md`)).body;
    const html: string = (await call('GET', `/incidents/${incidentId}/report?format=html`)).body;
    const iso = (ms: number) => new Date(ms).toISOString();
    const ph = (to: string) => d.phases.find((p: any) => p.to === to).atMs;
    // each step as "time | type" in the report's timeline table, in this order
    const expected: Array<[number, string]> = [
      [steps.trigger.timeMs, 'evidence'],
      [d.alerts[0].createdAtMs, 'alert'],
      [ph('identified'), 'phase'],
      [steps.isolate.createdAtMs, 'command'],
      [steps.isolate.finishedAtMs, 'command_result'],
      [ph('contained'), 'phase'],
      [steps.triage.createdAtMs, 'command'],
      [steps.collect.createdAtMs, 'command'],
      [steps.collect.finishedAtMs, 'command_result'],
      [ph('assessed'), 'phase'],
      [steps.release.createdAtMs, 'command'],
      [steps.release.finishedAtMs, 'command_result'],
      [steps.release.finishedAtMs, 'checklist'],
      [ph('remediated'), 'phase'],
      [d.incident.review.reviewedAtMs, 'review'],
      [ph('closed'), 'phase'],
    ];
    let at = md.indexOf('## Timeline');
    for (const [ms, type] of expected) {
      const next = md.indexOf(`| ${iso(ms)} | ${type.replace(/_/g, '\\_')} |`, at);
      expect(next, `${type} at ${iso(ms)} after offset ${at}:\n${md.slice(md.indexOf('## Timeline'), md.indexOf('## Actions'))}`).toBeGreaterThan(at);
      at = next;
    }
    expect(at).toBeLessThan(md.indexOf('## Actions'));
    // actions with operators, evidence with hashes, the review
    const actions = md.slice(md.indexOf('## Actions'), md.indexOf('## Evidence'));
    expect(actions).toContain(`| ${iso(steps.isolate.createdAtMs)} | admin |`);
    expect(actions).toMatch(/release/);
    const evidence = md.slice(md.indexOf('## Evidence'), md.indexOf('## Remediation'));
    expect(evidence).toContain(steps.collect.output.sha256);
    expect(evidence).toContain(steps.triage.output.sha256);
    expect(evidence).toContain(`| ${iso(steps.trigger.timeMs)} | ${agentId} | process\\_start |`);
    expect(md.slice(md.indexOf('## Review'))).toContain('a dropper copied into /tmp');
    expect(md).toContain('| Time to contain |');
    expect(html).toContain(`<td class="hash">${steps.collect.output.sha256}</td>`);
    expect(html.indexOf('id="timeline"')).toBeLessThan(html.indexOf('id="review"'));
    // the timeline stored in the collector agrees with the report, entry for entry
    for (const e of d.timeline) expect(md).toContain(`| ${iso(e.atMs)} | ${e.type.replace(/_/g, '\\_')} |`);
  });

  it('shows the incident page in Chromium', async () => {
    const wrapper = join(dir, 'chromium-in-ns');
    writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${lab.host('collector').ns} /usr/bin/chromium "$@"\n`);
    chmodSync(wrapper, 0o755);
    const browser = await chromium.launch({
      executablePath: wrapper,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.fill('#login-form input[name=user]', 'admin');
      await page.fill('#login-form input[name=password]', PASSWORD);
      await page.click('#login-form button[type=submit]');
      await page.waitForSelector('#host-table');
      await page.evaluate((id) => (location.hash = `#/incidents/${encodeURIComponent(id)}`), incidentId);
      await page.waitForSelector('#incident-timeline tr[data-type=review]');
      await page.waitForSelector('.triage-view');
      await page.waitForSelector(`#evidence-candidates tr[data-seq="${steps.trigger.seq}"] .badge.tl-evidence`);
      expect(await page.locator('#checklist tr[data-status=done]').count()).toBeGreaterThanOrEqual(1);
      expect(await page.locator('#evidence-files code.sha256', { hasText: steps.collect.output.sha256 }).count()).toBe(1);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'incident-cycle.png'), fullPage: false });
      await page.evaluate(() => (location.hash = '#/incidents'));
      await page.waitForSelector(`tr[data-incident="${incidentId}"]`);
      await page.screenshot({ path: join(SHOTS, 'incidents.png'), fullPage: false });
      // the HTML report prints to PDF in Chromium, with no script run and its own CSP
      const report = await page.goto(`http://127.0.0.1:${PORT}/api/v1/incidents/${incidentId}/report?format=html`);
      expect(report?.headers()['content-security-policy']).toContain("default-src 'none'");
      expect(await page.locator('h2#timeline').textContent()).toBe('Timeline');
      const pdf = await page.pdf({ format: 'A4', path: join(SHOTS, '..', 'incident-report.pdf') });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    } finally {
      await browser.close();
    }
  });

  it('exports the host timeline as CSV and JSON lines', async () => {
    const since = Date.now() - 3_600_000;
    const csv: string = (await call('GET', `/agents/${agentId}/timeline?since=${since}&format=csv`)).body;
    expect(csv.split('\r\n')[0]).toBe('time,time_ms,host,source,type,summary,ref,detail');
    expect(csv).toContain('Binary executed from a temporary folder');
    const lines: string = (await call('GET', `/agents/${agentId}/timeline?since=${since}&format=jsonl`)).body;
    const rows = lines
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { timeMs: number; source: string });
    expect(new Set(rows.map((r) => r.source))).toEqual(expect.objectContaining(new Set(['event', 'alert', 'command', 'command_result'])) as never);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.timeMs).toBeGreaterThanOrEqual(rows[i - 1]!.timeMs);
    // the DB is the real file the collector writes
    const db = new Database(join(dataDir, 'events.db'), { readonly: true });
    try {
      expect(Number(db.prepare("SELECT COUNT(*) FROM incident_files WHERE status = 'stored'").pluck().get())).toBe(2);
    } finally {
      db.close();
    }
  });
});
