// Kernel telemetry through the real wiring (`serve`'s module list, real ingest): coverage records become the
// host's coverage line in the fleet list and host view, per-host series on /metrics, and a "telemetry
// degraded" alert (suppressible, listed with the rules); the exec sources from health show on the host;
// a Tamper "audit_rules_removed" and a shadow read by cat raise their rules' alerts; retention prunes the ledger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { vigil } from '@vigil/proto';
import { startAppTestApi, type AppTestApi } from './testkit-app.js';
import { TELEMETRY_DEGRADED_RULE } from '../coverage/rule.js';

let t: AppTestApi;
const M = 60_000;
const minuteNs = (minutesAgo: number) => BigInt(Math.floor(Date.now() / M) * M - minutesAgo * M) * 1_000_000n;
const coverage = (minutesAgo: number, c: Partial<vigil.v1.ITelemetryCoverage>): vigil.v1.IEvent => ({
  timeNs: Number(minuteNs(minutesAgo) / 1_000_000n) * 1_000_000 + 60_000_000_000,
  coverage: {
    minuteStartNs: Number(minuteNs(minutesAgo) / 1_000_000n) * 1_000_000,
    processSource: 'audit',
    sourceReason: 'audit: multicast listener, 14 rules',
    ...c,
  },
});
const now = () => Date.now() * 1_000_000;

beforeAll(async () => {
  t = await startAppTestApi();
});
afterAll(async () => t.close());

