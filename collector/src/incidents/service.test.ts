import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { openDatabase, type Db } from '../store/db.js';
import { alertsMigration, alertsTrustMigration, AlertStore } from '../alerts/store.js';
import { commandsMigration, SqliteCommandStore } from '../commands/store.js';
import { IncidentStore, incidentsMigration } from './store.js';
import { EvidenceFileStore } from './files-store.js';
import { auditMigrations, SqliteAuditLog } from '../audit/store.js';
import { CommandService } from '../commands/service.js';
import { commandsOptionsSchema } from '../commands/options.js';
import { IncidentService } from './service.js';
import { incidentOptionsSchema } from './options.js';
import { renderMarkdown } from './report.js';

let dir: string;
let db: Db;
let now: number;
let alerts: AlertStore;
let commands: CommandService;
let svc: IncidentService;

function raise(agentId = 'a1', firstMs = now - 400, severity = 'high', ruleId = 'vigil-tmp-exec') {
  return alerts.record(
    {
      ruleId,
      ruleTitle: 'Binary run from /tmp',
      ruleKind: 'detection',
      description: '',
      severity,
      tags: [],
      attack: ['T1059'],
      agentId,
      group: {},
      groupKey: ruleId,
      eventIds: ['e1'],
      eventTimesMs: [firstMs],
      count: 1,
      firstMs,
      lastMs: firstMs,
    },
    now,
  ).alert;
}

