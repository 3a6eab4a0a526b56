// The event store's part in `vigil-collector db salvage` (store/salvage.ts): the full-text tables and the chunks'
// time bounds are not copied but rebuilt from the copied events (as an upgrade builds them), the rowid floor kept;
// each run of lost events becomes a gap with reason collector_storage_damaged, its agent and sequences read
// from an intact index of the damaged file; and every agent's acked sequence is kept at least at what is held.
import type { Db } from '../store/db.js';
import { isDamageError } from '../store/damage.js';
import type { SalvageContext, SalvageHook } from '../store/salvage.js';
import { CHUNK_OF_ROW, chunkOf, rebuildChunkBounds } from './chunks.js';
import { backfillSearch, eventsChunkedMigration, eventsSearchMigration } from './migrations.js';
import { EventTextIndex } from './text-index.js';

/** The gap reason of events the collector had stored and acked, then lost to a damaged database page. */
export const STORAGE_DAMAGED_REASON = 'collector_storage_damaged';

interface LostEvent {
  agentId: string;
  seq: bigint;
  timeNs: bigint;
}

function readOrUndefined<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (isDamageError(err)) return undefined;
    throw err;
  }
}

/** Agent, sequence and time of the events once held at rowids a..b, from the damaged file's indexes (undefined: none intact). */
function lostEventsIn(from: Db, a: bigint, b: bigint): LostEvent[] | undefined {
  const seqs = readOrUndefined(
    () =>
      from
        .prepare('SELECT rowid AS r, agent_id AS agentId, seq FROM events INDEXED BY events_agent_seq WHERE rowid BETWEEN ? AND ?')
        .safeIntegers(true)
        .all(a, b) as Array<{ r: bigint; agentId: string; seq: bigint }>,
  );
  if (!seqs) return undefined;
  // the host + time index: led by the chunk since events-4, plain before
  const chunked = readOrUndefined(() => from.prepare("SELECT 1 FROM sqlite_master WHERE name = 'events_chunk_agent_time'").get()) !== undefined;
  const [timesSql, timesArgs] = chunked
    ? [
        `SELECT rowid AS r, time_ns AS t FROM events INDEXED BY events_chunk_agent_time WHERE ${CHUNK_OF_ROW} BETWEEN ? AND ? AND rowid BETWEEN ? AND ?`,
        [chunkOf(a), chunkOf(b), a, b],
      ]
    : ['SELECT rowid AS r, time_ns AS t FROM events INDEXED BY events_agent_time WHERE rowid BETWEEN ? AND ?', [a, b]];
  const times = new Map(
    (
      readOrUndefined(
        () =>
          from
            .prepare(timesSql)
            .safeIntegers(true)
            .all(...timesArgs) as Array<{ r: bigint; t: bigint }>,
      ) ?? []
    ).map((x) => [x.r, x.t]),
  );
  return seqs.map((s) => ({ agentId: s.agentId, seq: s.seq, timeNs: times.get(s.r) ?? 0n }));
}

/** Runs of consecutive sequences per agent. */
function runsOf(lost: LostEvent[]): LostEvent[][] {
  const sorted = [...lost].sort((x, y) => (x.agentId < y.agentId ? -1 : x.agentId > y.agentId ? 1 : x.seq < y.seq ? -1 : x.seq > y.seq ? 1 : 0));
  const runs: LostEvent[][] = [];
  for (const e of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.agentId === e.agentId && last.seq + 1n === e.seq) run.push(e);
    else runs.push([e]);
  }
  return runs;
}

function recordGaps(ctx: SalvageContext): string[] {
  const lines: string[] = [];
  const copy = ctx.copies.get('events');
  const insert = ctx.to.prepare(
    'INSERT OR IGNORE INTO gaps (agent_id, seq, dropped, first_seq, last_seq, first_time_ns, last_time_ns, reason, received_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const range of copy?.lostRowids ?? []) {
    const lost = lostEventsIn(ctx.from, range.from, range.to);
    if (!lost) {
      lines.push(`events: rowids ${range.from}-${range.to} lost; no intact index tells their agents and sequences, so no gap was recorded`);
      continue;
    }
    for (const run of runsOf(lost)) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const times = run.map((e) => e.timeNs).filter((t) => t > 0n);
      const minT = times.reduce((m, t) => (t < m ? t : m), times[0] ?? 0n);
      const maxT = times.reduce((m, t) => (t > m ? t : m), times[0] ?? 0n);
      // no gap event exists for this range: the gap's own sequence is its first lost one
      const added = insert.run(first.agentId, first.seq, run.length, first.seq, last.seq, minT, maxT, STORAGE_DAMAGED_REASON, ctx.nowMs).changes;
      lines.push(
        `events: agent ${first.agentId} lost seq ${first.seq}-${last.seq} (${run.length})${added ? `, recorded as a gap (${STORAGE_DAMAGED_REASON})` : ', already covered by a gap'}`,
      );
    }
  }
  return lines;
}

/** The highest rowid the damaged file's full-text index had given out (undefined: unreadable or none). */
function textHighWater(from: Db): bigint | undefined {
  return readOrUndefined(() => new EventTextIndex(from).nextRowid(null) - 1n);
}

function rebuildText(ctx: SalvageContext): string[] {
  if (!ctx.applied.has(eventsSearchMigration.id)) return []; // the migration itself backfills once applied
  const n = backfillSearch(ctx.to);
  // rowids are never reused (text-index.ts): keep the floor above every rowid given out, lost ones included
  const lostTop = (ctx.copies.get('events')?.lostRowids ?? []).reduce((m, r) => (r.to > m ? r.to : m), 0n);
  const floor = [lostTop, textHighWater(ctx.from) ?? 0n].reduce((m, r) => (r > m ? r : m), 0n);
  const text = new EventTextIndex(ctx.to);
  if (floor > text.nextRowid(null) - 1n) text.insert(floor, '');
  return [`events: full-text index rebuilt from ${n} events`];
}

/** Each agent's acked sequence stays at least the highest it has stored or accounted for. */
function keepAcks(to: Db): void {
  to.exec(`
    INSERT INTO agent_seq (agent_id, acked_seq)
      SELECT agent_id, max(s) FROM (SELECT agent_id, max(seq) AS s FROM events GROUP BY agent_id
                                    UNION ALL SELECT agent_id, max(last_seq) FROM gaps GROUP BY agent_id) GROUP BY agent_id
      ON CONFLICT (agent_id) DO UPDATE SET acked_seq = max(acked_seq, excluded.acked_seq)
  `);
}

export const eventsSalvage: SalvageHook = {
  name: 'events',
  rebuilds: (table) => /^events_fts_\d+/.test(table) || table === 'event_chunks',
  after(ctx) {
    const lines = rebuildText(ctx);
    if (ctx.applied.has(eventsChunkedMigration.id)) rebuildChunkBounds(ctx.to);
    lines.push(...recordGaps(ctx));
    keepAcks(ctx.to);
    return lines;
  },
};
