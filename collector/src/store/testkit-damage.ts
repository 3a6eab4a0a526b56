// For the damage suites: overwrites one real page of a table's b-tree in a closed SQLite file, found through
// the dbstat virtual table, the way a bad disk sector or a stray write would leave it.
import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

export interface DamagedPage {
  pageno: number;
  pageSize: number;
  /** How many leaf pages the table had; the damaged one is the middle one in key order. */
  leaves: number;
}

/** Fills the middle leaf page of `table` (in b-tree order) with 0x5a. The file must be closed (checkpointed). */
export function damageMiddleLeaf(path: string, table: string): DamagedPage {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  let pageSize: number;
  let leaves: number[];
  try {
    pageSize = db.pragma('page_size', { simple: true }) as number;
    leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path").pluck().all(table) as number[];
  } finally {
    db.close();
  }
  if (leaves.length < 3) throw new Error(`${table} has ${leaves.length} leaf pages; the suite needs at least 3 to damage one in the middle`);
  const pageno = leaves[Math.floor(leaves.length / 2)]!;
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (pageno - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return { pageno, pageSize, leaves: leaves.length };
}
