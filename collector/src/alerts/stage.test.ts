import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRulesDir, DetectionEngine, loadRuleDirs, sampleEvent } from '@vigil/detect';
import { silentLogger } from '@vigil/logger';
import { openDatabase } from '../store/db.js';
import { alertsMigration, alertsTrustMigration, SqliteAlertStore } from './store.js';
import { SqliteSuppressionStore } from './suppressions-store.js';
import type { StoredEvent } from '../events/types.js';
import { DetectStage } from './stage.js';
import { AlertService } from './service.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const rules = loadRuleDirs([builtinRulesDir()]);
const TMP_RULE = rules.detections.find((d) => d.info.title === 'Binary executed from a temporary folder')!.info;
const BRUTE = rules.correlations.find((c) => c.info.title === 'SSH brute force from one source')!.info;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), `vigil-detect-${process.pid}-`));
  dirs.push(dir);
  const path = join(dir, 'events.db');
  const db = openDatabase({ path, migrations: [alertsMigration, alertsTrustMigration] });
  let now = 1_700_000_000_000;
  const alerts = new SqliteAlertStore(db, { dedupeWindowMs: 3_600_000, maxEvidencePerAlert: 3 });
  const suppressions = new SqliteSuppressionStore(db);
  const engine = new DetectionEngine(rules);
  const stage = new DetectStage({ engine, alerts, suppressions, clock: () => now, logger: silentLogger(), sweepIntervalMs: 60_000 });
  const service = new AlertService({ alerts, suppressions, rules, clock: () => now, maxPageSize: 1001 });
  let seq = 0;
  const ingest = (agentId: string, payload: Record<string, unknown>, timeMs = now): string => {
    const id = `ev-${++seq}`;
    const input = sampleEvent(payload, id, timeMs, agentId);
    const se: StoredEvent = { id, agentId, seq, timeNs: BigInt(timeMs) * 1_000_000n, kind: 'x', event: input.event as StoredEvent['event'] };
    db.transaction(() => stage.onEvents(agentId, [se]))();
    return id;
  };
  return { db, path, alerts, suppressions, stage, service, ingest, tick: (ms: number) => (now += ms), now: () => now };
}

const tmpExec = (exe = '/tmp/x'): Record<string, unknown> => ({ processStart: { pid: 5, ppid: 1, exe, argv: [exe], user: 'www-data' } });
const sshFail = (ip: string): Record<string, unknown> => ({
  log: {
    source: '/var/log/auth.log',
    parser: 'sshd',
    program: 'sshd',
    action: 'failed_password',
    raw: 'Failed password',
    fields: { src_ip: ip, user: 'root' },
  },
});

