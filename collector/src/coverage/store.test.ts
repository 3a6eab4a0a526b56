import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase, type Db } from '../store/db.js';
import { coverageMigration, SqliteCoverageStore } from './store.js';
import type { CoverageMinute } from './coverage.js';

let dir: string;
let db: Db;
let store: SqliteCoverageStore;
const M = 60_000;
const minute = (i: number, extra: Partial<CoverageMinute> = {}): CoverageMinute => ({
  minuteMs: 1_700_000_040_000 + i * M,
  kernelExecs: 100,
  execsWithArgs: 99,
  execsPidOnly: 1,
  recordsLost: 0,
  source: 'audit',
  reason: 'audit: ok',
  eventId: `e${i}`,
  ...extra,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), `vigil-coverage-${process.pid}-`));
  db = openDatabase({ path: join(dir, 'events.db'), migrations: [coverageMigration] });
  store = new SqliteCoverageStore(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('coverage store', () => {
  it('keeps one row per host and minute; a second record of a minute (agent restart) adds to it', () => {
    store.add('a1', minute(0), 1);
    store.add(
      'a1',
      minute(0, {
        kernelExecs: 10,
        execsWithArgs: 5,
        execsPidOnly: 5,
        recordsLost: 3,
        source: 'connector',
        reason: 'audit: rules locked (-e 2)',
        eventId: 'e0b',
      }),
      2,
    );
    const row = db.prepare('SELECT * FROM coverage_minutes').all();
    expect(row).toEqual([
      expect.objectContaining({
        agent_id: 'a1',
        kernel_execs: 110,
        execs_with_args: 104,
        execs_pid_only: 6,
        records_lost: 3,
        source: 'connector',
        reports: 2,
        event_id: 'e0b',
      }),
    ]);
    expect(store.latest('a1')).toEqual({ minuteMs: minute(0).minuteMs, source: 'connector', reason: 'audit: rules locked (-e 2)' });
    expect(store.latest('a2')).toBeUndefined();
  });

  it('sums a host over (from, to], and every host in one query', () => {
    for (let i = 0; i < 10; i++) store.add('a1', minute(i), 1);
    store.add('a2', minute(5, { kernelExecs: 7, execsWithArgs: 7, execsPidOnly: 0, source: 'poll' }), 1);
    const to = minute(9).minuteMs;
    expect(store.totals('a1', to - 3 * M, to)).toEqual({ minutes: 3, kernelExecs: 300, execsWithArgs: 297, execsPidOnly: 3, recordsLost: 0 });
    expect(store.totals('a1', to + M, to + 5 * M)).toEqual({ minutes: 0, kernelExecs: 0, execsWithArgs: 0, execsPidOnly: 0, recordsLost: 0 });
    const all = store.totalsByAgent(to - 10 * M, to);
    expect([...all.keys()].sort()).toEqual(['a1', 'a2']);
    expect(all.get('a2')).toMatchObject({ minutes: 1, kernelExecs: 7 });
    expect(store.latestByAgent().get('a1')).toMatchObject({ minuteMs: to, source: 'audit' });
    expect(store.latestByAgent().get('a2')).toMatchObject({ source: 'poll' });
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT SUM(kernel_execs) FROM coverage_minutes WHERE agent_id = ? AND minute_ms > ? AND minute_ms <= ?')
      .all('a1', 0, 1) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/PRIMARY KEY|agent_id/);
  });

  it('prunes minutes older than a cutoff', () => {
    for (let i = 0; i < 5; i++) store.add('a1', minute(i), 1);
    expect(store.prune(minute(3).minuteMs)).toBe(3);
    expect(store.totals('a1', 0, Number.MAX_SAFE_INTEGER).minutes).toBe(2);
  });
});
