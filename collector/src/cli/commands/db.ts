// `vigil-collector db check|salvage`: what an operator runs when events.db is damaged (issue 14). check runs
// SQLite's integrity check read-only (beside a running collector too); salvage rebuilds the file from its
// readable rows with the collector stopped (store/salvage.ts) and prints what was kept and what was lost.
import Database from 'better-sqlite3';
import type { CliCommand, CliIo } from '@vigil/cli';
import { dataPaths } from '../../datadir.js';
import { collectorMigrations } from '../../migrations.js';
import { eventsSalvage } from '../../events/salvage.js';
import { isDamageError, salvageRemedy } from '../../store/damage.js';
import { integrityProblems, MAX_INTEGRITY_MESSAGES } from '../../store/integrity.js';
import { salvageDatabase, type SalvageReport } from '../../store/salvage.js';
import { configFor, parse } from '../options.js';

function check(path: string, maxMessages: number, io: CliIo): number {
  let problems: string[];
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      problems = integrityProblems(db, 'full', maxMessages);
    } finally {
      db.close();
    }
  } catch (err) {
    if (!isDamageError(err)) throw err;
    problems = [`SQLite: ${(err as Error).message}`];
  }
  if (problems.length === 0) {
    io.out(`${path}: ok`);
    return 0;
  }
  const more = problems.length >= maxMessages ? ' or more' : '';
  io.out(`${path}: damaged (${problems.length}${more} problem${problems.length === 1 && !more ? '' : 's'} found)`);
  for (const p of problems) io.out(`  ${p}`);
  io.out(`remedy: stop the collector, then run "${salvageRemedy(path)}"`);
  return 1;
}

function print(report: SalvageReport, io: CliIo): void {
  for (const t of report.tables) {
    const lost = t.lost === null ? 'an unknown number' : String(t.lost);
    const where = t.lostRanges.length
      ? ` (${t.lostRowids.length ? 'rowids ' : 'keys '}${t.lostRanges.map((r) => (r.from === r.to ? r.from : `${r.from}..${r.to}`)).join(', ')})`
      : '';
    if (t.lost !== 0 || t.lostRanges.length) io.out(`${t.table}: ${t.copied} rows copied, ${lost} lost${where}`);
    else io.out(`${t.table}: ${t.copied} rows copied, none lost`);
  }
  for (const line of report.notes) io.out(line);
  io.out(`the damaged file is kept: ${report.swap.kept.join(', ')}`);
}

export const dbCommand: CliCommand = {
  name: 'db',
  summary: 'check the database file, or salvage a damaged one into a new file',
  help: [
    'Usage: vigil-collector db check [--data DIR] [--max N]',
    '       vigil-collector db salvage [--data DIR]',
    '',
    "check runs SQLite's integrity check on DIR/events.db, read-only (a running collector may keep",
    'running), and prints "ok" or the problems found (at most N, default 100); exit code 0 or 1.',
    '',
    "salvage (collector stopped) builds a new events.db with the collector's own schema, copies every",
    'readable row of every table into it, rebuilds the full-text index, records each run of lost events',
    'as a gap (reason collector_storage_damaged), then swaps the files: the damaged one and its -wal/-shm',
    'go to DIR/damaged/ with a timestamp, never deleted. Prints per table the rows copied and lost.',
    '',
    'Options:',
    '  --data DIR       data folder (default ./data)',
    '  --max N          check: report at most N problems (default 100)',
    '',
    'Examples:',
    '  vigil-collector db check --data ./data',
    '  systemctl stop vigil-collector && vigil-collector db salvage --data ./data',
  ].join('\n'),
  async run(argv, io) {
    const { values, positionals } = parse(argv, { max: { type: 'string' } });
    const action = positionals[0];
    if (action !== 'check' && action !== 'salvage') {
      io.err('vigil-collector db: expected "check" or "salvage" (see --help)');
      return 2;
    }
    const paths = dataPaths(configFor(values, io.env).dataDir);
    if (action === 'check') {
      const max = values.max === undefined ? MAX_INTEGRITY_MESSAGES : Number(values.max);
      if (!Number.isInteger(max) || max < 1 || max > 10_000) throw new Error('--max must be a whole number from 1 to 10000');
      return check(paths.eventsDb, max, io);
    }
    const report = salvageDatabase({ path: paths.eventsDb, migrations: collectorMigrations, hooks: [eventsSalvage], clock: Date.now });
    print(report, io);
    return 0;
  },
};
