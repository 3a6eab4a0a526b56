#!/usr/bin/env node
// npm run bench:ingest: ingest throughput into the real SQLite file (WAL, synchronous=FULL) through the
// real SqliteEventStore, batched transactions versus one event per transaction, in the same run.
// Prints per-round figures, medians and the ratio. Uses the built code (collector/dist).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem, hostname } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { openDatabase } from '../dist/store/db.js';
import { SqliteEventStore, eventsMigrations } from '../dist/events/store.js';
import { vigil } from '@vigil/proto';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    events: { type: 'string', default: '50000' },
    batch: { type: 'string', default: '1000' },
    'baseline-events': { type: 'string', default: '2000' },
    dir: { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const batchSize = Number(values.batch);
const batchedEvents = Number(values.events);
const baselineEvents = Number(values['baseline-events']);

const base = BigInt(Date.now()) * 1_000_000n;
/** A realistic mix: process starts, sshd log lines, connections (decoded Event instances, as ingest gets them). */
function makeEvents(agentId, from, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const seq = from + i;
    const common = { id: randomUUID(), agentId, seq, timeNs: (base + BigInt(seq) * 1000n).toString() };
    const k = seq % 3;
    const obj =
      k === 0
        ? {
            ...common,
            processStart: {
              pid: 1000 + (seq % 30000),
              ppid: 1,
              exe: '/usr/bin/curl',
              argv: ['curl', '-s', `https://example.org/${seq}`],
              cwd: '/root',
              uid: 0,
              user: 'root',
              sha256: 'ab'.repeat(32),
              parentExe: '/bin/bash',
              parentArgv: ['-bash'],
              source: 'procfs',
            },
          }
        : k === 1
          ? {
              ...common,
              log: {
                source: '/var/log/auth.log',
                raw: `Dec 10 06:55:46 host sshd[24200]: Failed password for invalid user admin from 173.234.31.${seq % 255} port ${30000 + (seq % 30000)} ssh2`,
                parser: 'sshd',
                action: 'failed_password',
                fields: { user: 'admin', src_ip: `173.234.31.${seq % 255}`, src_port: String(30000 + (seq % 30000)) },
                program: 'sshd',
              },
            }
          : {
              ...common,
              networkConnection: {
                transport: 1,
                ipVersion: 4,
                localAddress: '10.0.0.5',
                localPort: 40000 + (seq % 20000),
                remoteAddress: '93.184.216.34',
                remotePort: 443,
                state: 'ESTABLISHED',
                direction: 1,
                pid: 4242,
                exe: '/usr/bin/curl',
              },
            };
    out.push(vigil.v1.Event.fromObject(obj));
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function runMode(store, agentId, events, perTx) {
  const batches = [];
  for (let i = 0; i < events.length; i += perTx) batches.push(events.slice(i, i + perTx));
  const t0 = process.hrtime.bigint();
  for (const b of batches) store.insertBatches([{ agentId, events: b }]);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  return events.length / s;
}

const work = values.dir ?? mkdtempSync(join(tmpdir(), 'vigil-bench-ingest-'));
const dbPath = join(work, 'events.db');
const db = openDatabase({ path: dbPath, migrations: eventsMigrations });
const store = new SqliteEventStore(db);
const batched = [];
const single = [];
let seqBatched = 1;
let seqSingle = 1;
try {
  console.log(`vigil bench:ingest  ${new Date().toISOString()}`);
  console.log(
    `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, host ${hostname()}, node ${process.version}`,
  );
  console.log(`database: ${dbPath} (WAL, synchronous=FULL, the collector's own store and indexes)`);
  console.log(`rounds: ${rounds}; batched: ${batchedEvents} events in transactions of ${batchSize}; baseline: ${baselineEvents} events, one per transaction`);
  // warm-up (page cache, statement preparation) not counted
  runMode(store, 'warmup', makeEvents('warmup', 1, 2000), batchSize);
  for (let r = 1; r <= rounds; r++) {
    // alternate the order so neither mode always runs on a fuller file
    const order = r % 2 ? ['batched', 'single'] : ['single', 'batched'];
    for (const mode of order) {
      if (mode === 'batched') {
        const evs = makeEvents('agent-batched', seqBatched, batchedEvents);
        seqBatched += batchedEvents;
        batched.push(runMode(store, 'agent-batched', evs, batchSize));
      } else {
        const evs = makeEvents('agent-single', seqSingle, baselineEvents);
        seqSingle += baselineEvents;
        single.push(runMode(store, 'agent-single', evs, 1));
      }
    }
    console.log(`round ${r}: batched ${batched.at(-1).toFixed(0)} events/s, one-per-transaction ${single.at(-1).toFixed(0)} events/s`);
  }
  const mb = median(batched);
  const ms = median(single);
  console.log('');
  console.log(`median batched (${batchSize}/tx):      ${mb.toFixed(0)} events/s`);
  console.log(`median one event per transaction: ${ms.toFixed(0)} events/s`);
  console.log(`ratio batched / one-per-transaction: ${(mb / ms).toFixed(1)}x`);
  console.log(`stored: ${store.count()} events, database ${(statSync(dbPath).size / 2 ** 20).toFixed(1)} MiB`);
} finally {
  db.close();
  if (!values.dir) rmSync(work, { recursive: true, force: true });
}
