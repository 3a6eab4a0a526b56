// Alerts through the real wiring: an event through ingest raises an alert (detection in the transaction),
// the API lists it with its host, pushes it live, triages it with history, suppresses the rule for the host
// (matches counted, no new alert), counts it per host and over time, and reports the loaded rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { startAppTestApi, type AppTestApi } from './testkit-app.js';

let t: AppTestApi;
let agentId: string;
const preload = (n: number): vigil.v1.IEvent => ({
  timeNs: Date.now() * 1_000_000 + n,
  fileChange: { path: '/etc/ld.so.preload', action: vigil.v1.FileAction.MODIFIED, after: { exists: true, mode: 0o100644 } },
});

beforeAll(async () => {
  t = await startAppTestApi();
  agentId = t.addAgent('app-1');
});
afterAll(async () => t.close());

describe('alerts API', () => {
  it('pushes a new alert live and lists it with its host and techniques', async () => {
    const ac = new AbortController();
    const stream = await fetch(`${t.url}/api/v1/stream`, { headers: t.callers.viewer.headers, signal: ac.signal });
    const reader = stream.body!.getReader();
    await t.ingest(agentId, [preload(1)]);
    let text = '';
    while (!text.includes('event: alert')) text += new TextDecoder().decode((await reader.read()).value);
    ac.abort();
    expect(text).toContain('ld.so.preload');
    const list = (await t.call(t.callers.viewer, 'get', '/alerts?status=open&q=preload')).body.items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ agentId, hostname: 'app-1', severity: 'critical', status: 'new', count: 1 });
    expect(list[0].techniques.length).toBeGreaterThan(0);
    expect(list[0].attackLinks.length).toBe(list[0].techniques.length);
    for (const l of list[0].attackLinks) expect(l.url).toBe(`https://attack.mitre.org/techniques/${l.id.replace('.', '/')}/`);
    const hosts = (await t.call(t.callers.viewer, 'get', '/agents')).body.items;
    expect(hosts.find((h: { id: string }) => h.id === agentId).openAlerts.critical).toBe(1);
    const rate = (await t.call(t.callers.viewer, 'get', '/alerts/rate?minutes=60&buckets=6')).body.items;
    expect(rate.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(1);
  });

  it('triages with history and evidence, and refuses viewers', async () => {
    const [a] = (await t.call(t.callers.viewer, 'get', '/alerts')).body.items;
    expect((await t.call(t.callers.viewer, 'patch', `/alerts/${a.id}`, { status: 'acknowledged' })).status).toBe(403);
    const ack = await t.call(t.callers.responder, 'patch', `/alerts/${a.id}`, { status: 'acknowledged', note: 'looking' });
    expect(ack.body).toMatchObject({ status: 'acknowledged', statusBy: 'responder' });
    await t.call(t.callers.responder, 'patch', `/alerts/${a.id}`, { status: 'resolved' });
    const d = (await t.call(t.callers.viewer, 'get', `/alerts/${a.id}`)).body;
    expect(d.history.map((h: { to: string; actor: string }) => `${h.actor}:${h.to}`)).toEqual([
      'detection:new',
      'responder:acknowledged',
      'responder:resolved',
    ]);
    expect(d.evidence[0].event).toMatchObject({ kind: 'file_change', summary: 'modified /etc/ld.so.preload' });
    expect((await t.call(t.callers.viewer, 'get', '/alerts?status=bogus')).body.error.code).toBe('VIGIL_ERR_API_VALIDATION');
  });

  it('suppresses a rule for a host: matches are counted, no alert is raised', async () => {
    const [a] = (await t.call(t.callers.viewer, 'get', '/alerts')).body.items;
    const s = await t.call(t.callers.responder, 'post', '/suppressions', { ruleId: a.ruleId, agentId, hours: 1, reason: 'maintenance' });
    expect(s.status).toBe(201);
    await t.ingest(agentId, [preload(2)]);
    expect((await t.call(t.callers.viewer, 'get', '/alerts?status=open')).body.items).toHaveLength(0);
    const sup = (await t.call(t.callers.viewer, 'get', '/suppressions')).body.items;
    expect(sup[0]).toMatchObject({ ruleTitle: a.ruleTitle, hostname: 'app-1', hits: 1, createdBy: 'responder' });
    expect((await t.call(t.callers.responder, 'delete', `/suppressions/${s.body.id}`)).status).toBe(204);
    expect((await t.call(t.callers.viewer, 'get', '/suppressions')).body.items).toHaveLength(0);
  });

  it('reports the loaded rules', async () => {
    const r = (await t.call(t.callers.viewer, 'get', '/rules')).body;
    expect(r.summary.loaded).toBeGreaterThanOrEqual(25);
    expect(r.items.find((x: { title: string }) => x.title === 'Binary executed from a temporary folder')).toMatchObject({ level: 'high' });
    expect((await t.call(t.callers.responder, 'post', '/rules/reload')).status).toBe(403);
    const reload = await t.call(t.callers.admin, 'post', '/rules/reload');
    expect(reload.body).toMatchObject({ applied: true });
    expect((await t.call(t.callers.admin, 'get', '/audit?action=rules.reload')).body.items[0]).toMatchObject({ user: 'admin', result: 'ok' });
  });
});