function finish(id: string, status = vigil.v1.CommandStatus.SUCCEEDED, output: Record<string, unknown> = {}) {
  const row = commands.get(id)!;
  commands.onResult(row.agentId, { commandId: id, status, message: 'done', outputJson: JSON.stringify(output), startedAtMs: now, finishedAtMs: now });
  svc.onCommand(commands.get(id)!, () => undefined);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-inc-'));
  db = openDatabase({
    path: join(dir, 'events.db'),
    migrations: [...auditMigrations, alertsMigration, alertsTrustMigration, commandsMigration, incidentsMigration],
  });
  now = Date.UTC(2025, 5, 1, 12);
  const clock = () => now;
  alerts = new AlertStore(db, { dedupeWindowMs: 60_000, maxEvidencePerAlert: 10 });
  const audit = new SqliteAuditLog(db, clock);
  commands = new CommandService({
    store: new SqliteCommandStore(db),
    privateKey: generateKeyPairSync('ed25519').privateKey,
    send: () => true,
    audit,
    logger: silentLogger(),
    clock,
    options: commandsOptionsSchema.parse({}),
  });
  svc = new IncidentService({
    store: new IncidentStore(db),
    files: new EvidenceFileStore(db),
    alert: (id) => {
      const a = alerts.get(id);
      return a ? { alert: a, evidence: alerts.evidence(id) } : undefined;
    },
    commands: () => commands,
    event: () => undefined,
    hostname: (id) => ({ a1: 'web-1', a2: 'db-1' })[id],
    audit,
    logger: silentLogger(),
    clock,
    options: incidentOptionsSchema.parse({ autoGroup: { enabled: true, windowMs: 60_000 } }),
  });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('incident service', () => {
  it('carries one incident from alert to closed review, with checklist, metrics and report', () => {
    const alert = raise();
    now += 1000;
    const inc = svc.open({ source: 'alerts', actor: 'alice', alertIds: [alert.id] });
    expect(inc).toMatchObject({ title: 'Binary run from /tmp on web-1', severity: 'high', phase: 'identified', hosts: ['a1'] });

    now += 5000;
    const iso = svc.issueCommand(inc.id, { agentId: 'a1', action: 'isolate', params: {} }, 'alice');
    now += 2000;
    finish(iso.id, vigil.v1.CommandStatus.SUCCEEDED, { applied: true });
    svc.movePhase(inc.id, 'contained', 'alice');
    expect(() => svc.movePhase(inc.id, 'remediated', 'alice')).toThrow(/assessed next/);
    now += 1000;
    svc.addNote(inc.id, 'owner informed', 'bob');
    svc.movePhase(inc.id, 'assessed', 'alice');

    const [item] = svc.detail(inc.id).checklist;
    expect(item).toMatchObject({ kind: 'undo', action: 'release', status: 'open', label: 'Release web-1 from isolation' });
    now += 1000;
    const running = svc.runChecklistItem(inc.id, item!.id, 'alice');
    expect(running.status).toBe('running');
    expect(commands.get(running.undoCommandId!)!.action).toBe('release');
    now += 1000;
    finish(running.undoCommandId!);
    expect(svc.detail(inc.id).checklist[0]).toMatchObject({ status: 'done', doneBy: 'alice', doneAtMs: now });
    svc.addChecklistItem(inc.id, 'Rotate SSH keys', '', 'bob');
    svc.movePhase(inc.id, 'remediated', 'alice');
    expect(() => svc.movePhase(inc.id, 'closed', 'alice')).toThrow(/review/);
    now += 500;
    svc.setReview(
      inc.id,
      { rootCause: 'weak password', whatWorked: 'isolation', whatDidNot: 'alert routing', followUps: [{ text: 'enforce keys', owner: 'ops' }] },
      'alice',
    );
    now += 1000;
    const closed = svc.movePhase(inc.id, 'closed', 'alice');
    expect(closed.closedAtMs).toBe(now);

    const d = svc.detail(inc.id);
    expect(d.metrics).toEqual({ timeToDetectMs: 400, timeToContainMs: 8000, timeToRemediateMs: 3000 });
    expect(d.timeline.map((e) => e.type)).toEqual([
      'alert',
      'phase',
      'command',
      'command_result',
      'phase',
      'note',
      'phase',
      'command',
      'command_result',
      'checklist',
      'phase',
      'review',
      'phase',
    ]);
    const md = renderMarkdown(svc.report(inc.id, 'carol'));
    expect(md).toContain('release');
    expect(md).toContain('weak password');
  });

  it('opens by hand only with a report source, and refuses unknown hosts and alerts', () => {
    expect(() => svc.open({ source: 'manual', actor: 'a', title: 'Odd login', hosts: ['a1'] })).toThrow(/report source/);
    expect(() => svc.open({ source: 'manual', actor: 'a', title: 'x', reportSource: 'mail', hosts: ['zz'] })).toThrow(/no host/);
    expect(() => svc.open({ source: 'alerts', actor: 'a', alertIds: ['nope'] })).toThrow(/no alert/);
    const i = svc.open({ source: 'manual', actor: 'a', title: 'Odd login', reportSource: 'phone call from Dana (ops)', hosts: ['a2'] });
    expect(i).toMatchObject({ source: 'manual', reportSource: 'phone call from Dana (ops)', severity: 'medium', hosts: ['a2'] });
  });

  it("groups a host's alerts within the window when the policy is on", () => {
    const first = svc.autoGroup(raise('a1', now - 10, 'high', 'r1'))!;
    now += 30_000;
    expect(svc.autoGroup(raise('a1', now - 10, 'critical', 'r2'))).toBe(first);
    expect(svc.autoGroup(raise('a1', now - 10, 'low', 'r3'))).toBeUndefined();
    expect(svc.autoGroup(raise('a2', now - 10, 'high', 'r4'))).not.toBe(first);
    now += 120_000;
    expect(svc.autoGroup(raise('a1', now - 10, 'high', 'r5'))).not.toBe(first);
    expect(svc.detail(first).incident.alertIds).toHaveLength(2);
  });

  it('ticks a checklist item when the undo ran from elsewhere, and builds undo for stop_service', () => {
    const inc = svc.open({ source: 'alerts', actor: 'alice', alertIds: [raise().id] });
    const stop = commands.issue({ agentId: 'a1', action: 'stop_service', params: { unit: 'nginx.service', mask: true }, operator: 'bob' });
    finish(stop.id, vigil.v1.CommandStatus.SUCCEEDED);
    const item = svc.detail(inc.id).checklist[0]!;
    expect(item).toMatchObject({ action: 'start_service', params: { unit: 'nginx.service', unmask: true, enable: false } });
    now += 1000;
    const start = commands.issue({ agentId: 'a1', action: 'start_service', params: { unit: 'nginx.service', unmask: true }, operator: 'carol' });
    finish(start.id);
    expect(svc.detail(inc.id).checklist[0]).toMatchObject({ status: 'done', doneBy: 'carol', undoCommandId: start.id });
  });
});
