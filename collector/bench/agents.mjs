#!/usr/bin/env node
// npm run bench:agents: what one agent write costs with 1,000 and 10,000 enrolled agents, the old way (the
// agents list inside state.json, every change a locked rewrite of the whole file through the real
// LowdbStateStore) against the agent table (SqliteAgentStore on a real WAL file, synchronous=FULL), in the
// same run. Writes: last seen, inventory, and an enrollment (the token use plus the agent row: in state.json
// and the agent table before issue 18, one transaction of the token and agent tables since).
// Prints per-size medians and ratios. Uses the built code (collector/dist).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus, totalmem, hostname, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../dist/store/db.js';
import { LowdbStateStore } from '../dist/store/state.js';
import { SqliteAgentStore, agentsMigrations } from '../dist/hosts/agent-store.js';
import { enrollAgent } from '../dist/hosts/enroll.js';
import { SqliteTokenStore, tokensMigrations } from '../dist/hosts/token-store.js';
import { defaultAgentsOptions } from '../dist/hosts/options.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'old-samples': { type: 'string', default: '9' },
    'new-samples': { type: 'string', default: '101' },
    dir: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const oldSamples = Number(values['old-samples']);
const newSamples = Number(values['new-samples']);

/** About 8 KiB of JSON: the size that made 1,000 agents an 8 MB state.json (issue 15). */
function inventory(n, round = 0) {
  return {
    hostname: `host-${n}`,
    machineId: `${n}`.padStart(32, '0'),
    osName: 'Debian GNU/Linux',
    osVersion: '12',
    kernel: '6.1.0-27-amd64',
    arch: 'x64',
    cpuModel: 'Intel(R) Xeon(R) CPU',
    cpuCores: 2,
    memoryBytes: 4294967296,
    interfaces: [
      { name: 'lo', mac: '00:00:00:00:00:00', addresses: ['127.0.0.1/8', '::1/128'] },
      { name: 'eth0', mac: '52:54:00:12:34:56', addresses: [`10.${(n >> 8) & 255}.${n & 255}.5/16`, 'fe80::5054:ff:fe12:3456/64'] },
    ],
    bootTimeMs: 1764547100000 + round,
    agentVersion: '0.1.0',
    nodeVersion: 'v20.19.0',
    services: Array.from({ length: 200 }, (_, i) => `service-number-${i}-of-host.service`),
  };
}

