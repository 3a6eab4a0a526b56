#!/usr/bin/env node
// npm run bench:rebuild: what rebuilding the correlation windows from stored events (detect.rebuildMaxEvents)
// adds to a collector's start. A real data folder holds N events of a realistic 1,000-host fleet
// (search-fixture.mjs), all received within the built-in rules' longest timespan; the real collector app is
// then started on it with the rebuild off (the baseline) and on, in interleaved rounds. Timed: until it serves
// (listening, /healthz answered), until its windows are whole (ingest commits again), and /healthz's answers
// while the rebuild runs.
import { linkSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { vigil } from '@vigil/proto';
import { silentLogger } from '@vigil/logger';
import { createCollectorApp } from '../dist/app.js';
import { loadCollectorConfig } from '../dist/config.js';
import { initCommand } from '../dist/cli/commands/init.js';
import { makeFleet } from './search-fixture.mjs';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '250000' },
    rounds: { type: 'string', default: '3' },
    // an events.db filled beforehand (bench:search's, say): started on instead of a fresh fill, with the
    // default rebuild bound and start check, at a clock just after its newest row was received. The file is
    // hard-linked into the data folder and the collector's other migrations are applied to it.
    'events-db': { type: 'string' },
  },
});
const GIVEN = values['events-db'];
const benchStart = Date.now();
const ROUNDS = Number(values.rounds);

const dir = mkdtempSync(join(tmpdir(), 'vigil-rebuild-'));
let EVENTS = Number(values.events);
let clock = Date.now;
const config = (rebuildMaxEvents) =>
  loadCollectorConfig({
    overrides: { dataDir: dir, listen: { port: 0 }, detect: { rebuildMaxEvents }, ...(GIVEN ? {} : { storage: { startCheck: 'off' } }) },
  });
try {
  await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
  if (GIVEN) {
    for (const f of ['events.db', 'events.db-wal', 'events.db-shm']) rmSync(join(dir, f), { force: true });
    linkSync(GIVEN, join(dir, 'events.db'));
    const db = new Database(join(dir, 'events.db'), { readonly: true });
    const last = db.prepare('SELECT rowid, received_ms FROM events ORDER BY rowid DESC LIMIT 1').get();
    db.close();
    const lastMs = last.received_ms;
    clock = () => lastMs + 1000 + (Date.now() - benchStart);
    console.log(`${GIVEN}: ${(statSync(GIVEN).size / 2 ** 30).toFixed(1)} GiB, newest rowid ${last.rowid.toLocaleString('en')}`);
    EVENTS = 250_000; // the default detect.rebuildMaxEvents
  } else {
    const fill = await createCollectorApp({ config: config(0), logger: silentLogger() });
    const fleet = makeFleet(1000);
    for (let d = 0; d < EVENTS; d += 10_000) {
      const batches = fleet.next(Math.min(10_000, EVENTS - d)).map((b) => ({ agentId: b.agentId, events: b.events.map((e) => vigil.v1.Event.fromObject(e)) }));
      fill.events.insertBatches(batches);
    }
    await fill.stop();
  }

  const startOnce = async (rebuildMaxEvents) => {
    const t0 = process.hrtime.bigint();
    const since = () => Number(process.hrtime.bigint() - t0) / 1e6;
    const app = await createCollectorApp({ config: config(rebuildMaxEvents), logger: silentLogger(), clock });
    let readyMs;
    const ready = app.alerts.ready.then(() => (readyMs = since()));
    const url = await app.listen();
    const healthz = async () => {
      const h0 = since();
      await (await fetch(`${url}/healthz`)).arrayBuffer();
      return since() - h0;
    };
    await healthz();
    const servingMs = since();
    const during = []; // /healthz round trips that began before the windows were whole
    while (readyMs === undefined) during.push(await healthz());
    await ready;
    const groups = app.alerts.stage.correlationGroups;
    await app.stop();
    return { servingMs, readyMs, during, groups };
  };
  // a given file: one start first applies the collector's other migrations to it, untimed
  if (GIVEN) console.log(`first start (migrations, cold page cache): ${(await startOnce(0)).servingMs.toFixed(0)} ms to serving`);
  const off = [];
  const on = [];
  const during = [];
  let groups = 0;
  for (let r = 0; r < ROUNDS; r++) {
    off.push(await startOnce(0));
    const o = await startOnce(EVENTS);
    on.push(o);
    during.push(...o.during);
    groups = o.groups;
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const of = (runs, k) => median(runs.map((x) => x[k]));
  const f = (ms) => ms.toFixed(0);
  console.log(`bench:rebuild on ${hostname()} (${cpus().length} × ${cpus()[0]?.model}), Node ${process.version}, ${new Date().toISOString()}`);
  console.log(
    GIVEN
      ? `the events.db above, its newest rows inside the longest correlation window, the rebuild bounded at ${EVENTS}; median of ${ROUNDS} interleaved starts`
      : `${EVENTS} stored events over 1,000 hosts, all inside the longest correlation window; median of ${ROUNDS} interleaved starts`,
  );
  console.log('| start | serving (/healthz answered) ms | windows whole (ingest commits) ms | correlation groups after it |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| rebuild off (detect.rebuildMaxEvents 0) | ${f(of(off, 'servingMs'))} | ${f(of(off, 'readyMs'))} | 0 |`);
  console.log(
    `| rebuild ${GIVEN ? `bounded at ${EVENTS}` : `over ${EVENTS} stored events`} | ${f(of(on, 'servingMs'))} | ${f(of(on, 'readyMs'))} | ${groups} |`,
  );
  const sorted = [...during].sort((a, b) => a - b);
  const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  console.log(
    `rebuild adds ${f(of(on, 'readyMs') - of(off, 'readyMs'))} ms before ingest commits: ${(((of(on, 'readyMs') - of(off, 'readyMs')) * 1000) / EVENTS).toFixed(2)} µs per stored event of the window; serving ${(of(on, 'servingMs') / of(off, 'servingMs')).toFixed(2)}× the baseline`,
  );
  console.log(`/healthz during the rebuild: ${sorted.length} answers, p50 ${q(0.5).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms, max ${q(1).toFixed(1)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
