// Copies one table's readable rows from a damaged database into a new one. Rowid tables are walked in
// windows of rowids; a window that raises SQLITE_CORRUPT is halved until single rows, so only the rows SQLite
// cannot read are lost, and each lost run is reported as a rowid range (with how many rows an intact index
// says it held). Tables without rowid are read in key order from both ends up to the damage.
import type Database from 'better-sqlite3';
import { isDamageError } from './damage.js';

type Db = Database.Database;

/** Rowids read per step before any damage is met (memory stays bounded whatever the table holds). */
export const SALVAGE_WINDOW_ROWS = 1000;

export interface LostRange {
  /** Inclusive bounds: rowids for a rowid table, key text for a table without rowid. */
  from: string;
  to: string;
}

export interface TableCopy {
  table: string;
  copied: number;
  /** Range reads made (windows, and the halves of the damaged ones). */
  reads: number;
  /** Rows lost; null when no intact index could count them. */
  lost: number | null;
  lostRanges: LostRange[];
  /** The lost rows' rowids (rowid tables only), for the table's owner to account for them. */
  lostRowids: Array<{ from: bigint; to: bigint }>;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tryRead<T>(fn: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (isDamageError(err)) return { ok: false };
    throw err;
  }
}

/** The indexes of `table` in the damaged file: intact ones still hold every row's rowid. */
function indexesOf(from: Db, table: string): string[] {
  const r = tryRead(() => from.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?").pluck().all(table) as string[]);
  return r.ok ? r.value : [];
}

/** A rowid aggregate over the table, else over the first index that answers (a covering scan, no table page read). */
function rowidAggregate(from: Db, table: string, indexes: string[], expr: string, where = '', args: unknown[] = []): bigint | null | undefined {
  for (const via of ['', ...indexes]) {
    const sql = `SELECT ${expr} FROM ${q(table)}${via ? ` INDEXED BY ${q(via)}` : ''}${where}`;
    const r = tryRead(
      () =>
        from
          .prepare(sql)
          .pluck()
          .safeIntegers(true)
          .get(...args) as bigint | null,
    );
    if (r.ok) return r.value;
  }
  return undefined;
}

/**
 * `rowidAlias`: the table's INTEGER PRIMARY KEY column, when it has one (it is the rowid, and among `columns`);
 * otherwise the rowid is copied as well, so every row keeps it.
 */
export function copyRowidTable(
  from: Db,
  to: Db,
  table: string,
  columns: readonly string[],
  rowidAlias: string | undefined,
  windowRows = SALVAGE_WINDOW_ROWS,
): TableCopy {
  const result: TableCopy = { table, copied: 0, reads: 0, lost: 0, lostRanges: [], lostRowids: [] };
  const indexes = indexesOf(from, table);
  const names = rowidAlias === undefined ? ['rowid', ...columns] : [...columns];
  const cols = names.map((n) => (n === 'rowid' && rowidAlias === undefined ? 'rowid' : q(n))).join(', ');
  const read = from
    .prepare(`SELECT ${cols} FROM ${q(table)} WHERE rowid BETWEEN ? AND ?`)
    .raw(true)
    .safeIntegers(true);
  const insert = to.prepare(`INSERT INTO ${q(table)} (${cols}) VALUES (${names.map(() => '?').join(', ')})`);
  const lo = rowidAggregate(from, table, indexes, 'min(rowid)');
  const hi = rowidAggregate(from, table, indexes, 'max(rowid)');
  if (lo === null || hi === null) return result; // empty
  if (lo === undefined || hi === undefined) {
    // neither the table nor any index says where its rows are: everything is lost
    return { ...result, lost: null, lostRanges: [{ from: 'all', to: 'all' }] };
  }
  const lose = (a: bigint, b: bigint) => {
    const last = result.lostRowids[result.lostRowids.length - 1];
    if (last && last.to + 1n === a) last.to = b;
    else result.lostRowids.push({ from: a, to: b });
  };
  const copyRange = (a: bigint, b: bigint): void => {
    result.reads++;
    const r = tryRead(() => read.all(a, b) as unknown[][]);
    if (r.ok) {
      for (const row of r.value) insert.run(...row);
      result.copied += r.value.length;
      return;
    }
    if (a === b) return lose(a, b);
    const mid = a + (b - a) / 2n;
    copyRange(a, mid);
    copyRange(mid + 1n, b);
  };
  const step = BigInt(Math.max(1, windowRows));
  // after each window, seek the next rowid held, so sparse rowids cost no empty windows (damage there: step on)
  const seek = from
    .prepare(`SELECT rowid FROM ${q(table)} WHERE rowid > ? ORDER BY rowid LIMIT 1`)
    .pluck()
    .safeIntegers(true);
  to.transaction(() => {
    for (let a = lo; a <= hi;) {
      const b = a + step - 1n < hi ? a + step - 1n : hi;
      copyRange(a, b);
      const next = tryRead(() => seek.get(b) as bigint | undefined);
      a = next.ok ? (next.value ?? hi + 1n) : b + 1n;
    }
  })();
  let lost: number | null = 0;
  for (const range of result.lostRowids) {
    // the table cannot answer for a damaged range, an intact index can
    const n = rowidAggregate(from, table, indexes, 'count(*)', ' WHERE rowid BETWEEN ? AND ?', [range.from, range.to]);
    lost = lost === null || n === undefined || n === null ? null : lost + Number(n);
    result.lostRanges.push({ from: String(range.from), to: String(range.to) });
  }
  result.lost = lost;
  return result;
}

export function copyKeyedTable(
  from: Db,
  to: Db,
  table: string,
  columns: readonly string[],
  key: readonly string[],
  windowRows = SALVAGE_WINDOW_ROWS,
): TableCopy {
  const result: TableCopy = { table, copied: 0, reads: 0, lost: 0, lostRanges: [], lostRowids: [] };
  const cols = columns.map(q).join(', ');
  const keyIdx = key.map((k) => columns.indexOf(k));
  const keyList = `(${key.map(q).join(', ')})`;
  const marks = `(${key.map(() => '?').join(', ')})`;
  const order = (dir: string) => key.map((k) => `${q(k)} ${dir}`).join(', ');
  const insert = to.prepare(`INSERT OR IGNORE INTO ${q(table)} (${cols}) VALUES (${columns.map(() => '?').join(', ')})`);
  const keyOf = (row: unknown[]) => keyIdx.map((i) => row[i]);
  /** Reads from one end towards the other until the end or the damage; the last key reached, and whether it hit damage. */
  const walk = (dir: 'ASC' | 'DESC', stopAt: unknown[] | undefined): { last: unknown[] | undefined; damaged: boolean } => {
    const cmp = dir === 'ASC' ? '>' : '<';
    const first = from
      .prepare(`SELECT ${cols} FROM ${q(table)} ORDER BY ${order(dir)} LIMIT ?`)
      .raw(true)
      .safeIntegers(true);
    const next = from
      .prepare(`SELECT ${cols} FROM ${q(table)} WHERE ${keyList} ${cmp} ${marks} ORDER BY ${order(dir)} LIMIT ?`)
      .raw(true)
      .safeIntegers(true);
    const stop = stopAt ? from.prepare(`SELECT ${marks} ${dir === 'ASC' ? '>=' : '<='} ${marks}`).pluck() : undefined;
    let last: unknown[] | undefined;
    for (;;) {
      result.reads++;
      let r = tryRead(() => (last ? next.all(...last, windowRows) : first.all(windowRows)) as unknown[][]);
      if (!r.ok) r = tryRead(() => (last ? next.all(...last, 1) : first.all(1)) as unknown[][]);
      if (!r.ok) return { last, damaged: true };
      for (const row of r.value) {
        if (stopAt && stop!.get(...keyOf(row), ...stopAt)) return { last, damaged: false };
        result.copied += insert.run(...row).changes;
        last = keyOf(row);
      }
      if (r.value.length === 0 || (r.value.length < windowRows && r.value.length !== 1)) return { last, damaged: false };
    }
  };
  to.transaction(() => {
    const up = walk('ASC', undefined);
    if (!up.damaged) return;
    const down = walk('DESC', up.last);
    result.lost = null;
    result.lostRanges.push({
      from: up.last ? `after ${JSON.stringify(up.last.map(String))}` : 'first',
      to: down.last ? `before ${JSON.stringify(down.last.map(String))}` : 'last',
    });
  })();
  return result;
}
