// The ledger on the ingest path with the real detect alert path: rows per host-minute, and the
// "telemetry degraded" alert for coverage under the threshold over the window or records lost, never for
// an idle host, once per host (repeats update it).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinRulesDir, DetectionEngine, loadRuleDirs } from '@vigil/detect';
import { silentLogger } from '@vigil/logger';
import { vigil } from '@vigil/proto';
import { openDatabase } from '../store/db.js';
import { alertsMigrations, SqliteAlertStore } from '../alerts/store.js';
import { SqliteSuppressionStore } from '../alerts/suppressions-store.js';
import { DetectStage } from '../alerts/stage.js';
import { AlertService } from '../alerts/service.js';
import { StageAlerts } from '../alerts/stage-alerts.js';
import type { StoredEvent } from '../events/types.js';
import { coverageOptionsSchema } from './options.js';
import { coverageMigration, SqliteCoverageStore } from './store.js';
import { CoverageStage, coverageMinuteOf, MAX_COUNT_PER_MINUTE } from './stage.js';
import { TELEMETRY_DEGRADED_RULE } from './rule.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const M = 60_000;
const T0 = 1_700_000_040_000;

function setup(overrides: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), `vigil-coverage-stage-${process.pid}-`));
  dirs.push(dir);
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [...alertsMigrations, coverageMigration] });
  const now = T0 + 30 * M;
  const rules = loadRuleDirs([builtinRulesDir()]);
  const alertStore = new SqliteAlertStore(db, { dedupeWindowMs: 3_600_000, maxEvidencePerAlert: 100 });
  const suppressions = new SqliteSuppressionStore(db);
  const detect = new DetectStage({
    engine: new DetectionEngine(rules),
    alerts: alertStore,
    suppressions,
    clock: () => now,
    logger: silentLogger(),
    sweepIntervalMs: 60_000,
  });
  const alerts = new AlertService({ alerts: alertStore, suppressions, rules, clock: () => now, maxPageSize: 1001 });
  const sink = new StageAlerts(detect, alerts);
  sink.register(TELEMETRY_DEGRADED_RULE);
  const store = new SqliteCoverageStore(db);
  const options = coverageOptionsSchema.parse(overrides);
  const stage = new CoverageStage({ store, options, alerts: sink, clock: () => now, logger: silentLogger(), atomic: (fn) => db.transaction(fn)() });
  let seq = 0;
  const feed = (agentId: string, minute: number, c: Record<string, unknown>): string => {
    const id = `${agentId}-${++seq}`;
    const minuteNs = BigInt(T0 + minute * M) * 1_000_000n;
    const event = vigil.v1.Event.fromObject({
      id,
      agentId,
      seq,
      timeNs: String(minuteNs + 60_000_000_000n),
      coverage: { minuteStartNs: String(minuteNs), processSource: 'audit', ...c },
    });
    const se: StoredEvent = { id, agentId, seq, timeNs: minuteNs + 60_000_000_000n, kind: 'coverage', event };
    db.transaction(() => stage.onEvents(agentId, [se]))();
    return id;
  };
  const degraded = () => alerts.list({ ruleId: TELEMETRY_DEGRADED_RULE.id });
  return { db, store, stage, alerts, feed, degraded };
}

