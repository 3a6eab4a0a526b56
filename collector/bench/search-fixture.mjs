// bench:search's fixture: a realistic fleet's events (process starts with parent chains, exits, connections,
// sshd/sudo/cron log lines, file changes, health) over ~1,000 hosts, as decoded Event instances like ingest
// hands the store; and the OLD event store's insert and read paths (schema events-1/2, before issue 18), kept
// here verbatim in their SQL so the same run can time the baseline.
import { createHash } from 'node:crypto';
import { u64ToBigInt, u64ToNumber, vigil } from '@vigil/proto';
import { eventToJson } from '../dist/events/json.js';

/** Deterministic PRNG (mulberry32), so two runs build the same fleet. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha = (s) => createHash('sha256').update(s).digest('hex');
const EXES = [
  '/usr/bin/bash',
  '/usr/sbin/cron',
  '/usr/bin/python3',
  '/usr/bin/node',
  '/usr/bin/curl',
  '/usr/bin/ssh',
  '/usr/sbin/sshd',
  '/usr/bin/sudo',
  '/usr/bin/systemctl',
  '/usr/bin/git',
  '/usr/bin/tar',
  '/usr/bin/gzip',
  '/usr/bin/awk',
  '/usr/bin/grep',
  ...Array.from({ length: 140 }, (_, i) => `/opt/app/bin/worker-${i}`),
];
const EXE_HASH = new Map(EXES.map((e) => [e, sha(e)]));
const USERS = ['root', 'deploy', 'www-data', 'postgres', 'backup', ...Array.from({ length: 25 }, (_, i) => `user${i}`)];
const remoteOf = (n) => `198.51.${(n >> 8) & 255}.${n & 255}`;
/** The word only a few events hold (about 1 in 100,000) and the one many hold (cron's "session" lines, ~7 %). */
export const RARE_WORD = 'zebracornium';
export const COMMON_WORD = 'session';
/** A hash and an exe the queries look up: a worker binary that runs on every host now and then. */
export const LOOKUP_EXE = '/opt/app/bin/worker-77';
export const LOOKUP_SHA256 = EXE_HASH.get(LOOKUP_EXE);

