#!/usr/bin/env node
// npm run bench:search -- --events 1M: search at scale on the embedded event store. Fills a temp database
// with N events of a 1,000-host fleet through the real store's insert path (big transactions), then times
// the page and API queries (median of --runs): fleet newest, a host's timeline and process starts, by hash,
// by exe, text (a rare and a common word), the alert list and an incident's host timeline. With --baseline
// (default at 1M and below) it builds the same fleet on the OLD schema and code path (search-fixture.mjs) in
// the same run, and also times insert throughput (old, new without full text, new), retention and the
// upgrade migration. Uses the built code (collector/dist). Never part of the test suite.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem, hostname } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../dist/store/db.js';
import { SqliteEventStore, eventsMigrations } from '../dist/events/store.js';
import { indexFieldsOf } from '../dist/events/extract.js';
import { SqliteAlertStore, alertsMigrations } from '../dist/alerts/store.js';
import { hostTimeline } from '../dist/incidents/host-timeline.js';
import { u64ToBigInt, u64ToNumber, vigil } from '@vigil/proto';
import { COMMON_WORD, LOOKUP_EXE, LOOKUP_SHA256, RARE_WORD, makeFleet, oldInserter, oldPrune, oldSearch } from './search-fixture.mjs';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1M' },
    hosts: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    baseline: { type: 'boolean' },
    'no-baseline': { type: 'boolean' },
    'insert-events': { type: 'string', default: '100000' },
    dir: { type: 'string' },
  },
});
const count = (s) => Math.round(Number(s.replace(/[kKmM]$/, '')) * (/[mM]$/.test(s) ? 1e6 : /[kK]$/.test(s) ? 1e3 : 1));
const N = count(values.events);
const hosts = Number(values.hosts);
const runs = Number(values.runs);
const baseline = values['no-baseline'] ? false : (values.baseline ?? N <= 1_000_000);
const CHUNK = 10_000;
const dir = mkdtempSync(join(values.dir ?? tmpdir(), 'vigil-bench-search-'));
const OLD_MIGRATIONS = eventsMigrations.filter((m) => m.id === 'events-1' || m.id === 'events-2');
const HOST = 'agent-00042';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const fileMiB = (p) => (statSync(p).size + (statSync(`${p}-wal`, { throwIfNoEntry: false })?.size ?? 0)) / 1048576;

function time(fn) {
  const s = performance.now();
  const r = fn();
  return { ms: performance.now() - s, r };
}

/** Fills a database with n fleet events through `insert` (one transaction per CHUNK); returns events/s. */
function fill(insert, n) {
  const fleet = makeFleet(hosts);
  let took = 0;
  for (let done = 0; done < n; done += CHUNK) {
    const batches = fleet.next(Math.min(CHUNK, n - done));
    took += time(() => insert(batches)).ms;
    if (done % 1_000_000 === 0 && done > 0) process.stderr.write(`  ${done / 1e6}M events, ${Math.round(done / (took / 1000))}/s\n`);
  }
  return { rate: n / (took / 1000), t0Ms: fleet.t0Ms, spanMs: (n * fleet.stepNs) / 1e6 };
}

/** The new store's insert without its full-text row: the lookup columns only (to price FTS alone). */
function noFtsInserter(db) {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO events (agent_id, seq, id, time_ns, kind, received_ms, body, exe, sha256, user, remote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const setAcked = db.prepare('INSERT INTO agent_seq (agent_id, acked_seq) VALUES (?, ?) ON CONFLICT(agent_id) DO UPDATE SET acked_seq = excluded.acked_seq');
  return db.transaction((batches) => {
    for (const { agentId, events } of batches) {
      for (const ev of events) {
        const f = indexFieldsOf(ev);
        const kind = ev.payload.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        insert.run(
          agentId,
          u64ToNumber(ev.seq),
          ev.id,
          u64ToBigInt(ev.timeNs),
          kind,
          Date.now(),
          ev.constructor.encode(ev).finish(),
          f.exe,
          f.sha256,
          f.user,
          f.remote,
        );
      }
      setAcked.run(agentId, u64ToNumber(events[events.length - 1].seq));
    }
  });
}

/** Insert throughput of the three paths on fresh files, the same pre-built events, rounds alternating. */
function insertThroughput(n) {
  const fleet = makeFleet(hosts, 7);
  const chunks = [];
  for (let done = 0; done < n; done += CHUNK) chunks.push(fleet.next(Math.min(CHUNK, n - done)));
  const paths = {
    'old (events-1/2)': (db) => oldInserter(db),
    'new, no full text': (db) => noFtsInserter(db),
    'new (store.insertBatches)': (db) => {
      const store = new SqliteEventStore(db);
      return (b) => store.insertBatches(b);
    },
  };
  const rates = Object.fromEntries(Object.keys(paths).map((k) => [k, []]));
  for (let round = 0; round < 3; round++) {
    for (const [name, make] of Object.entries(paths)) {
      const p = join(dir, `insert-${round}.db`);
      const db = openDatabase({ path: p, migrations: name.startsWith('old') ? OLD_MIGRATIONS : eventsMigrations });
      const insert = make(db);
      const took = time(() => chunks.forEach((c) => insert(c))).ms;
      rates[name].push(n / (took / 1000));
      db.close();
      for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
    }
  }
  return Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
}

function fillAlerts(db, n) {
  const alerts = new SqliteAlertStore(db, { dedupeWindowMs: 60_000, maxEvidencePerAlert: 5 });
  const T = Date.now() - 86_400_000;
  const severities = ['low', 'medium', 'high', 'critical'];
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const agentId = `agent-${String(i % hosts).padStart(5, '0')}`;
      const at = T + i * 1000;
      alerts.record(
        {
          ruleId: `rule-${i % 60}`,
          ruleTitle: `Rule ${i % 60}`,
          ruleKind: 'detection',
          description: 'bench alert',
          severity: severities[i % 4],
          tags: ['attack.t1059'],
          attack: ['T1059'],
          agentId,
          group: { user: 'root', n: String(i) },
          groupKey: `g${i}`,
          eventIds: [`e${i}`],
          eventTimesMs: [at],
          count: 1,
          firstMs: at,
          lastMs: at,
        },
        at,
      );
    }
  })();
  return alerts;
}

