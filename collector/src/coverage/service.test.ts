import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase } from '../store/db.js';
import { coverageMigration, SqliteCoverageStore } from './store.js';
import { CoverageLedger } from './service.js';
import { coverageOptionsSchema } from './options.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const M = 60_000;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), `vigil-coverage-svc-${process.pid}-`));
  dirs.push(dir);
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [coverageMigration] });
  const store = new SqliteCoverageStore(db);
  let now = 1_700_003_600_000;
  const ledger = new CoverageLedger({ store, options: coverageOptionsSchema.parse({}), clock: () => now });
  const add = (agentId: string, minutesAgo: number, k: number, w: number, p: number, lost = 0, source = 'audit') =>
    store.add(
      agentId,
      {
        minuteMs: Math.floor(now / M) * M - minutesAgo * M,
        kernelExecs: k,
        execsWithArgs: w,
        execsPidOnly: p,
        recordsLost: lost,
        source,
        reason: `${source}: ok`,
        eventId: 'e',
      },
      now,
    );
  return { ledger, add, tick: (ms: number) => (now += ms), db };
}

describe('coverage ledger views', () => {
  it('a host over the last hour: counts, ratio, percent, text, source and reason; older minutes left out', () => {
    const t = setup();
    t.add('a1', 90, 5000, 0, 0); // outside the hour
    for (let i = 0; i < 59; i++) t.add('a1', i, 176, 176, 0);
    t.add('a1', 59, 28, 25, 3);
    const c = t.ledger.forHost('a1')!;
    expect(c).toMatchObject({
      windowMs: 3_600_000,
      minutes: 60,
      kernelExecs: 10_412,
      execsWithArgs: 10_409,
      execsPidOnly: 3,
      execsCounted: 10_412,
      execsWithoutArgs: 3,
      percent: '99.97',
      degraded: false,
      source: 'audit',
      reason: 'audit: ok',
    });
    expect(c.text).toBe('exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments');
    expect(c.ratio).toBeCloseTo(10_409 / 10_412, 10);
    expect(t.ledger.forHost('never')).toBeUndefined();
  });

  it('degraded under the threshold with enough execs, or with records lost; quiet or stale hosts are not', () => {
    const t = setup();
    t.add('low', 1, 100, 90, 10);
    t.add('lost', 1, 100, 100, 0, 7);
    t.add('idle', 1, 3, 1, 2);
    t.add('stale', 120, 100, 0, 0);
    const all = t.ledger.all();
    expect([...all.keys()].sort()).toEqual(['idle', 'lost', 'low', 'stale']);
    expect(all.get('low')).toMatchObject({ degraded: true, percent: '90.00' });
    expect(all.get('lost')).toMatchObject({ degraded: true, percent: '100', recordsLost: 7 });
    expect(all.get('idle')).toMatchObject({ degraded: false, percent: '33.33' });
    expect(all.get('stale')).toMatchObject({ degraded: false, ratio: null, percent: null, minutes: 0, text: 'no coverage report in the last hour' });
  });

  it('counts records lost since start per host', () => {
    const t = setup();
    t.ledger.noteRecordsLost('a1', 5);
    t.ledger.noteRecordsLost('a1', 0);
    t.ledger.noteRecordsLost('a1', 2);
    expect([...t.ledger.recordsLostSinceStart()]).toEqual([['a1', 7]]);
  });
});