/** The fleet: `hosts` agents, each with its own sequence, events 100 µs apart fleet-wide (10/s per host). */
export function makeFleet(hosts, seed = 1) {
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() ** 2 * list.length)];
  const seqs = new Uint32Array(hosts);
  const t0Ms = Date.now() - 86_400_000;
  const t0 = BigInt(t0Ms) * 1_000_000n;
  let i = 0;
  /** The next `count` events in arrival order, grouped into one batch per host. */
  const next = (count) => {
    const byHost = new Map();
    for (let k = 0; k < count; k++, i++) {
      const h = Math.floor(rand() * hosts);
      const agentId = `agent-${String(h).padStart(5, '0')}`;
      const seq = ++seqs[h];
      // a few hosts' clocks run a minute behind: their events arrive out of time order
      const timeNs = t0 + BigInt(i) * 100_000n - (h % 97 === 0 ? 60_000_000_000n : 0n);
      const common = { id: `${agentId}-${seq}-${(i * 2654435761) >>> 0}`, agentId, seq, timeNs: timeNs.toString() };
      const r = rand();
      const pid = 1000 + Math.floor(rand() * 60000);
      const user = pick(USERS);
      let obj;
      if (i % 100_003 === 17) {
        obj = { ...common, log: { source: '/var/log/syslog', raw: `kernel: audit note ${RARE_WORD} flagged pid ${pid}`, program: 'kernel' } };
      } else if (r < 0.3) {
        const exe = rand() < 0.02 ? LOOKUP_EXE : pick(EXES);
        obj = {
          ...common,
          processStart: {
            pid,
            ppid: pid - 7,
            startTimeTicks: String(i),
            startTimeNs: timeNs.toString(),
            exe,
            argv: [
              exe,
              '--config',
              `/etc/app/conf.d/${pid % 50}.conf`,
              '--log-file',
              `/var/log/app/${exe.split('/').pop()}-${pid}.log`,
              '--listen',
              `0.0.0.0:${8000 + (pid % 100)}`,
              '-v',
            ],
            cwd: `/srv/app/releases/2026-11-${10 + (h % 20)}`,
            tty: 'pts/0',
            hashSkipped: '',
            uid: USERS.indexOf(user),
            user,
            gid: 100,
            euid: 0,
            sessionId: pid % 900,
            sha256: EXE_HASH.get(exe),
            parentPid: pid - 7,
            parentExe: '/usr/bin/bash',
            parentArgv: ['bash', '-c', 'run-job'],
            comm: exe.split('/').pop().slice(0, 15),
            source: 'audit',
            auid: 1000,
            loginUser: 'deploy',
            ancestors: [
              { pid: pid - 7, exe: '/usr/bin/bash', argv: ['bash', '-c', 'run-job'] },
              { pid: pid - 20, exe: '/usr/sbin/cron', argv: ['/usr/sbin/cron', '-f', '-P'] },
              { pid: 1, exe: '/usr/lib/systemd/systemd', argv: ['/sbin/init', 'splash'] },
            ],
            loaderEnv: h % 50 === 0 ? { LD_LIBRARY_PATH: '/opt/app/lib' } : {},
          },
        };
      } else if (r < 0.4) {
        obj = { ...common, processExit: { pid, startTimeTicks: String(i - 5), exe: pick(EXES), durationMs: String(Math.floor(rand() * 9000)) } };
      } else if (r < 0.65) {
        const remote = remoteOf(Math.floor(rand() ** 3 * 5000));
        obj = {
          ...common,
          networkConnection: {
            transport: 1,
            ipVersion: 4,
            localAddress: `10.${h >> 8}.${h & 255}.10`,
            localPort: 30000 + (pid % 30000),
            remoteAddress: remote,
            remotePort: rand() < 0.7 ? 443 : 5432,
            state: 'ESTABLISHED',
            direction: 1,
            pid,
            exe: pick(EXES),
            inode: String(pid * 7),
            uid: 33,
            source: 'audit',
            auid: 1000,
            result: 'ok',
          },
        };
      } else if (r < 0.85) {
        const c = rand();
        const ip = remoteOf(Math.floor(rand() * 5000));
        obj =
          c < 0.35
            ? {
                ...common,
                log: {
                  source: '/var/log/auth.log',
                  raw: `CRON[${pid}]: pam_unix(cron:${COMMON_WORD}): ${COMMON_WORD} opened for user ${user} by (uid=0)`,
                  parser: 'cron',
                  program: 'CRON',
                  fields: { user },
                },
              }
            : c < 0.7
              ? {
                  ...common,
                  log: {
                    source: '/var/log/auth.log',
                    raw: `sshd[${pid}]: Accepted publickey for ${user} from ${ip} port ${pid} ssh2: ED25519 SHA256:${EXE_HASH.get(user === 'root' ? EXES[0] : EXES[1]).slice(0, 43)}`,
                    parser: 'sshd',
                    action: 'accepted_publickey',
                    program: 'sshd',
                    fields: { user, src_ip: ip, src_port: String(pid) },
                  },
                }
              : c < 0.85
                ? {
                    ...common,
                    log: {
                      source: '/var/log/auth.log',
                      raw: `sshd[${pid}]: Failed password for invalid user ${user} from ${ip} port ${pid} ssh2`,
                      parser: 'sshd',
                      action: 'failed_password',
                      program: 'sshd',
                      fields: { user, src_ip: ip },
                    },
                  }
                : {
                    ...common,
                    log: {
                      source: '/var/log/auth.log',
                      raw: `sudo: ${user} : TTY=pts/0 ; PWD=/home/${user} ; USER=root ; COMMAND=/usr/bin/systemctl restart app`,
                      parser: 'sudo',
                      program: 'sudo',
                      fields: { user, target_user: 'root', command: '/usr/bin/systemctl restart app' },
                    },
                  };
      } else if (r < 0.95) {
        const path = `/etc/app/${pid % 50}.conf`;
        obj = {
          ...common,
          fileChange: {
            path,
            action: 2,
            before: { sha256: sha(`${path}${i - 1}`), mode: 33188, size: String(900) },
            after: { sha256: sha(`${path}${i}`), mode: 33188, size: String(912) },
            watch: 'app-config',
          },
        };
      } else {
        obj = {
          ...common,
          health: {
            cpuPercent: rand() * 4,
            rssBytes: String(80_000_000),
            eventsPerSecond: 10,
            spoolBytes: '0',
            processSource: 'audit',
            networkSource: 'audit',
          },
        };
      }
      let batch = byHost.get(agentId);
      if (!batch) byHost.set(agentId, (batch = []));
      batch.push(vigil.v1.Event.fromObject(obj));
    }
    return [...byHost].map(([agentId, events]) => ({ agentId, events }));
  };
  /** t0Ms: the fleet's first event time; stepNs: fleet-wide spacing of events. */
  return { next, t0Ms, stepNs: 100_000 };
}

