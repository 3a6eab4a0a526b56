// The coverage ledger's table: one row per host and minute (execs counted by the kernel, with arguments,
// pid only, audit records lost, the source and its reason). This module is the only one that writes SQL
// against it; retention prunes it with the events.
import type { Db, Migration } from '../store/db.js';
import type { CoverageLatest, CoverageMinute, CoverageStore, CoverageTotals } from './types.js';

export const coverageMigration: Migration = {
  id: 'coverage-1',
  up(db) {
    db.exec(`
      CREATE TABLE coverage_minutes (
        agent_id TEXT NOT NULL,
        minute_ms INTEGER NOT NULL,
        kernel_execs INTEGER NOT NULL,
        execs_with_args INTEGER NOT NULL,
        execs_pid_only INTEGER NOT NULL,
        records_lost INTEGER NOT NULL,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        reports INTEGER NOT NULL,
        event_id TEXT NOT NULL,
        received_ms INTEGER NOT NULL,
        PRIMARY KEY (agent_id, minute_ms)
      ) WITHOUT ROWID;
      CREATE INDEX coverage_minutes_time ON coverage_minutes (minute_ms);
    `);
  },
};

interface TotalsRow {
  agent_id?: string;
  minutes: number;
  kernel_execs: number | null;
  execs_with_args: number | null;
  execs_pid_only: number | null;
  records_lost: number | null;
}

const toTotals = (r: TotalsRow | undefined): CoverageTotals => ({
  minutes: r?.minutes ?? 0,
  kernelExecs: r?.kernel_execs ?? 0,
  execsWithArgs: r?.execs_with_args ?? 0,
  execsPidOnly: r?.execs_pid_only ?? 0,
  recordsLost: r?.records_lost ?? 0,
});

const SUMS =
  'COUNT(*) AS minutes, SUM(kernel_execs) AS kernel_execs, SUM(execs_with_args) AS execs_with_args, SUM(execs_pid_only) AS execs_pid_only, SUM(records_lost) AS records_lost';

export class SqliteCoverageStore implements CoverageStore {
  private readonly stmt;

  constructor(db: Db) {
    this.stmt = {
      add: db.prepare(`
        INSERT INTO coverage_minutes (agent_id, minute_ms, kernel_execs, execs_with_args, execs_pid_only, records_lost, source, reason, reports, event_id, received_ms)
        VALUES (@agentId, @minuteMs, @kernelExecs, @execsWithArgs, @execsPidOnly, @recordsLost, @source, @reason, 1, @eventId, @receivedMs)
        ON CONFLICT (agent_id, minute_ms) DO UPDATE SET
          kernel_execs = kernel_execs + excluded.kernel_execs,
          execs_with_args = execs_with_args + excluded.execs_with_args,
          execs_pid_only = execs_pid_only + excluded.execs_pid_only,
          records_lost = records_lost + excluded.records_lost,
          source = excluded.source, reason = excluded.reason, reports = reports + 1,
          event_id = excluded.event_id, received_ms = excluded.received_ms`),
      totals: db.prepare(`SELECT ${SUMS} FROM coverage_minutes WHERE agent_id = ? AND minute_ms > ? AND minute_ms <= ?`),
      totalsByAgent: db.prepare(`SELECT agent_id, ${SUMS} FROM coverage_minutes WHERE minute_ms > ? AND minute_ms <= ? GROUP BY agent_id`),
      latest: db.prepare('SELECT minute_ms, source, reason FROM coverage_minutes WHERE agent_id = ? ORDER BY minute_ms DESC LIMIT 1'),
      // SQLite: the bare columns of a MAX() aggregate come from the row holding the maximum
      latestByAgent: db.prepare('SELECT agent_id, MAX(minute_ms) AS minute_ms, source, reason FROM coverage_minutes GROUP BY agent_id'),
      prune: db.prepare('DELETE FROM coverage_minutes WHERE minute_ms < ?'),
    };
  }

  add(agentId: string, m: CoverageMinute, receivedMs: number): void {
    this.stmt.add.run({ agentId, ...m, receivedMs });
  }

  totals(agentId: string, fromMs: number, toMs: number): CoverageTotals {
    return toTotals(this.stmt.totals.get(agentId, fromMs, toMs) as TotalsRow | undefined);
  }

  totalsByAgent(fromMs: number, toMs: number): Map<string, CoverageTotals> {
    const rows = this.stmt.totalsByAgent.all(fromMs, toMs) as TotalsRow[];
    return new Map(rows.map((r) => [r.agent_id!, toTotals(r)]));
  }

  latest(agentId: string): CoverageLatest | undefined {
    const r = this.stmt.latest.get(agentId) as { minute_ms: number; source: string; reason: string } | undefined;
    return r ? { minuteMs: r.minute_ms, source: r.source, reason: r.reason } : undefined;
  }

  latestByAgent(): Map<string, CoverageLatest> {
    const rows = this.stmt.latestByAgent.all() as Array<{ agent_id: string; minute_ms: number; source: string; reason: string }>;
    return new Map(rows.map((r) => [r.agent_id, { minuteMs: r.minute_ms, source: r.source, reason: r.reason }]));
  }

  prune(beforeMs: number): number {
    return this.stmt.prune.run(beforeMs).changes;
  }
}
