// Agents, events and commands over the real stores: the host tracker, text search with cursor paging, the
// isolation preview, a command's life up to the isolation badge, and live push of its progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigIntToU64, vigil } from '@vigil/proto';
import { startFullTestApi, type FullTestApi } from './testkit-full.js';

let t: FullTestApi;
let agentId: string;
let now0 = 0;
const ns = (ms: number) => bigIntToU64(BigInt(ms) * 1_000_000n);

beforeAll(async () => {
  t = await startFullTestApi();
  agentId = t.addAgent('db-<script>alert(1)</script>');
  t.online.add(agentId);
  const now = Date.now();
  now0 = now;
  t.ingest(agentId, [
    { timeNs: ns(now - 5000), processStart: { pid: 1, ppid: 0, startTimeTicks: 10, exe: '/sbin/init', argv: ['/sbin/init'], user: 'root' } },
    {
      timeNs: ns(now - 4000),
      processStart: { pid: 200, ppid: 1, startTimeTicks: 500, startTimeNs: ns(now - 60_000), exe: '/usr/sbin/sshd', argv: ['sshd', '-D'], user: 'root' },
    },
    { timeNs: ns(now - 3000), processStart: { pid: 300, ppid: 200, startTimeTicks: 900, exe: '/usr/bin/bash', argv: ['bash', '-i'], user: 'eve' } },
    { timeNs: ns(now - 2500), processExit: { pid: 300, startTimeTicks: 900, exe: '/usr/bin/bash' } },
    {
      timeNs: ns(now - 2000),
      networkConnection: {
        transport: vigil.v1.Transport.TCP,
        localAddress: '10.9.0.1',
        localPort: 40000,
        remoteAddress: '10.9.0.254',
        remotePort: 8080,
        state: 'ESTABLISHED',
        direction: vigil.v1.Direction.OUTBOUND,
        exe: '/usr/bin/node',
        pid: 50,
      },
    },
    {
      timeNs: ns(now - 2000),
      networkConnection: {
        transport: vigil.v1.Transport.TCP,
        localAddress: '10.9.0.1',
        localPort: 22,
        remoteAddress: '198.51.100.9',
        remotePort: 50123,
        state: 'ESTABLISHED',
        direction: vigil.v1.Direction.INBOUND,
        exe: '/usr/sbin/sshd',
        pid: 200,
      },
    },
    { timeNs: ns(now - 2000), networkListener: { transport: vigil.v1.Transport.TCP, localAddress: '0.0.0.0', localPort: 22, exe: '/usr/sbin/sshd', pid: 200 } },
    {
      timeNs: ns(now - 2000),
      networkListener: { transport: vigil.v1.Transport.TCP, localAddress: '127.0.0.1', localPort: 5432, exe: '/usr/bin/postgres', pid: 77 },
    },
    { timeNs: ns(now - 1000), health: { cpuPercent: 1.5, rssBytes: 50_000_000, spoolEvents: 3, isolated: false } },
    ...Array.from({ length: 25 }, (_, i) => ({
      timeNs: ns(now - 900 + i),
      log: { source: '/var/log/auth.log', raw: `sshd[1]: Failed password for root from 203.0.113.${i} port 22`, program: 'sshd' },
    })),
  ]);
});
afterAll(async () => t.close());