describe('detection stage and alerts', () => {
  it('a match becomes an alert with rule, host, severity, ATT&CK tags, evidence, first/last seen and count', () => {
    const t = setup();
    const id = t.ingest('agent-1', tmpExec());
    const [a] = t.service.list();
    expect(a).toMatchObject({
      ruleId: TMP_RULE.id,
      ruleTitle: TMP_RULE.title,
      agentId: 'agent-1',
      severity: 'high',
      status: 'new',
      count: 1,
      group: { Image: '/tmp/x' },
    });
    expect(a!.attack).toContain('T1204.002');
    expect(a!.tags).toContain('attack.execution');
    const d = t.service.get(a!.id)!;
    expect(d.evidence.map((e) => e.eventId)).toEqual([id]);
    expect(d.history).toMatchObject([{ actor: 'detection', from: null, to: 'new' }]);
    expect(t.stage.drain().map((r) => r.outcome)).toEqual(['created']);
  });

  it('repeats of one rule + group key within the window update one alert; evidence is capped, the count is not', () => {
    const t = setup();
    for (let i = 0; i < 5; i++) {
      t.ingest('agent-1', tmpExec());
      t.tick(60_000);
    }
    t.ingest('agent-1', tmpExec('/tmp/other'));
    t.ingest('agent-2', tmpExec());
    const list = t.service.list();
    expect(list).toHaveLength(3);
    const main = list.find((a) => a.agentId === 'agent-1' && a.group.Image === '/tmp/x')!;
    expect(main).toMatchObject({ count: 5, evidenceCount: 3, firstSeenMs: t.now() - 5 * 60_000, lastSeenMs: t.now() - 60_000 });
    expect(t.service.get(main.id)!.evidence).toHaveLength(3);
    t.tick(2 * 3_600_000);
    t.ingest('agent-1', tmpExec());
    expect(t.service.list({ agentId: 'agent-1' }).filter((a) => a.group.Image === '/tmp/x')).toHaveLength(2);
  });

  it('status changes record who and when; a repeat after resolution opens a new alert', () => {
    const t = setup();
    t.ingest('agent-1', tmpExec());
    const a = t.service.list()[0]!;
    t.tick(1000);
    t.service.updateStatus(a.id, 'acknowledged', 'alice', 'looking');
    t.ingest('agent-1', tmpExec());
    expect(t.service.get(a.id)!.alert.count).toBe(2);
    t.tick(1000);
    const r = t.service.updateStatus(a.id, 'resolved', 'bob');
    expect(r).toMatchObject({ status: 'resolved', statusBy: 'bob', statusAtMs: t.now() });
    expect(t.service.get(a.id)!.history.map((h) => [h.actor, h.from, h.to, h.note])).toEqual([
      ['detection', null, 'new', ''],
      ['alice', 'new', 'acknowledged', 'looking'],
      ['bob', 'acknowledged', 'resolved', ''],
    ]);
    t.ingest('agent-1', tmpExec());
    expect(t.service.list()).toHaveLength(2);
    t.service.updateStatus(a.id, 'false_positive', 'carol');
    expect(t.service.get(a.id)!.alert.status).toBe('false_positive');
    expect(() => t.service.updateStatus(a.id, 'bogus' as never, 'x')).toThrow(/status/);
    expect(() => t.service.updateStatus('nope', 'resolved', 'x')).toThrow(/no alert/);
  });

  it('a suppression for rule + host mutes that host only and counts what it hides, until it expires', () => {
    const t = setup();
    const s = t.service.suppress({ ruleId: TMP_RULE.id, agentId: 'agent-1', reason: 'build box', createdBy: 'alice', expiresAtMs: t.now() + 60_000 });
    t.ingest('agent-1', tmpExec());
    t.ingest('agent-1', tmpExec());
    t.ingest('agent-2', tmpExec());
    expect(t.service.list().map((a) => a.agentId)).toEqual(['agent-2']);
    expect(t.service.listSuppressions()[0]).toMatchObject({ id: s.id, hits: 2, createdBy: 'alice' });
    expect(t.service.suppressionHits(s.id)).toMatchObject([{ agentId: 'agent-1', count: 2, group: { Image: '/tmp/x' }, lastEventId: 'ev-2' }]);
    t.tick(61_000);
    t.ingest('agent-1', tmpExec());
    expect(
      t.service
        .list()
        .map((a) => a.agentId)
        .sort(),
    ).toEqual(['agent-1', 'agent-2']);
  });

  it('a suppression for rule + field value mutes only matches with that value (event fields too)', () => {
    const t = setup();
    t.service.suppress({ ruleId: TMP_RULE.id, field: 'User', value: 'builder', reason: 'ci', createdBy: 'alice' });
    t.ingest('agent-1', { processStart: { pid: 5, ppid: 1, exe: '/tmp/x', argv: ['x'], user: 'builder' } });
    t.ingest('agent-1', { processStart: { pid: 5, ppid: 1, exe: '/tmp/y', argv: ['y'], user: 'www-data' } });
    expect(t.service.list().map((a) => a.group.Image)).toEqual(['/tmp/y']);
    const removed = t.service.unsuppress(t.service.listSuppressions()[0]!.id, 'bob');
    expect(removed).toMatchObject({ removedBy: 'bob', hits: 1 });
    t.ingest('agent-1', { processStart: { pid: 5, ppid: 1, exe: '/tmp/x', argv: ['x'], user: 'builder' } });
    expect(t.service.list()).toHaveLength(2);
    expect(() => t.service.suppress({ ruleId: 'no-such-rule', agentId: 'a', reason: '', createdBy: 'x' })).toThrow(/no loaded rule/);
    expect(() => t.service.suppress({ ruleId: TMP_RULE.id, reason: '', createdBy: 'x' })).toThrow(/host, a field value/);
  });

  it('correlation alerts (SSH brute force) carry the group and the triggering events; open alerts count per host', () => {
    const t = setup();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push(t.ingest('agent-1', sshFail('203.0.113.9'), t.now()));
      t.tick(5000);
    }
    const list = t.service.list();
    expect(list.map((a) => a.ruleTitle)).toEqual([BRUTE.title]);
    expect(list[0]).toMatchObject({ group: { src_ip: '203.0.113.9' }, count: 10, severity: 'medium', ruleKind: 'correlation' });
    expect(t.service.get(list[0]!.id)!.evidence.map((e) => e.eventId)).toEqual(ids.slice(0, 3));
    expect(t.service.openAlerts('agent-1')).toMatchObject({ medium: 1, high: 0 });
  });

  it('alerts survive reopening the database file', () => {
    const t = setup();
    t.ingest('agent-1', tmpExec());
    t.db.close();
    const db2 = openDatabase({ path: t.path, migrations: [alertsMigration, alertsTrustMigration] });
    expect(new SqliteAlertStore(db2, { dedupeWindowMs: 1, maxEvidencePerAlert: 1 }).list({ limit: 10 })).toHaveLength(1);
    db2.close();
  });
});
