#!/usr/bin/env node
// npm run bench:index-cost: what each of the event store's indexes and the full-text row cost per stored
// event, at the group size the collector commits under fleet load. Profile-first evidence for issue 18's
// insert path: the same fleet (search-fixture.mjs, 1,000 hosts) is inserted through the real
// SqliteEventStore.insertBatches into a fresh real file per variant, the variant dropping (or putting back)
// indexes after the migrations; rounds are interleaved so the machine's noise falls on every variant alike.
// The baseline variant is the layout before events-4: per-host and lookup indexes not led by the chunk.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { vigil } from '@vigil/proto';
import { openDatabase } from '../dist/store/db.js';
import { SqliteEventStore, eventsMigrations } from '../dist/events/store.js';
import { EventTextIndex } from '../dist/events/text-index.js';
import { makeFleet } from './search-fixture.mjs';

const { values } = parseArgs({
  options: {
    prefill: { type: 'string', default: '100000' },
    events: { type: 'string', default: '60000' },
    group: { type: 'string', default: '900' },
    rounds: { type: 'string', default: '3' },
    variants: { type: 'string' }, // names, comma-separated
  },
});
const PREFILL = Number(values.prefill);
const EVENTS = Number(values.events);
const GROUP = Number(values.group);
const ROUNDS = Number(values.rounds);

const CHUNKED_HOST = ['events_chunk_agent_time', 'events_chunk_agent_kind_time'];
const LOOKUPS = ['events_chunk_exe_time', 'events_chunk_sha256_time', 'events_chunk_user_time', 'events_chunk_remote_time'];
const FLEET_TIME = ['events_time', 'events_kind_time'];
const LOOKUP_COLUMNS = ['exe', 'sha256', 'user', 'remote'];
/** The events-3 layout, for the baseline. */
const UNCHUNKED = [
  'CREATE INDEX events_agent_time ON events (agent_id, time_ns)',
  'CREATE INDEX events_agent_kind_time ON events (agent_id, kind, time_ns)',
  ...LOOKUP_COLUMNS.map((c) => `CREATE INDEX events_${c}_time ON events (${c}, time_ns) WHERE ${c} IS NOT NULL`),
];
/** Each variant: the indexes it drops, those it creates, and whether it writes the full-text row. */
const VARIANTS = {
  'as shipped': { drop: [], text: true },
  'unchunked (before events-4)': { drop: [...CHUNKED_HOST, ...LOOKUPS], create: UNCHUNKED, text: true },
  // what keeping each event once by the unique host + sequence index costs (the store needs it: measure only)
  'no events_agent_seq (not safe)': { drop: ['events_agent_seq'], text: true },
  'no chunked host index (2)': { drop: CHUNKED_HOST, text: true },
  'no lookup index (4)': { drop: LOOKUPS, text: true },
  'no full-text row': { drop: [], text: false },
  'table only: no index or text': { drop: ['events_agent_seq', ...CHUNKED_HOST, ...LOOKUPS, ...FLEET_TIME], text: false },
};
const names = values.variants ? values.variants.split(',') : Object.keys(VARIANTS);
for (const n of names) if (!VARIANTS[n]) throw new Error(`unknown variant ${n}; known: ${Object.keys(VARIANTS).join(', ')}`);

// Events as the gateway hands them over: decoded messages plus the agent's own bytes.
const asIngest = (batches) =>
  batches.map((b) => {
    const events = b.events.map((e) => vigil.v1.Event.fromObject(e));
    return { agentId: b.agentId, events, bodies: events.map((e) => vigil.v1.Event.encode(e).finish()) };
  });
const fleet = makeFleet(1000);
const prefill = [];
for (let d = 0; d < PREFILL; d += 10_000) prefill.push(asIngest(fleet.next(Math.min(10_000, PREFILL - d))));
const measured = [];
for (let d = 0; d < EVENTS; d += GROUP) measured.push(asIngest(fleet.next(Math.min(GROUP, EVENTS - d))));
const measuredEvents = measured.reduce((n, g) => n + g.reduce((m, b) => m + b.events.length, 0), 0);

const writeText = EventTextIndex.prototype.insert;
function runOnce(name) {
  const v = VARIANTS[name];
  const dir = mkdtempSync(join(tmpdir(), 'vigil-index-cost-'));
  try {
    const db = openDatabase({ path: join(dir, 'events.db'), migrations: eventsMigrations });
    // the store first: its reads name the chunked indexes when they are prepared; the insert is prepared again after the change
    const store = new SqliteEventStore(db);
    for (const index of v.drop) db.exec(`DROP INDEX ${index}`);
    for (const sql of v.create ?? []) db.exec(sql);
    EventTextIndex.prototype.insert = v.text ? writeText : function skipText() {};
    for (const g of prefill) store.insertBatches(g);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    for (const g of measured) store.insertBatches(g);
    const c = process.cpuUsage(c0);
    const wallNs = Number(process.hrtime.bigint() - t0);
    db.close();
    return { cpu: (c.user + c.system) / measuredEvents, user: c.user / measuredEvents, sys: c.system / measuredEvents, wall: wallNs / 1000 / measuredEvents };
  } finally {
    EventTextIndex.prototype.insert = writeText;
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const runs = new Map(names.map((n) => [n, []]));
for (let r = 0; r < ROUNDS; r++) for (const n of names) runs.get(n).push(runOnce(n));

console.log(`bench:index-cost on ${hostname()} (${cpus().length} × ${cpus()[0]?.model}), Node ${process.version}, ${new Date().toISOString()}`);
console.log(`prefill ${PREFILL} events, then ${measuredEvents} measured in groups of ${GROUP} over 1,000 hosts; median of ${ROUNDS} interleaved rounds`);
const base = median(runs.get(names[0]).map((x) => x.cpu));
console.log(`| variant | CPU µs/event | user / sys µs | wall µs/event | CPU of ${names[0]} |`);
console.log('| --- | --- | --- | --- | --- |');
for (const n of names) {
  const xs = runs.get(n);
  const cpu = median(xs.map((x) => x.cpu));
  const f = (k) => median(xs.map((x) => x[k])).toFixed(1);
  console.log(`| ${n} | ${cpu.toFixed(1)} | ${f('user')} / ${f('sys')} | ${f('wall')} | ${(cpu / base).toFixed(2)} |`);
}