describe('agents', () => {
  it('lists hosts with status and counts the fleet', async () => {
    const list = await t.call(t.callers.viewer, 'get', '/agents?q=db-');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      id: agentId,
      hostname: 'db-<script>alert(1)</script>',
      status: 'online',
      ips: ['10.9.0.1'],
      isolation: { isolated: false, source: 'health' },
    });
    expect((await t.call(t.callers.viewer, 'get', '/agents?status=offline')).body.items).toHaveLength(0);
    const more = ['b-2', 'a-1', 'c-3'].map((n) => t.addAgent(n));
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { body: { items: Array<{ hostname: string }>; nextCursor: string | null } } = await t.call(
        t.callers.viewer,
        'get',
        `/agents?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.body.items.map((a) => a.hostname));
      cursor = page.body.nextCursor;
    }
    expect(seen).toEqual(['a-1', 'b-2', 'c-3', 'db-<script>alert(1)</script>']);
    expect(more).toHaveLength(3);
    expect((await t.call(t.callers.viewer, 'get', '/fleet')).body).toMatchObject({ total: 4, online: 1, offline: 3, isolated: 0 });
  });

  it('keeps the live process table and connections from telemetry', async () => {
    const procs = (await t.call(t.callers.viewer, 'get', `/agents/${agentId}/processes`)).body.items;
    expect(procs.map((p: { pid: number }) => p.pid)).toEqual([1, 200]);
    expect(procs[1]).toMatchObject({ ppid: 1, startTimeTicks: '500', argv: ['sshd', '-D'], startTimeMs: now0 - 60_000 });
    const detail = (await t.call(t.callers.viewer, 'get', `/agents/${agentId}`)).body;
    expect(detail.health).toMatchObject({ cpuPercent: 1.5, rssBytes: 50_000_000, spoolEvents: 3 });
  });

  it('previews what isolation cuts: not loopback, not the collector link', async () => {
    const p = (await t.call(t.callers.viewer, 'get', `/agents/${agentId}/isolation-preview`)).body;
    expect(p.cut.connections.map((c: { remoteAddress: string }) => c.remoteAddress)).toEqual(['198.51.100.9']);
    expect(p.cut.listeners.map((l: { localPort: number }) => l.localPort)).toEqual([22]);
    expect(p.kept.connections[0]).toMatchObject({ remotePort: 8080, reason: 'collector connection' });
  });

  it('counts events per bucket for the rate charts', async () => {
    const r = (await t.call(t.callers.viewer, 'get', `/agents/${agentId}/rate?minutes=10&buckets=10`)).body;
    expect(r.items).toHaveLength(10);
    expect(r.items.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(34);
    const fleet = (await t.call(t.callers.viewer, 'get', '/agents/fleet/rate?minutes=10&buckets=5')).body;
    expect(fleet.items.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(34);
  });
});

describe('events', () => {
  it('filters by kind and text and pages without repeats', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: Array<{ id: string; summary: string }>; nextCursor: string | null } } = await t.call(
        t.callers.viewer,
        'get',
        `/events?agentId=${agentId}&kind=log&text=FAILED%20PASSWORD&limit=10${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      for (const e of res.body.items) {
        expect(seen.has(e.id)).toBe(false);
        seen.add(e.id);
        expect(e.summary).toContain('Failed password');
      }
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor);
    expect([seen.size, pages]).toEqual([25, 3]);
    const one = await t.call(t.callers.viewer, 'get', `/events?text=203.0.113.7%20port`);
    expect(one.body.items).toHaveLength(1);
    const bad = await t.call(t.callers.viewer, 'get', '/events?kind=process_start,nope');
    expect(bad.body.error.code).toBe('VIGIL_ERR_API_VALIDATION');
    const byExe = await t.call(t.callers.viewer, 'get', `/events?exe=${encodeURIComponent('/usr/sbin/sshd')}&kind=process_start`);
    expect(byExe.body.items.map((e: { data: { processStart: { pid: number } } }) => e.data.processStart.pid)).toEqual([200]);
    const byUser = await t.call(t.callers.viewer, 'get', `/events?user=eve&kind=process_start,process_exit`);
    expect(byUser.body.items.map((e: { kind: string }) => e.kind)).toEqual(['process_start']);
    const byRemote = await t.call(t.callers.viewer, 'get', `/events?remote=198.51.100.9`);
    expect(byRemote.body.items.map((e: { kind: string }) => e.kind)).toEqual(['network_connection']);
    const byHash = await t.call(t.callers.viewer, 'get', `/events?sha256=${'0'.repeat(64)}`);
    expect([byHash.status, byHash.body.items]).toEqual([200, []]);
    for (const q of [`sha256=${'0'.repeat(63)}`, `exe=${'x'.repeat(1025)}`, `user=`, `remote=${'1'.repeat(65)}`, `text=${'a'.repeat(201)}`]) {
      const res = await t.call(t.callers.viewer, 'get', `/events?${q}`);
      expect([q.slice(0, 8), res.status, res.body.error.code]).toEqual([q.slice(0, 8), 400, 'VIGIL_ERR_API_VALIDATION']);
    }
    const punct = await t.call(t.callers.viewer, 'get', `/events?text=${encodeURIComponent('"*"')}`);
    expect([punct.status, punct.body.error.code]).toEqual([400, 'VIGIL_ERR_EVENTS_QUERY']);
    const bySeq = await t.call(t.callers.viewer, 'get', `/agents/${agentId}/events/2`);
    expect(bySeq.body).toMatchObject({ seq: 2, kind: 'process_start', data: { processStart: { pid: 200 } } });
  });
});

describe('commands', () => {
  it('validates parameters per action before anything is signed', async () => {
    const bad = await t.call(t.callers.responder, 'post', '/commands', { agentId, action: 'stop_service', params: { unit: 'x', rm: '-rf' } });
    expect(bad.body.error.code).toBe('VIGIL_ERR_API_VALIDATION');
    const rel = await t.call(t.callers.responder, 'post', '/commands', { agentId, action: 'quarantine_file', params: { path: 'etc/passwd' } });
    expect(rel.body.error.code).toBe('VIGIL_ERR_API_VALIDATION');
    const nobody = await t.call(t.callers.responder, 'post', '/commands', { agentId: 'nope', action: 'release' });
    expect(nobody.status).toBe(404);
    expect(t.sent).toHaveLength(0);
  });

  it('follows an isolation to the badge and pushes progress live', async () => {
    const ac = new AbortController();
    const stream = await fetch(`${t.url}/api/v1/stream`, { headers: t.callers.viewer.headers, signal: ac.signal });
    const reader = stream.body!.getReader();
    const created = await t.call(t.callers.responder, 'post', '/commands', { agentId, action: 'isolate', params: { allowCidrs: ['192.0.2.0/24'] } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    t.commands.onResult(agentId, {
      commandId: id,
      status: vigil.v1.CommandStatus.SUCCEEDED,
      message: 'done',
      outputJson: '{"action":"isolate"}',
      finishedAtMs: Date.now(),
    });
    let text = '';
    while (!text.includes('"succeeded"')) text += new TextDecoder().decode((await reader.read()).value);
    ac.abort();
    expect(text).toContain('event: command');
    const agent = (await t.call(t.callers.viewer, 'get', `/agents/${agentId}`)).body;
    expect(agent.isolation).toMatchObject({ isolated: true, source: 'command', pending: false });
    const history = (await t.call(t.callers.viewer, 'get', `/commands?agentId=${agentId}`)).body.items;
    expect(history[0]).toMatchObject({ id, action: 'isolate', status: 'succeeded', operator: 'responder', params: { allowCidrs: ['192.0.2.0/24'] } });
    expect((await t.call(t.callers.viewer, 'get', '/fleet')).body.isolated).toBe(1);
  });
});