describe('coverage stage', () => {
  it('records each minute and raises nothing while coverage holds', () => {
    const t = setup();
    for (let i = 0; i < 12; i++) t.feed('a1', i, { kernelExecs: 1000, execsWithArgs: 999, execsPidOnly: 1 });
    expect(t.stage.counters).toMatchObject({ records: 12, alertsRaised: 0 });
    expect(t.store.totals('a1', T0 - M, T0 + 11 * M)).toMatchObject({ minutes: 12, kernelExecs: 12_000, execsWithArgs: 11_988 });
    expect(t.degraded()).toEqual([]);
  });

  it('coverage under 99 % over the last 10 minutes raises one high alert per host, with ATT&CK tags and evidence; repeats update it', () => {
    const t = setup();
    // a healthy window first, then two bad minutes: the window sum crosses the threshold on the second
    for (let i = 0; i < 10; i++) t.feed('a1', i, { kernelExecs: 100, execsWithArgs: 100 });
    t.feed('a1', 10, { kernelExecs: 100, execsWithArgs: 95, execsPidOnly: 5 });
    expect(t.degraded()).toEqual([]); // 995 of 1000 = 99.5 %
    const bad = t.feed('a1', 11, { kernelExecs: 100, execsWithArgs: 90, execsPidOnly: 0 });
    const [a] = t.degraded();
    expect(a).toMatchObject({
      agentId: 'a1',
      severity: 'high',
      status: 'new',
      count: 1,
      attack: ['T1562.012', 'T1562.001'],
      group: { ProcessSource: 'audit', Cause: 'exec coverage 98.50 % in the last 10 minutes: 15 of 1,000 without arguments' },
    });
    expect(a!.tags).toEqual(expect.arrayContaining(['attack.t1562.012', 'attack.t1562.001']));
    expect(t.alerts.get(a!.id)!.evidence.map((e) => e.eventId)).toEqual([bad]);
    const next = t.feed('a1', 12, { kernelExecs: 100, execsWithArgs: 50, execsPidOnly: 50 });
    expect(t.degraded()).toHaveLength(1);
    expect(t.degraded()[0]).toMatchObject({ count: 2 });
    expect(t.alerts.get(a!.id)!.evidence.map((e) => e.eventId)).toEqual([bad, next]);
    expect(t.stage.counters.alertsRaised).toBe(2);
  });

  it('an idle host never alerts: fewer execs than alertMinExecs in the window', () => {
    const t = setup();
    for (let i = 0; i < 10; i++) t.feed('idle', i, { kernelExecs: 1, execsWithArgs: i === 3 ? 0 : 1, execsPidOnly: i === 3 ? 1 : 0 });
    expect(t.degraded()).toEqual([]); // 9 of 10: 90 %, but only 10 execs
    const busy = setup({ alertMinExecs: 5 });
    for (let i = 0; i < 10; i++) busy.feed('idle', i, { kernelExecs: 1, execsWithArgs: i === 3 ? 0 : 1, execsPidOnly: i === 3 ? 1 : 0 });
    expect(busy.degraded().map((x) => x.agentId)).toEqual(['idle']);
  });

  it('records lost in a minute raise it even at full coverage; a host whose rules vanished (kernel counts, nothing arrives) too', () => {
    const t = setup();
    t.feed('a1', 0, { kernelExecs: 500, execsWithArgs: 500, recordsLost: 42 });
    expect(t.degraded()[0]).toMatchObject({ agentId: 'a1', group: { Cause: '42 audit records lost in one minute' } });
    t.feed('a2', 0, { kernelExecs: 300, execsWithArgs: 0, execsPidOnly: 0, processSource: 'connector' });
    expect(t.degraded().find((x) => x.agentId === 'a2')).toMatchObject({
      group: { ProcessSource: 'connector', Cause: 'exec coverage 0.00 % in the last 10 minutes: 300 of 300 without arguments' },
    });
  });

  it('the window and threshold are config options; alert: false keeps the ledger and raises nothing', () => {
    const strict = setup({ alertBelowPercent: 99.99, alertWindowMs: 2 * M });
    strict.feed('a1', 0, { kernelExecs: 10_000, execsWithArgs: 9_990, execsPidOnly: 10 });
    expect(strict.degraded()).toHaveLength(1);
    const off = setup({ alert: false });
    off.feed('a1', 0, { kernelExecs: 100, execsWithArgs: 0, recordsLost: 9 });
    expect(off.degraded()).toEqual([]);
    expect(off.store.totals('a1', T0 - M, T0).minutes).toBe(1);
    expect(() => coverageOptionsSchema.parse({ alertBelowPercent: 101 })).toThrow();
    expect(() => coverageOptionsSchema.parse({ alertWindowMs: 1000 })).toThrow();
  });

  it('bounds what an agent claims: counts capped, strings cut, the minute from the record or the event time', () => {
    const ev = (c: Record<string, unknown>, timeNs = 5n * 60_000_000_000n + 7n) => ({
      id: 'x',
      agentId: 'a',
      seq: 1,
      timeNs,
      kind: 'coverage',
      event: vigil.v1.Event.fromObject({ coverage: c }),
    });
    const m = coverageMinuteOf(ev({ kernelExecs: '18446744073709551615', execsWithArgs: 3, processSource: 'a'.repeat(100), sourceReason: 'r'.repeat(1000) }))!;
    expect(m).toMatchObject({ minuteMs: 5 * M, kernelExecs: MAX_COUNT_PER_MINUTE, execsWithArgs: 3, execsPidOnly: 0 });
    expect([m.source.length, m.reason.length]).toEqual([32, 300]);
    expect(coverageMinuteOf(ev({ minuteStartNs: String(7n * 60_000_000_000n + 123n) }))!.minuteMs).toBe(7 * M);
    expect(coverageMinuteOf({ ...ev({}), event: vigil.v1.Event.fromObject({ log: { raw: 'x' } }) })).toBeUndefined();
    // capped values still sum exactly in SQLite (no integer overflow across a window)
    const t = setup();
    for (let i = 0; i < 10; i++) t.feed('big', i, { kernelExecs: '18446744073709551615', execsWithArgs: '18446744073709551615' });
    expect(t.store.totals('big', T0 - M, T0 + 9 * M).kernelExecs).toBe(10 * MAX_COUNT_PER_MINUTE);
  });

  it('a record whose alert cannot be written leaves no half of it behind, and the batch goes on', () => {
    const t = setup();
    t.db.exec('DROP TABLE alert_history'); // the alert insert fails after the minute row was written
    t.feed('a1', 0, { kernelExecs: 100, execsWithArgs: 0 });
    expect(t.stage.counters).toMatchObject({ records: 0, failures: 1 });
    expect(t.store.totals('a1', T0 - M, T0).minutes).toBe(0);
    t.feed('a1', 1, { kernelExecs: 100, execsWithArgs: 100 });
    expect(t.stage.counters).toMatchObject({ records: 1, failures: 1 });
  });
});