/** The old insert path (store.ts before issue 18): encode, one row of seven columns, the acked sequence. */
export function oldInserter(db) {
  const insert = db.prepare('INSERT OR IGNORE INTO events (agent_id, seq, id, time_ns, kind, received_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const setAcked = db.prepare('INSERT INTO agent_seq (agent_id, acked_seq) VALUES (?, ?) ON CONFLICT(agent_id) DO UPDATE SET acked_seq = excluded.acked_seq');
  const kindOf = (e) => e.payload.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return db.transaction((batches) => {
    const now = Date.now();
    for (const { agentId, events } of batches) {
      let acked = 0;
      for (const ev of events) {
        const body = vigil.v1.Event.encode(ev).finish();
        insert.run(agentId, u64ToNumber(ev.seq), ev.id, u64ToBigInt(ev.timeNs), kindOf(ev), now, body);
        acked = u64ToNumber(ev.seq);
      }
      setAcked.run(agentId, acked);
    }
  });
}

const COLS = 'rowid, agent_id, seq, id, time_ns, kind, body';
/** The old read path (store-reads.ts before issue 18): newest first with an OR cursor, text by a scan window. */
export function oldSearch(db, q, maxTextScanRows = 200_000) {
  const where = [];
  const args = [];
  if (q.agentId) (where.push('agent_id = ?'), args.push(q.agentId));
  if (q.kinds) (where.push(`kind IN (${q.kinds.map(() => '?').join(',')})`), args.push(...q.kinds));
  if (q.after) (where.push('(time_ns < ? OR (time_ns = ? AND rowid < ?))'), args.push(q.after.timeNs, q.after.timeNs, q.after.rowid));
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const filtered = `SELECT ${COLS} FROM events ${w} ORDER BY time_ns DESC, rowid DESC`;
  const needle = q.text?.toLowerCase();
  const limit = q.limit + 1;
  const rows = needle
    ? db
        .prepare(`SELECT * FROM (${filtered} LIMIT ?) WHERE instr(lower(CAST(body AS TEXT)), ?) > 0 ORDER BY time_ns DESC, rowid DESC LIMIT ?`)
        .safeIntegers(true)
        .all(...args, maxTextScanRows, needle, limit)
    : db
        .prepare(`${filtered} LIMIT ?`)
        .safeIntegers(true)
        .all(...args, limit);
  const out = [];
  for (const r of rows) {
    const event = vigil.v1.Event.decode(r.body);
    if (needle && !JSON.stringify(eventToJson(event)).toLowerCase().includes(needle)) continue;
    out.push({ rowid: Number(r.rowid), timeNs: r.time_ns, event });
  }
  let next;
  if (out.length > q.limit) next = { timeNs: out[q.limit - 1].timeNs, rowid: out[q.limit - 1].rowid };
  else if (needle) {
    const end = db
      .prepare(`SELECT time_ns, rowid FROM events ${w} ORDER BY time_ns DESC, rowid DESC LIMIT 1 OFFSET ?`)
      .safeIntegers(true)
      .get(...args, maxTextScanRows - 1);
    next = end ? { timeNs: end.time_ns, rowid: Number(end.rowid) } : undefined;
  }
  return { events: out.slice(0, q.limit), next };
}

/** The old retention (store.ts before issue 18): per kind, 5000 rows a statement by the kind index; then oldest rowids. */
export function oldPrune(db, { maxAgeMs, maxBytes, nowMs }) {
  const cutoffNs = BigInt(Math.max(0, nowMs - maxAgeMs)) * 1_000_000n;
  const pruneKind = db.prepare('DELETE FROM events WHERE rowid IN (SELECT rowid FROM events WHERE kind = ? AND time_ns < ? LIMIT 5000)');
  const pruneOldest = db.prepare('DELETE FROM events WHERE rowid IN (SELECT rowid FROM events ORDER BY rowid LIMIT ?)');
  const used = () =>
    (Number(db.pragma('page_count', { simple: true })) - Number(db.pragma('freelist_count', { simple: true }))) *
    Number(db.pragma('page_size', { simple: true }));
  let deleted = 0;
  for (const kind of db.prepare('SELECT DISTINCT kind FROM events').pluck().all()) {
    for (let n = 1; n > 0; deleted += n) n = pruneKind.run(kind, cutoffNs).changes;
  }
  while (used() > maxBytes && db.prepare('SELECT 1 FROM events LIMIT 1').get()) deleted += pruneOldest.run(2000).changes;
  return deleted;
}
