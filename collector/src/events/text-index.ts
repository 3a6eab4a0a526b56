// The full-text index of the event store: contentless FTS5 tables keyed by events.rowid, one per range of
// 2^20 rowids (events_fts_<k> holds rowids k·2^20 … (k+1)·2^20 − 1). Retention never deletes a full-text row
// one by one (FTS5 deletes cost more than the inserts): pruned events simply stop joining, and a partition is
// dropped whole once every rowid of its range is gone. Rowids are never reused (see nextRowid), so a stale
// full-text row can never point at a newer event.
import type Database from 'better-sqlite3';
import type { Db } from '../store/db.js';

/** log2 of the rowids one full-text partition covers. */
export const TEXT_PARTITION_SHIFT = 20;
const SHIFT = BigInt(TEXT_PARTITION_SHIFT);
const NAME = /^events_fts_(\d+)$/;

export const partitionOf = (rowid: bigint): number => Number(rowid >> SHIFT);
const table = (k: number) => `events_fts_${k}`;

/** Creates partition k if absent (inside the caller's transaction: the insert's, or the backfill's). */
export function createTextPartition(db: Db, k: number): void {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS events_fts_${k} USING fts5(text, content='', tokenize='unicode61 remove_diacritics 2')`);
}

/** The partitions present, ascending. */
export function textPartitions(db: Db): number[] {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'events\\_fts\\_%' ESCAPE '\\'").pluck().all() as string[];
  return names
    .map((n) => NAME.exec(n)?.[1])
    .filter((k): k is string => k !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export class EventTextIndex {
  private partitions: number[];
  private readonly inserts = new Map<number, Database.Statement<[bigint, string]>>();
  /** Highest rowid ever given out, held or not (a pruned newest row must not hand its rowid to the next event). */
  private highWater: bigint;

  constructor(private readonly db: Db) {
    this.partitions = textPartitions(db);
    const newest = this.partitions[this.partitions.length - 1];
    const indexed =
      newest === undefined
        ? 0n
        : ((db
            .prepare(`SELECT rowid FROM ${table(newest)} ORDER BY rowid DESC LIMIT 1`)
            .pluck()
            .safeIntegers(true)
            .get() as bigint | undefined) ?? 0n);
    this.highWater = indexed;
  }

  /** The rowid the next event takes: above every rowid held and every one given out before. Call inside the insert transaction. */
  nextRowid(maxHeld: bigint | null): bigint {
    const held = maxHeld ?? 0n;
    return (held > this.highWater ? held : this.highWater) + 1n;
  }

  /** Indexes one event's text under its rowid (every event gets a row, so the rowid floor survives restarts). */
  insert(rowid: bigint, text: string): void {
    const k = partitionOf(rowid);
    let stmt = this.inserts.get(k);
    if (!stmt) {
      createTextPartition(this.db, k);
      if (!this.partitions.includes(k)) this.partitions = [...this.partitions, k].sort((a, b) => a - b);
      stmt = this.db.prepare<[bigint, string]>(`INSERT INTO ${table(k)} (rowid, text) VALUES (?, ?)`);
      this.inserts.set(k, stmt);
    }
    stmt.run(rowid, text);
    if (rowid > this.highWater) this.highWater = rowid;
  }

  /** A statement rolled back: forget what it may have created (re-read on next use). */
  reset(): void {
    this.inserts.clear();
    this.partitions = textPartitions(this.db);
  }

  /** SQL of the rowids matching the MATCH argument (bound once per partition: `binds` of them); undefined when no partition exists. */
  matching(): { sql: string; binds: number } | undefined {
    this.partitions = textPartitions(this.db); // another connection's store may have added one
    if (this.partitions.length === 0) return undefined;
    return { sql: this.partitions.map((k) => `SELECT rowid FROM ${table(k)} WHERE ${table(k)} MATCH ?`).join(' UNION ALL '), binds: this.partitions.length };
  }

  /** SQL of the matching rowids at or above `lo`, skipping partitions wholly below it, with its arguments. */
  matchingFrom(match: string, lo: bigint): { sql: string; args: unknown[] } {
    this.partitions = textPartitions(this.db);
    const parts = this.partitions.filter((k) => BigInt(k + 1) << SHIFT > lo);
    if (parts.length === 0) return { sql: 'SELECT NULL WHERE 0', args: [] };
    return {
      sql: parts.map((k) => `SELECT rowid FROM ${table(k)} WHERE ${table(k)} MATCH ? AND rowid >= ?`).join(' UNION ALL '),
      args: parts.flatMap(() => [match, lo]),
    };
  }

  /** Drops every partition whose whole rowid range lies below `lowestHeld` (the oldest event kept; none: the next rowid). */
  dropBelow(lowestHeld: bigint | null): number {
    const floor = lowestHeld ?? this.highWater + 1n;
    const gone = this.partitions.filter((k) => BigInt(k + 1) << SHIFT <= floor);
    for (const k of gone) {
      this.db.exec(`DROP TABLE ${table(k)}`);
      this.inserts.delete(k);
    }
    this.partitions = this.partitions.filter((k) => !gone.includes(k));
    return gone.length;
  }
}