describe('kernel telemetry in the API', () => {
  it("shows a host's exec coverage over the last hour in the fleet list and host view, with the sources from health", async () => {
    const id = t.addAgent('cov-ok');
    // 10,412 execs in the last hour, 3 of them without arguments (spread so no 10-minute window falls under 99 %)
    const events: vigil.v1.IEvent[] = [];
    // (the oldest minute 58 minutes back: the hour still holds it if the clock passes a minute boundary meanwhile)
    for (let i = 58; i >= 1; i--) events.push(coverage(i, { kernelExecs: 176, execsWithArgs: 176 }));
    events.push(coverage(0, { kernelExecs: 204, execsWithArgs: 201, execsPidOnly: 3 }));
    events.push(coverage(120, { kernelExecs: 500, execsWithArgs: 500 })); // two hours ago: outside the summary
    events.push({
      timeNs: now(),
      health: {
        cpuPercent: 1,
        processSource: 'audit',
        networkSource: 'audit',
        sourceReason: 'audit netlink multicast; connector for counts',
        execCoveragePercent: 99.97,
        auditRecordsLost: 0,
      },
    });
    await t.ingest(id, events);
    const list = (await t.call(t.callers.viewer, 'get', '/agents')).body.items;
    const row = list.find((h: { id: string }) => h.id === id);
    expect(row.coverage).toMatchObject({
      kernelExecs: 10_412,
      execsWithArgs: 10_409,
      execsPidOnly: 3,
      execsWithoutArgs: 3,
      percent: '99.97',
      degraded: false,
      source: 'audit',
      reason: 'audit: multicast listener, 14 rules',
    });
    expect(row.coverage.text).toBe('exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments');
    const host = (await t.call(t.callers.viewer, 'get', `/agents/${id}`)).body;
    expect(host.coverage.text).toBe(row.coverage.text);
    expect(host.health).toMatchObject({
      processSource: 'audit',
      networkSource: 'audit',
      sourceReason: 'audit netlink multicast; connector for counts',
      execCoveragePercent: 99.97,
      auditRecordsLost: 0,
    });
    // no alert for a healthy host
    expect((await t.call(t.callers.viewer, 'get', `/alerts?agentId=${id}`)).body.items).toEqual([]);
    // the coverage records are events like the others
    const found = (await t.call(t.callers.viewer, 'get', `/events?agentId=${id}&kind=coverage&limit=1`)).body.items;
    expect(found[0]).toMatchObject({ kind: 'coverage', summary: expect.stringContaining('201 execs with arguments, 3 pid only') });
    // a host that never sent a coverage record has none
    const bare = t.addAgent('cov-none');
    expect((await t.call(t.callers.viewer, 'get', `/agents/${bare}`)).body.coverage).toBeNull();
  });

  it('raises "telemetry degraded" for coverage under the threshold and for records lost, once per host, suppressible', async () => {
    const id = t.addAgent('cov-bad');
    const events: vigil.v1.IEvent[] = [];
    for (let i = 9; i >= 0; i--) events.push(coverage(i, { kernelExecs: 200, execsWithArgs: 150, execsPidOnly: 10, recordsLost: i === 0 ? 77 : 0 }));
    await t.ingest(id, events);
    const alerts = (await t.call(t.callers.viewer, 'get', `/alerts?agentId=${id}`)).body.items;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      ruleId: TELEMETRY_DEGRADED_RULE.id,
      ruleTitle: TELEMETRY_DEGRADED_RULE.title,
      severity: 'high',
      hostname: 'cov-bad',
      count: 10,
    });
    expect(alerts[0].techniques).toEqual(['T1562.012', 'T1562.001']);
    const detail = (await t.call(t.callers.viewer, 'get', `/alerts/${alerts[0].id}`)).body;
    expect(detail.evidence.length).toBe(10);
    const host = (await t.call(t.callers.viewer, 'get', `/agents/${id}`)).body;
    expect(host.coverage).toMatchObject({ degraded: true, percent: '75.00', recordsLost: 77 });
    expect(host.openAlerts.high).toBe(1);
    // the fleet counts it and the list filters by it
    expect((await t.call(t.callers.viewer, 'get', '/fleet')).body.coverageDegraded).toBe(1);
    expect((await t.call(t.callers.viewer, 'get', '/agents?status=degraded')).body.items.map((h: { hostname: string }) => h.hostname)).toEqual(['cov-bad']);
    // listed with the rules, and suppressible like them
    const rules = (await t.call(t.callers.viewer, 'get', '/rules')).body.items;
    expect(rules.find((r: { id: string }) => r.id === TELEMETRY_DEGRADED_RULE.id)).toMatchObject({ level: 'high', logsource: 'telemetry_coverage' });
    const other = t.addAgent('cov-lab');
    const s = await t.call(t.callers.responder, 'post', '/suppressions', {
      ruleId: TELEMETRY_DEGRADED_RULE.id,
      agentId: other,
      reason: 'lab host under load tests',
    });
    expect(s.status).toBe(201);
    await t.ingest(other, [coverage(0, { kernelExecs: 1000, execsWithArgs: 10 })]);
    expect((await t.call(t.callers.viewer, 'get', `/alerts?agentId=${other}`)).body.items).toEqual([]);
    expect((await t.call(t.callers.viewer, 'get', '/suppressions')).body.items.find((x: { id: string }) => x.id === s.body.id)).toMatchObject({ hits: 1 });
  });

  it('serves per-host coverage and records lost on /metrics, labelled by agent id only', async () => {
    const text = await (await fetch(`${t.url}/metrics`)).text();
    const ok = t.app.agents.list().find((a) => a.hostname === 'cov-ok')!.id;
    const bad = t.app.agents.list().find((a) => a.hostname === 'cov-bad')!.id;
    const ratio = new RegExp(`^vigil_host_exec_coverage_ratio\\{agent_id="${ok}"\\} (\\S+)$`, 'm').exec(text);
    expect(Number(ratio![1])).toBeCloseTo(10_409 / 10_412, 6);
    expect(text).toMatch(new RegExp(`^vigil_host_execs_without_args\\{agent_id="${ok}"\\} 3$`, 'm'));
    expect(text).toMatch(new RegExp(`^vigil_host_audit_records_lost_total\\{agent_id="${bad}"\\} 77$`, 'm'));
    for (const line of text.split('\n').filter((l) => l.startsWith('vigil_host_'))) expect(line).toMatch(/^vigil_host_\w+\{agent_id="[^"]+"\} \S+$/);
  });

  it('a Tamper audit_rules_removed and a shadow read by cat raise their rules; file accesses are searchable', async () => {
    const id = t.addAgent('kern-1');
    await t.ingest(id, [
      { timeNs: now(), tamper: { what: 'audit_rules_removed', detail: '14 of 14 vigil rules gone; re-added', repaired: true } },
      {
        timeNs: now() + 1,
        fileAccess: {
          path: '/etc/shadow',
          access: 'read',
          pid: 4100,
          ppid: 4099,
          exe: '/usr/bin/cat',
          comm: 'cat',
          uid: 0,
          euid: 0,
          auid: 1000,
          user: 'root',
          loginUser: 'alice',
          syscall: 'openat',
          success: true,
          watch: 'shadow',
        },
      },
      {
        timeNs: now() + 2,
        fileAccess: {
          path: '/etc/shadow',
          access: 'read',
          pid: 4101,
          ppid: 4099,
          exe: '/usr/sbin/unix_chkpwd',
          comm: 'unix_chkpwd',
          uid: 1000,
          euid: 0,
          user: 'alice',
          syscall: 'openat',
          success: true,
          watch: 'shadow',
        },
      },
      {
        timeNs: now() + 3,
        processStart: {
          pid: 4200,
          ppid: 4199,
          exe: '/usr/sbin/sshd',
          argv: ['/usr/sbin/sshd', '-D'],
          user: 'root',
          source: 'audit',
          loaderEnv: { LD_PRELOAD: '/dev/shm/libhide.so' },
        },
      },
    ]);
    const alerts = (await t.call(t.callers.viewer, 'get', `/alerts?agentId=${id}`)).body.items;
    expect(alerts.map((a: { ruleTitle: string; severity: string }) => [a.ruleTitle, a.severity]).sort()).toEqual([
      ['Kernel audit rules removed or audit disabled', 'high'],
      ["LD_PRELOAD or LD_AUDIT in a new process's environment", 'high'],
      ['shadow or gshadow read by an unusual process', 'high'],
    ]);
    expect(alerts.find((a: { ruleTitle: string }) => a.ruleTitle.startsWith('shadow')).group).toEqual({ Image: '/usr/bin/cat', TargetFilename: '/etc/shadow' });
    const found = (await t.call(t.callers.viewer, 'get', `/events?agentId=${id}&kind=file_access`)).body.items;
    expect(found.map((e: { summary: string }) => e.summary)).toEqual([
      'read /etc/shadow by /usr/sbin/unix_chkpwd (pid 4101, alice)',
      'read /etc/shadow by /usr/bin/cat (pid 4100, root (login alice))',
    ]);
  });

  it('retention prunes coverage minutes with the events', async () => {
    const id = t.addAgent('cov-old');
    const daysAgo = (t.app.config.retention.maxAgeDays + 1) * 24 * 60;
    await t.ingest(id, [coverage(daysAgo, { kernelExecs: 5, execsWithArgs: 5 })]);
    const svc = () => t.app.agents.list().find((a) => a.id === id);
    expect(svc()).toBeDefined();
    expect((await t.call(t.callers.viewer, 'get', `/agents/${id}`)).body.coverage).toMatchObject({ minutes: 0, ratio: null });
    t.app.runRetention();
    expect((await t.call(t.callers.viewer, 'get', `/agents/${id}`)).body.coverage).toBeNull();
  });
});
