#!/usr/bin/env node
// npm run bench:host-start: what rebuilding the host picture costs at collector start, on a real event
// database: the old eager replay (every host's process and connection events decoded at start) against the
// lazy tracker (health, inventory and tamper at start; a host's tables on first look), in the same run.
// Prints start-up time and heap growth of each, and the cost of one host's first look. Uses collector/dist.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, hostname } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../dist/store/db.js';
import { SqliteEventStore, eventsMigrations } from '../dist/events/store.js';
import { HostTracker } from '../dist/hosts/tracker.js';
import { vigil } from '@vigil/proto';

const { values } = parseArgs({
  options: { hosts: { type: 'string', default: '200' }, events: { type: 'string', default: '5000' }, replay: { type: 'string', default: '20000' } },
});
const hosts = Number(values.hosts);
const perHost = Number(values.events);
const replay = Number(values.replay);
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-host-start-'));
try {
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: eventsMigrations });
  const store = new SqliteEventStore(db);
  const base = BigInt(Date.now()) * 1_000_000n;
  const t0 = performance.now();
  for (let h = 0; h < hosts; h++) {
    const agentId = `agent-${h}`;
    const events = [];
    for (let i = 1; i <= perHost; i++) {
      const common = { id: `${agentId}-${i}`, agentId, seq: i, timeNs: (base + BigInt(i) * 1000n).toString() };
      const k = i % 4;
      events.push(
        k === 0
          ? {
              ...common,
              networkConnection: { transport: 1, localAddress: '10.0.0.1', localPort: 30000 + (i % 5000), remoteAddress: '192.0.2.1', remotePort: 443, pid: i },
            }
          : k === 1
            ? { ...common, processExit: { pid: i - 1, startTimeTicks: i - 1 } }
            : k === 2
              ? { ...common, health: { cpuPercent: 2 } }
              : { ...common, processStart: { pid: i, ppid: 1, startTimeTicks: i, exe: '/usr/bin/cron', argv: ['/usr/sbin/cron', '-f'], user: 'root' } },
      );
    }
    store.insertBatches([{ agentId, events: events.map((e) => vigil.v1.Event.fromObject(e)) }]);
  }
  const filled = performance.now() - t0;
  const ids = Array.from({ length: hosts }, (_, h) => `agent-${h}`);
  const measure = (name, build) => {
    globalThis.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const s = performance.now();
    const tracker = build();
    const ms = performance.now() - s;
    globalThis.gc?.();
    return { name, startMs: Math.round(ms), heapMiB: Math.round((process.memoryUsage().heapUsed - heap0) / 1048576), tracker };
  };
  const tables = (id) => [store.recent(id, ['process_start', 'process_exit'], replay), store.recent(id, ['network_connection', 'network_listener'], replay)];
  const eager = measure('eager replay (before)', () => {
    const t = new HostTracker();
    for (const id of ids) {
      for (const events of tables(id)) t.apply(id, events);
      t.apply(id, store.recent(id, ['inventory', 'health', 'tamper'], 10));
    }
    return t;
  });
  const lazy = measure('lazy tables (after)', () => {
    const t = new HostTracker(undefined, tables);
    for (const id of ids) t.apply(id, store.recent(id, ['inventory', 'health', 'tamper'], 10));
    return t;
  });
  const s = performance.now();
  const n = lazy.tracker.processes(ids[0]).length;
  const firstLook = performance.now() - s;
  if (n !== eager.tracker.processes(ids[0]).length) throw new Error('lazy and eager pictures differ');
  console.log(
    `machine: ${hostname()}, ${cpus().length} cores, node ${process.version}; ${hosts} hosts x ${perHost} events = ${hosts * perHost} stored in ${Math.round(filled)} ms`,
  );
  for (const r of [eager, lazy]) console.log(`${r.name}: start ${r.startMs} ms, heap +${r.heapMiB} MiB`);
  console.log(
    `lazy: one host's first look ${Math.round(firstLook)} ms (${n} processes); start-up ratio ${(eager.startMs / Math.max(1, lazy.startMs)).toFixed(1)}x`,
  );
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