/** Times every query on one database; `q` maps a query name to its call. */
function timeQueries(q) {
  const out = {};
  for (const [name, fn] of Object.entries(q)) {
    const times = [];
    let found = 0;
    for (let i = 0; i < runs; i++) {
      const t = time(fn);
      times.push(t.ms);
      found = Array.isArray(t.r) ? t.r.length : (t.r?.events?.length ?? t.r);
    }
    out[name] = { median: median(times), first: times[0], found };
  }
  return out;
}

function queriesOf(search, timeline, t0Ms, spanMs) {
  const mid = BigInt(Math.round(t0Ms + spanMs / 2)) * 1_000_000n;
  const windowFrom = Math.round(t0Ms + spanMs / 2);
  const tl = () => [
    ...hostTimeline({
      events: { timeline },
      agentId: HOST,
      fromMs: windowFrom,
      toMs: windowFrom + 600_000,
      maxRows: 1000,
      alerts: [],
      commands: [],
      files: [],
      incidents: [],
      audit: [],
    }),
  ];
  return {
    'fleet newest (first page)': () => search({ limit: 100 }),
    'fleet newest, from a mid-table cursor': () => search({ after: { timeNs: mid, rowid: Number.MAX_SAFE_INTEGER }, limit: 100 }),
    "a host's timeline": () => search({ agentId: HOST, limit: 100 }),
    "a host's process starts": () => search({ agentId: HOST, kinds: ['process_start'], limit: 100 }),
    'by sha256 (fleet)': () => search({ sha256: LOOKUP_SHA256, text: search.old ? LOOKUP_SHA256 : undefined, limit: 100 }),
    'by exe (fleet)': () => search({ exe: LOOKUP_EXE, text: search.old ? LOOKUP_EXE : undefined, limit: 100 }),
    [`text, rare word (${RARE_WORD})`]: () => search({ text: RARE_WORD, limit: 100 }),
    [`text, common word (${COMMON_WORD})`]: () => search({ text: COMMON_WORD, limit: 100 }),
    "text, common word on a host's events": () => search({ agentId: HOST, text: COMMON_WORD, limit: 100 }),
    'incident timeline (a host, 10 min)': tl,
  };
}

function report(title, rows, cols) {
  console.log(`\n### ${title}\n`);
  console.log(`| query | ${cols.map((c) => `${c} median ms (first) · rows`).join(' | ')} |${cols.length > 1 ? ' old/new |' : ''}`);
  console.log(`|---|${cols.map(() => '---|').join('')}${cols.length > 1 ? '---|' : ''}`);
  for (const name of Object.keys(rows[0])) {
    const cells = rows.map((r) => `${ms(r[name].median)} (${ms(r[name].first)}) · ${r[name].found}`);
    const ratio = rows.length > 1 ? ` ${(rows[0][name].median / rows[1][name].median).toFixed(1)}× |` : '';
    console.log(`| ${name} | ${cells.join(' | ')} |${ratio}`);
  }
}

