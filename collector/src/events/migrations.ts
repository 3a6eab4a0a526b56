// The event store's schema, one migration at a time: the events table and its first indexes (events-1), one
// gap record per dropped range (events-2), the search indexes of issue 18 (events-3): the lookup columns,
// the indexes fleet-wide and per-host queries need, and the FTS5 full-text table, backfilled from the bodies;
// and (events-4) the per-host and lookup indexes led by the row's chunk, with the chunks' time bounds.
import { vigil } from '@vigil/proto';
import type { Db, Migration } from '../store/db.js';
import { CHUNK_OF_ROW, createChunkBounds } from './chunks.js';
import { indexFieldsOf } from './extract.js';
import { EventTextIndex } from './text-index.js';

export const eventsMigration: Migration = {
  id: 'events-1',
  up(db) {
    db.exec(`
      CREATE TABLE events (
        rowid INTEGER PRIMARY KEY,
        agent_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        id TEXT NOT NULL,
        time_ns INTEGER NOT NULL,
        kind TEXT NOT NULL,
        received_ms INTEGER NOT NULL,
        body BLOB NOT NULL
      );
      CREATE UNIQUE INDEX events_agent_seq ON events (agent_id, seq);
      CREATE INDEX events_agent_time ON events (agent_id, time_ns);
      CREATE INDEX events_kind_time ON events (kind, time_ns);
      CREATE TABLE agent_seq (agent_id TEXT PRIMARY KEY, acked_seq INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE gaps (
        agent_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        dropped INTEGER NOT NULL,
        first_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL,
        first_time_ns INTEGER NOT NULL,
        last_time_ns INTEGER NOT NULL,
        reason TEXT NOT NULL,
        received_ms INTEGER NOT NULL,
        PRIMARY KEY (agent_id, seq)
      ) WITHOUT ROWID;
    `);
  },
};

/** The same dropped range can arrive twice (an agent re-reports a gap whose first report it lost): keep one. */
export const eventsGapsUniqueMigration: Migration = {
  id: 'events-2',
  up(db) {
    db.exec('CREATE UNIQUE INDEX gaps_agent_range ON gaps (agent_id, first_seq, last_seq)');
  },
};

/** Rows the search backfill decodes per step, so its memory stays bounded whatever the table holds. */
const BACKFILL_CHUNK = 5000;

/**
 * Search at scale (issue 18): lookup columns taken out of the body at insert (exe, sha256, user, remote
 * address), each with a partial index ordered by time; a time index for the fleet-wide newest view; host +
 * kind + time for a host's process starts; and the full-text rows (text-index.ts: contentless FTS5 tables
 * keyed by events.rowid, one per range of rowids, created as rows need them). Existing rows are backfilled
 * here, in rowid chunks of BACKFILL_CHUNK, inside the migration's one transaction: an upgrade costs one
 * decode and one index write per stored event (bench:search prints the rate), and either finishes or leaves
 * the database as it was.
 */
export const eventsSearchMigration: Migration = {
  id: 'events-3',
  up(db) {
    db.exec(`
      ALTER TABLE events ADD COLUMN exe TEXT;
      ALTER TABLE events ADD COLUMN sha256 TEXT;
      ALTER TABLE events ADD COLUMN user TEXT;
      ALTER TABLE events ADD COLUMN remote TEXT;
      CREATE INDEX events_time ON events (time_ns);
      CREATE INDEX events_agent_kind_time ON events (agent_id, kind, time_ns);
      CREATE INDEX events_exe_time ON events (exe, time_ns) WHERE exe IS NOT NULL;
      CREATE INDEX events_sha256_time ON events (sha256, time_ns) WHERE sha256 IS NOT NULL;
      CREATE INDEX events_user_time ON events (user, time_ns) WHERE user IS NOT NULL;
      CREATE INDEX events_remote_time ON events (remote, time_ns) WHERE remote IS NOT NULL;
    `);
    backfillSearch(db);
  },
};

/** Derives the lookup columns and the full-text row of every stored event from its body (also the rebuild after a salvage). */
export function backfillSearch(db: Db): number {
  const page = db.prepare('SELECT rowid, body FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?').safeIntegers(true);
  const update = db.prepare('UPDATE events SET exe = ?, sha256 = ?, user = ?, remote = ? WHERE rowid = ?');
  const text = new EventTextIndex(db);
  let after = 0n;
  let done = 0;
  for (;;) {
    const rows = page.all(after, BACKFILL_CHUNK) as Array<{ rowid: bigint; body: Buffer }>;
    for (const r of rows) {
      const f = indexFieldsOf(vigil.v1.Event.decode(r.body));
      update.run(f.exe, f.sha256, f.user, f.remote, r.rowid);
      text.insert(r.rowid, f.text);
    }
    done += rows.length;
    const last = rows[rows.length - 1];
    if (!last || rows.length < BACKFILL_CHUNK) return done;
    after = last.rowid;
  }
}

/**
 * Ingest at fleet scale (issue 18): the host + time, host + kind + time and the four lookup indexes become
 * the same indexes led by the row's chunk (chunks.ts), so a commit writes into the newest chunk's part of each
 * and no longer dirties one leaf per host all over it; reads walk the chunks by their time bounds
 * (event_chunks, filled here from the rows held). The unique host + sequence index stays as it is: it is
 * what keeps each event stored once.
 */
export const eventsChunkedMigration: Migration = {
  id: 'events-4',
  up(db) {
    db.exec(`
      DROP INDEX events_agent_time;
      DROP INDEX events_agent_kind_time;
      DROP INDEX events_exe_time;
      DROP INDEX events_sha256_time;
      DROP INDEX events_user_time;
      DROP INDEX events_remote_time;
      CREATE INDEX events_chunk_agent_time ON events (${CHUNK_OF_ROW}, agent_id, time_ns);
      CREATE INDEX events_chunk_agent_kind_time ON events (${CHUNK_OF_ROW}, agent_id, kind, time_ns);
      CREATE INDEX events_chunk_exe_time ON events (${CHUNK_OF_ROW}, exe, time_ns) WHERE exe IS NOT NULL;
      CREATE INDEX events_chunk_sha256_time ON events (${CHUNK_OF_ROW}, sha256, time_ns) WHERE sha256 IS NOT NULL;
      CREATE INDEX events_chunk_user_time ON events (${CHUNK_OF_ROW}, user, time_ns) WHERE user IS NOT NULL;
      CREATE INDEX events_chunk_remote_time ON events (${CHUNK_OF_ROW}, remote, time_ns) WHERE remote IS NOT NULL;
    `);
    createChunkBounds(db);
  },
};

/** Every migration of the event store, in order. */
export const eventsMigrations: readonly Migration[] = [eventsMigration, eventsGapsUniqueMigration, eventsSearchMigration, eventsChunkedMigration];
