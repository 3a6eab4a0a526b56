// Alerts raised by collector stages (not Sigma rules) share the rule matches' path: one open alert per
// rule + host + group key within the dedupe window, suppressions count them, the rules list names them.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRulesDir, DetectionEngine, loadRuleDirs } from '@vigil/detect';
import { silentLogger } from '@vigil/logger';
import { openDatabase } from '../store/db.js';
import { alertsMigrations, SqliteAlertStore } from './store.js';
import { SqliteSuppressionStore } from './suppressions-store.js';
import { DetectStage } from './stage.js';
import { AlertService } from './service.js';
import { StageAlerts } from './stage-alerts.js';
import type { StageRule } from './alert-sink.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const RULE: StageRule = {
  id: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
  title: 'stage rule under test',
  description: 'raised by a collector stage in code',
  level: 'high',
  tags: ['attack.defense-evasion', 'attack.t1562.012'],
  attack: ['T1562.012'],
  groupBy: ['Cause'],
  logsource: 'telemetry_coverage',
  file: 'collector/src/x.ts',
};

function setup() {
  const dir = mkdtempSync(join(tmpdir(), `vigil-stage-alerts-${process.pid}-`));
  dirs.push(dir);
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [...alertsMigrations] });
  let now = 1_700_000_000_000;
  const rules = loadRuleDirs([builtinRulesDir()]);
  const alerts = new SqliteAlertStore(db, { dedupeWindowMs: 3_600_000, maxEvidencePerAlert: 10 });
  const suppressions = new SqliteSuppressionStore(db);
  const stage = new DetectStage({
    engine: new DetectionEngine(rules),
    alerts,
    suppressions,
    clock: () => now,
    logger: silentLogger(),
    sweepIntervalMs: 60_000,
  });
  const service = new AlertService({ alerts, suppressions, rules, clock: () => now, maxPageSize: 1001 });
  const sink = new StageAlerts(stage, service);
  const raise = (agentId: string, eventId: string, cause = 'low coverage') =>
    db.transaction(() =>
      sink.raise(RULE, { agentId, group: { Cause: cause }, groupKey: '', eventIds: [eventId], eventTimesMs: [now], count: 1, firstMs: now, lastMs: now }),
    )();
  return { db, stage, service, sink, raise, tick: (ms: number) => (now += ms) };
}

describe('stage alerts', () => {
  it('a registered stage rule raises one alert per host, updated by repeats, listed with the rules', () => {
    const t = setup();
    expect(() => t.raise('agent-1', 'e0')).toThrow(/never registered/);
    t.sink.register(RULE);
    expect(t.raise('agent-1', 'e1')).toBe('created');
    t.tick(60_000);
    expect(t.raise('agent-1', 'e2', 'records lost')).toBe('updated');
    expect(t.raise('agent-2', 'e3')).toBe('created');
    const list = t.service.list();
    expect(list).toHaveLength(2);
    const a1 = list.find((a) => a.agentId === 'agent-1')!;
    expect(a1).toMatchObject({ ruleId: RULE.id, ruleTitle: RULE.title, severity: 'high', count: 2, attack: ['T1562.012'], group: { Cause: 'low coverage' } });
    expect(t.service.get(a1.id)!.evidence.map((e) => e.eventId)).toEqual(['e1', 'e2']);
    expect(t.stage.drain().map((r) => r.outcome)).toEqual(['created', 'updated', 'created']);
    expect(t.service.rules().find((r) => r.id === RULE.id)).toMatchObject({ title: RULE.title, logsource: 'telemetry_coverage', line: 0 });
  });

  it('a suppression for the stage rule and host counts the hits instead (and survives a rule reload)', () => {
    const t = setup();
    t.sink.register(RULE);
    t.service.setRules(loadRuleDirs([builtinRulesDir()]));
    t.service.suppress({ ruleId: RULE.id, agentId: 'agent-1', reason: 'lab host', createdBy: 'alice' });
    expect(t.raise('agent-1', 'e1')).toBe('suppressed');
    expect(t.service.list()).toEqual([]);
    expect(t.service.listSuppressions()[0]).toMatchObject({ hits: 1 });
    t.service.suppress({ ruleId: RULE.id, field: 'Cause', value: 'records lost', reason: 'known flood', createdBy: 'alice' });
    expect(t.raise('agent-2', 'e2', 'records lost')).toBe('suppressed');
    expect(t.raise('agent-2', 'e3', 'low coverage')).toBe('created');
  });
});