function record(n) {
  return {
    id: `agent-${n}`,
    publicKey: Buffer.alloc(32, n % 251).toString('base64'),
    hostname: `host-${n}`,
    machineId: `${n}`.padStart(32, '0'),
    os: 'Debian GNU/Linux 12',
    agentVersion: '0.1.0',
    enrolledAtMs: 1764547200000,
    lastSeenAtMs: 1764547200000,
    dryRun: false,
    revoked: false,
    tokenId: 'seed',
    inventory: inventory(n),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const timeMs = (fn) => {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));

/** The old path: the agents list in the state file, each change one locked rewrite of all of it. */
function oldPath(dir, n) {
  const file = join(dir, 'state.json');
  const state = new LowdbStateStore(file);
  // The list cannot be named "agents" any more (the store reserves it); the file and each write are the same.
  state.replaceCollections({ legacyAgents: Array.from({ length: n }, (_, i) => record(i)) });
  const bytes = statSync(file).size;
  const update = (fn) => state.mutateCollection('legacyAgents', (list) => (fn(list), list));
  const lastSeen = [];
  const inv = [];
  const enroll = [];
  for (let s = 0; s < oldSamples; s++) {
    const i = (s * 7919) % n;
    lastSeen.push(
      timeMs(() =>
        update((list) =>
          Object.assign(
            list.find((a) => a.id === `agent-${i}`),
            { lastSeenAtMs: Date.now() },
          ),
        ),
      ),
    );
    inv.push(
      timeMs(() =>
        update((list) =>
          Object.assign(
            list.find((a) => a.id === `agent-${i}`),
            { inventory: inventory(i, s + 1) },
          ),
        ),
      ),
    );
    const k = n + s;
    // the old enrollAgent: token check, clone scan and push in one locked rewrite of the whole file
    enroll.push(
      timeMs(() =>
        update((list) => {
          const a = record(k);
          const twin = list.find((x) => x.machineId === a.machineId && x.publicKey !== a.publicKey && !x.revoked);
          list.push({ ...a, ...(twin ? { cloneOf: twin.id } : {}) });
        }),
      ),
    );
  }
  return { bytes, lastSeen: median(lastSeen), inventory: median(inv), enroll: median(enroll) };
}

/** The new path: the agent table; enrollment spends the token use in the token table, one transaction. */
function newPath(dir, n) {
  const dbPath = join(dir, 'events.db');
  const db = openDatabase({ path: dbPath, migrations: [...agentsMigrations, ...tokensMigrations] });
  try {
    const agents = new SqliteAgentStore(db, defaultAgentsOptions());
    const state = new SqliteTokenStore(db);
    agents.importRecords(Array.from({ length: n }, (_, i) => record(i)));
    const lastSeen = [];
    const inv = [];
    const enroll = [];
    for (let s = 0; s < newSamples; s++) {
      const i = (s * 7919) % n;
      lastSeen.push(timeMs(() => agents.update(`agent-${i}`, { lastSeenAtMs: Date.now() })));
      inv.push(timeMs(() => agents.update(`agent-${i}`, { inventory: inventory(i, s + 1) })));
      const { token } = state.create({ ttlSeconds: 600, maxUses: 1, nowMs: Date.now() });
      const a = record(n + s);
      enroll.push(
        timeMs(() => {
          const r = enrollAgent(state, agents, { ...a, token, nowMs: Date.now(), newId: a.id });
          if (!r.ok) throw new Error(r.code);
        }),
      );
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { bytes: statSync(dbPath).size, lastSeen: median(lastSeen), inventory: median(inv), enroll: median(enroll) };
  } finally {
    db.close();
  }
}

console.log(`vigil bench:agents  ${new Date().toISOString()}`);
console.log(`machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, host ${hostname()}, node ${process.version}`);
console.log(
  `load average at start: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`samples per operation: old ${oldSamples}, new ${newSamples}; inventory ~${JSON.stringify(inventory(1)).length} bytes of JSON per agent`);
const rows = [];
for (const n of sizes) {
  const work = values.dir ? join(values.dir, String(n)) : mkdtempSync(join(tmpdir(), `vigil-bench-agents-${n}-`));
  try {
    const oldDir = mkdtempSync(join(work, 'old-'));
    const newDir = mkdtempSync(join(work, 'new-'));
    const o = oldPath(oldDir, n);
    const t = newPath(newDir, n);
    rows.push({ n, o, t });
    console.log(
      `${n} agents: state.json ${(o.bytes / 2 ** 20).toFixed(1)} MiB, agent table file ${(t.bytes / 2 ** 20).toFixed(1)} MiB; ` +
        `last seen ${fmt(o.lastSeen)} ms -> ${fmt(t.lastSeen)} ms, inventory ${fmt(o.inventory)} ms -> ${fmt(t.inventory)} ms, ` +
        `enroll ${fmt(o.enroll)} ms -> ${fmt(t.enroll)} ms`,
    );
  } finally {
    if (!values.dir) rmSync(work, { recursive: true, force: true });
  }
}
console.log('');
console.log('| agents | write | state.json (old), median | agent table (new), median | ratio |');
console.log('| --- | --- | --- | --- | --- |');
for (const { n, o, t } of rows)
  for (const [label, key] of [
    ['last seen', 'lastSeen'],
    ['inventory', 'inventory'],
    ['enrollment', 'enroll'],
  ])
    console.log(`| ${n.toLocaleString('en')} | ${label} | ${fmt(o[key])} ms | ${fmt(t[key])} ms | ${(o[key] / t[key]).toFixed(0)}× |`);
