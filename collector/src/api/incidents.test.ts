// Incidents through the API as serve wires it: open one from a real alert, move phases, add a note, mark
// evidence, read the merged timeline, export the report (Markdown, HTML with its CSP) and a host timeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { startAppTestApi, type AppTestApi } from './testkit-app.js';

let t: AppTestApi;
let agentId: string;
let incidentId: string;

beforeAll(async () => {
  t = await startAppTestApi();
  agentId = t.addAgent('case-1');
  await t.ingest(agentId, [
    {
      timeNs: Date.now() * 1_000_000,
      fileChange: { path: '/etc/ld.so.preload', action: vigil.v1.FileAction.MODIFIED, after: { exists: true, mode: 0o100644 } },
    },
  ]);
});
afterAll(async () => t.close());

describe('incidents API', () => {
  it('opens an incident from an alert and refuses viewers', async () => {
    const [alert] = (await t.call(t.callers.viewer, 'get', '/alerts')).body.items;
    expect((await t.call(t.callers.viewer, 'post', '/incidents', { source: 'alerts', alertIds: [alert.id] })).status).toBe(403);
    const res = await t.call(t.callers.responder, 'post', '/incidents', { source: 'alerts', alertIds: [alert.id] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ phase: 'identified', hosts: [agentId], alertIds: [alert.id], createdBy: 'responder' });
    incidentId = res.body.id;
    const manual = await t.call(t.callers.responder, 'post', '/incidents', { source: 'manual', title: 'user report' });
    expect(manual.body.error.code).toBe('VIGIL_ERR_INCIDENT_INVALID');
    const list = (await t.call(t.callers.viewer, 'get', `/incidents?agentId=${agentId}`)).body.items;
    expect(list[0]).toMatchObject({ id: incidentId, hostnames: { [agentId]: 'case-1' } });
  });

  it('records phases, notes and evidence on the merged timeline', async () => {
    expect((await t.call(t.callers.responder, 'post', `/incidents/${incidentId}/phase`, { phase: 'contained', note: 'host cut off' })).status).toBe(200);
    expect((await t.call(t.callers.responder, 'post', `/incidents/${incidentId}/notes`, { body: 'looked at <b>preload</b>' })).status).toBe(201);
    expect((await t.call(t.callers.responder, 'post', `/incidents/${incidentId}/evidence`, { agentId, seq: 1 })).status).toBe(201);
    const d = (await t.call(t.callers.viewer, 'get', `/incidents/${incidentId}`)).body;
    expect(d.incident.phase).toBe('contained');
    const kinds = d.timeline.map((e: { kind?: string; type?: string }) => e.kind ?? e.type);
    expect(kinds.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(d.timeline)).toContain('looked at <b>preload</b>');
    const bad = await t.call(t.callers.responder, 'post', `/incidents/${incidentId}/phase`, { phase: 'nowhere' });
    expect(bad.body.error.code).toBe('VIGIL_ERR_API_VALIDATION');
  });

  it('exports the report as Markdown and as HTML with markup escaped', async () => {
    const md = await fetch(`${t.url}/api/v1/incidents/${incidentId}/report?format=md`, { headers: t.callers.viewer.headers });
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(await md.text()).toContain('ld.so.preload');
    const html = await fetch(`${t.url}/api/v1/incidents/${incidentId}/report`, { headers: t.callers.viewer.headers });
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await html.text();
    expect(body).toContain('&lt;b&gt;preload&lt;/b&gt;');
    expect(body).not.toContain('<b>preload</b>');
  });

  it('exports a host timeline as CSV and JSON lines', async () => {
    const since = Date.now() - 3_600_000;
    const csv = await (await fetch(`${t.url}/api/v1/agents/${agentId}/timeline?since=${since}&format=csv`, { headers: t.callers.viewer.headers })).text();
    expect(csv.split('\r\n')[0]).toBe('time,time_ms,host,source,type,summary,ref,detail');
    expect(csv).toContain('/etc/ld.so.preload');
    const jsonl = await (await fetch(`${t.url}/api/v1/agents/${agentId}/timeline?since=${since}`, { headers: t.callers.viewer.headers })).text();
    const rows = jsonl
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: string; host: string });
    expect(rows.map((r) => r.source)).toEqual(expect.arrayContaining(['event', 'alert']));
    expect(rows[0]!.host).toBe('case-1');
  });
});