try {
  console.log(
    `# bench:search — ${new Date().toISOString()} — ${hostname()}, ${cpus().length}× ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
  );
  console.log(`events ${N.toLocaleString('en')}, hosts ${hosts}, runs ${runs}, baseline ${baseline}`);
  const newPath = join(dir, 'new.db');
  const db = openDatabase({ path: newPath, migrations: [...eventsMigrations, ...alertsMigrations] });
  const store = new SqliteEventStore(db);
  const filled = fill((b) => store.insertBatches(b), N);
  console.log(
    `new schema: filled at ${Math.round(filled.rate)} events/s, file ${fileMiB(newPath).toFixed(0)} MiB, average body ${Math.round(Number(db.prepare('SELECT AVG(LENGTH(body)) FROM (SELECT body FROM events LIMIT 100000)').pluck().get()))} bytes`,
  );
  const alerts = fillAlerts(db, 50_000);
  const newRows = timeQueries({
    ...queriesOf(
      (q) => store.search(q),
      (q) => store.timeline(q),
      filled.t0Ms,
      filled.spanMs,
    ),
    'alert list (newest 100 of 50,000)': () => alerts.list({ limit: 100 }),
    "alert list (a host's open)": () => alerts.list({ agentId: HOST, status: ['new', 'acknowledged'], limit: 100 }),
  });
  let oldRows;
  let oldDb;
  let oldT0Ms = 0;
  const oldPath = join(dir, 'old.db');
  if (baseline) {
    oldDb = openDatabase({ path: oldPath, migrations: OLD_MIGRATIONS });
    const oldFill = fill(oldInserter(oldDb), N);
    oldT0Ms = oldFill.t0Ms;
    console.log(
      `old schema: filled at ${Math.round(oldFill.rate)} events/s, file ${fileMiB(oldPath).toFixed(0)} MiB (new/old fill rate ${(filled.rate / oldFill.rate).toFixed(2)})`,
    );
    const oldTimeline = oldDb
      .prepare(
        'SELECT rowid, agent_id, seq, id, time_ns, kind, body FROM events WHERE agent_id = ? AND time_ns >= ? AND time_ns < ? AND (time_ns > ? OR (time_ns = ? AND rowid > ?)) ORDER BY time_ns, rowid LIMIT ?',
      )
      .safeIntegers(true);
    const search = (q) => oldSearch(oldDb, q);
    search.old = true;
    const timeline = (q) => {
      const after = q.after ?? { timeNs: q.fromNs - 1n, rowid: 0 };
      const rows = oldTimeline.all(q.agentId, q.fromNs, q.toNs, after.timeNs, after.timeNs, after.rowid, q.limit);
      return rows.map((r) => ({
        rowid: Number(r.rowid),
        agentId: r.agent_id,
        seq: Number(r.seq),
        id: r.id,
        timeNs: r.time_ns,
        kind: r.kind,
        event: vigil.v1.Event.decode(r.body),
      }));
    };
    oldRows = timeQueries(queriesOf(search, timeline, oldFill.t0Ms, oldFill.spanMs));
    report(`queries at ${N.toLocaleString('en')} events: old schema and code vs new`, [oldRows, newRows], ['old', 'new']);
  } else report(`queries at ${N.toLocaleString('en')} events (new)`, [newRows], ['new']);

  // retention: the oldest tenth by age, then 5 % of the used bytes
  const retention = (name, prune, bytes, t0Ms, spanMs) => {
    const nowMs = Date.now();
    const byAge = time(() => prune({ maxAgeMs: nowMs - Math.round(t0Ms + spanMs / 10), maxBytes: Number.MAX_SAFE_INTEGER, nowMs }));
    const bySize = time(() => prune({ maxAgeMs: nowMs, maxBytes: Math.floor(bytes() * 0.95), nowMs }));
    console.log(
      `retention ${name}: by age ${byAge.r} events in ${ms(byAge.ms)} ms (${((byAge.ms * 1000) / byAge.r).toFixed(1)} µs/event); by size ${bySize.r} in ${ms(bySize.ms)} ms (${((bySize.ms * 1000) / Math.max(1, bySize.r)).toFixed(1)} µs/event)`,
    );
  };
  console.log('');
  retention(
    'new',
    (p) => store.prune(p),
    () => store.usedBytes(),
    filled.t0Ms,
    filled.spanMs,
  );
  if (oldDb) {
    const used = () =>
      (Number(oldDb.pragma('page_count', { simple: true })) - Number(oldDb.pragma('freelist_count', { simple: true }))) *
      Number(oldDb.pragma('page_size', { simple: true }));
    retention('old', (p) => oldPrune(oldDb, p), used, oldT0Ms, filled.spanMs);
    const rows = Number(oldDb.prepare('SELECT COUNT(*) FROM events').pluck().get());
    oldDb.close();
    const up = time(() => openDatabase({ path: oldPath, migrations: eventsMigrations }));
    up.r.close();
    console.log(`upgrade migration events-3 on ${rows} old rows: ${ms(up.ms)} ms (${Math.round(rows / (up.ms / 1000))} rows/s)`);
    const ins = insertThroughput(count(values['insert-events']));
    const oldRate = ins['old (events-1/2)'];
    console.log(`\ninsert throughput, fresh file, ${values['insert-events']} events in chunks of ${CHUNK}, median of 3:`);
    for (const [k, v] of Object.entries(ins)) console.log(`  ${k}: ${Math.round(v)} events/s (${(v / oldRate).toFixed(2)} of old)`);
  }
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
