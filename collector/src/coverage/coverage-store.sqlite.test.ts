// The CoverageStore contract against SQLite on a real database file, plus what only the SQLite table shows:
// a minute's row with its report count and last event, and the index a host's sum uses.
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../store/db.js';
import { openTempDatabase } from '../store/testkit-db.js';
import { coverageMigration, SqliteCoverageStore } from './store.js';
import { describeCoverageStoreContract, minute } from './coverage-store.contract.js';

function openSqlite(): { store: SqliteCoverageStore; db: Db; close(): void } {
  const t = openTempDatabase('coverage', [coverageMigration]);
  return { store: new SqliteCoverageStore(t.db), ...t };
}

describeCoverageStoreContract('SqliteCoverageStore', openSqlite);

describe('SqliteCoverageStore', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('keeps one row per host and minute; a second record of a minute (agent restart) adds to it', () => {
    const t = openSqlite();
    close = () => t.close();
    const { store, db } = t;
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
  });

  it("sums a host's minutes from its primary key", () => {
    const { db, ...t } = openSqlite();
    close = () => t.close();
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT SUM(kernel_execs) FROM coverage_minutes WHERE agent_id = ? AND minute_ms > ? AND minute_ms <= ?')
      .all('a1', 0, 1) as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/PRIMARY KEY|agent_id/);
  });
});
