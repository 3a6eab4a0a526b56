import { describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { parseAuditMessage } from '../parsers/auditd.js';
import { AuditAssembler, type AuditGroup } from '../parsers/audit-group.js';
import { auditActor, auditExec, parseSockaddr } from '../parsers/audit-events.js';
import { accessOf, auditAgentSignal, auditConnection, auditFileAccesses, auditLogRecord, watchFor, watchForRelative } from './audit-translate.js';
import { syscallName } from './syscalls.js';

/** Groups kernel-format records ("audit(T:S): ...") as the sensor does. */
function group(records: Array<[string, string]>): AuditGroup {
  let out: AuditGroup | undefined;
  const a = new AuditAssembler({ idleMs: 1000, maxOpen: 10, maxRecords: 50 }, (g) => (out = g));
  for (const [type, text] of records) a.add(parseAuditMessage(type, text)!, `type=${type} msg=${text}`, 0);
  a.flushAll();
  return out!;
}

const T = 'audit(1796152917.100:795): ';

describe('audit groups from the kernel', () => {
  it('an execve with a split argv becomes one exec with every argument, and SYSCALL args stay hex numbers', () => {
    const g = group([
      [
        'SYSCALL',
        `${T}arch=c000003e syscall=59 success=yes exit=0 a0=55d0 a1=18023590 a2=7ffe a3=8 items=2 ppid=10 pid=11 auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=3 comm="cat" exe="/usr/bin/cat" key="vigil"`,
      ],
      ['EXECVE', `${T}argc=3 a0="cat" a1_len=6 a1[0]=2F65 a1[1]=7463`],
      ['EXECVE', `${T}a2="x y"`],
      ['CWD', `${T}cwd="/root"`],
      ['EOE', T],
    ]);
    expect(g.records.find((r) => r.type === 'SYSCALL')!.fields.a1).toBe('18023590');
    const e = auditExec(g)!;
    expect(e.argv).toEqual(['cat', '/etc', 'x y']);
    expect(e).toMatchObject({ pid: 11, ppid: 10, auid: 1000, exe: '/usr/bin/cat', cwd: '/root', tty: 'pts/0', sessionId: 3 });
  });

  it('a non-blocking connect to an inet peer is an outbound connection with its process', () => {
    const g = group([
      [
        'SYSCALL',
        `${T}arch=c000003e syscall=42 success=no exit=-115 a0=3 a1=7ffd a2=10 a3=0 items=0 ppid=1 pid=42 auid=4294967295 uid=33 gid=33 euid=33 comm="curl" exe="/usr/bin/curl" key="vigil"`,
      ],
      ['SOCKADDR', `${T}saddr=02000050C0A80001`],
      ['EOE', T],
    ]);
    const actor = auditActor(g)!;
    const c = auditConnection(g, actor, syscallName(actor.arch, actor.syscallNr))!;
    expect(c).toMatchObject({
      remoteAddress: '192.168.0.1',
      remotePort: 80,
      direction: vigil.v1.Direction.OUTBOUND,
      pid: 42,
      exe: '/usr/bin/curl',
      uid: 33,
      result: 'in_progress',
      state: 'SYN_SENT',
      source: 'audit',
    });
  });

  it('parses IPv6 socket addresses, compressing zero runs and showing v4-mapped ones dotted', () => {
    expect(parseSockaddr('0A001F90000000000000000000000000000000000000000100000000')).toEqual({ family: 6, port: 8080, address: '::1' });
    expect(parseSockaddr('0A000050' + '00000000' + '00000000000000000000FFFF7F000001' + '00000000')).toMatchObject({ address: '::ffff:127.0.0.1' });
    expect(parseSockaddr('01002F746D70')).toBeUndefined();
    expect(parseSockaddr('zz')).toBeUndefined();
  });

  it('a watched path access names the watch, the access and who did it', () => {
    const g = group([
      [
        'SYSCALL',
        `${T}arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c a1=7ffd a2=0 a3=0 items=1 ppid=5 pid=6 auid=1000 uid=0 euid=0 comm="cat" exe="/usr/bin/cat" key="vigil"`,
      ],
      ['CWD', `${T}cwd="/etc"`],
      ['PATH', `${T}item=0 name="shadow" inode=1 nametype=NORMAL`],
      ['EOE', T],
    ]);
    const actor = auditActor(g)!;
    const [a, ...rest] = auditFileAccesses(g, actor, 'openat', [{ path: '/etc/shadow', dir: false, perms: 4, watch: 'shadow' }], (uid) =>
      uid === 1000 ? 'alice' : 'root',
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      path: '/etc/shadow',
      access: 'read',
      pid: 6,
      exe: '/usr/bin/cat',
      auid: 1000,
      loginUser: 'alice',
      user: 'root',
      watch: 'shadow',
      syscall: 'openat',
    });
  });

  it('access kinds come from the syscall and the open flags', () => {
    expect(accessOf('openat', { a2: '0' })).toBe('read');
    expect(accessOf('openat', { a2: '241' })).toBe('write'); // O_WRONLY|O_CREAT|O_TRUNC
    expect(accessOf('open', { a1: '2' })).toBe('write');
    expect(accessOf('renameat2', {})).toBe('write');
    expect(accessOf('fchmodat', {})).toBe('attr');
    expect(accessOf('execve', {})).toBe('exec');
  });

  it('the longest watch wins, folders cover what is below them only', () => {
    const w = [
      { path: '/etc', dir: true, perms: 2, watch: 'etc' },
      { path: '/etc/cron.d', dir: true, perms: 2, watch: 'cron' },
    ];
    expect(watchFor('/etc/cron.d/x', w)?.watch).toBe('cron');
    expect(watchFor('/etc/cron.daily', w)?.watch).toBe('etc');
    expect(watchFor('/etcetera', w)).toBeUndefined();
  });

  it('other groups are log records named by syscall, like the auditd log parser gives', () => {
    const g = group([
      ['SYSCALL', `${T}arch=c000003e syscall=313 success=yes exit=0 a0=3 ppid=1 pid=9 uid=0 comm="insmod" exe="/usr/bin/kmod" key="vigil"`],
      ['EOE', T],
    ]);
    const log = auditLogRecord(g, 100);
    expect(log).toMatchObject({ source: 'audit', parser: 'auditd', action: 'finit_module', program: 'auditd' });
    expect(log.fields!.SYSCALL).toBe('finit_module');
    // Sigma's auditd rules read the SYSCALL record's own field first; "syscall.syscall" is only the number.
    expect(log.fields!['syscall.SYSCALL']).toBe('finit_module');
    expect(log.fields!['syscall.syscall']).toBe('313');
    expect(log.fields!.exe).toBe('/usr/bin/kmod');
    expect(log.truncated).toBe(true);
  });

  it('a signal another process sent the agent is a Tamper event naming the signal and the sender; probes and other targets are not', () => {
    const signal = (nr: number, args: string, pid = 77, success = 'yes exit=0', opid = 4242) =>
      group([
        [
          'SYSCALL',
          `${T}arch=c000003e syscall=${nr} success=${success} ${args} items=0 ppid=70 pid=${pid} auid=1000 uid=0 euid=0 comm="kill" exe="/usr/bin/kill" key="vigil"`,
        ],
        ['OBJ_PID', `${T}opid=${opid} oauid=-1 ouid=0 oses=-1 ocomm="node"`],
        ['EOE', T],
      ]);
    const named = (g: AuditGroup) => {
      const actor = auditActor(g)!;
      return auditAgentSignal(g, actor, syscallName(actor.arch, actor.syscallNr), 4242);
    };
    expect(named(signal(62, 'a0=1092 a1=13'))).toEqual({
      what: 'agent_signalled',
      detail: 'SIGSTOP sent to the agent (pid 4242) by pid 77 /usr/bin/kill (uid 0, auid 1000) with kill',
      repaired: false,
    });
    // tgkill carries the signal in a2; a refused signal is still reported, as refused
    expect(named(signal(234, 'a0=1092 a1=1092 a2=f', 77, 'no exit=-1'))?.detail).toBe(
      'SIGTERM sent to the agent (pid 4242) by pid 77 /usr/bin/kill (uid 0, auid 1000) with tgkill, refused (EPERM)',
    );
    expect(named(signal(62, 'a0=1092 a1=0'))).toBeUndefined(); // kill -0: a liveness probe
    expect(named(signal(62, 'a0=1093 a1=f', 77, 'yes exit=0', 4243))).toBeUndefined(); // another process
    expect(named(signal(62, 'a0=1092 a1=f', 4242))).toBeUndefined(); // the agent itself
    expect(named(signal(42, 'a0=1092 a1=f'))).toBeUndefined(); // not a signal syscall
    // kill(-pgid) of the agent's group, as a 64-bit register
    expect(named(signal(62, 'a0=ffffffffffffef6e a1=9'))?.detail).toBe(
      "SIGKILL sent to the agent's process group (pid 4242) by pid 77 /usr/bin/kill (uid 0, auid 1000) with kill",
    );
    // pidfd_send_signal: a0 is a pidfd, the target is the OBJ_PID record's
    expect(named(signal(424, 'a0=3 a1=13'))?.detail).toBe(
      'SIGSTOP sent to the agent (pid 4242) by pid 77 /usr/bin/kill (uid 0, auid 1000) with pidfd_send_signal',
    );
    const other = group([
      [
        'SYSCALL',
        `${T}arch=c000003e syscall=424 success=yes exit=0 a0=3 a1=f items=0 ppid=70 pid=77 auid=1000 uid=0 euid=0 comm="python3" exe="/usr/bin/python3.11" key="vigil"`,
      ],
      ['OBJ_PID', `${T}opid=5151 oauid=-1 ouid=0 oses=-1 ocomm="sleep"`],
      ['EOE', T],
    ]);
    expect(auditAgentSignal(other, auditActor(other)!, 'pidfd_send_signal', 4242)).toBeUndefined();
  });

  it('a relative name opened through a directory fd is the watched path it ends with; through CWD it is not', () => {
    const w = [
      { path: '/home/alice/.bash_history', dir: false, perms: 4, watch: 'history' },
      { path: '/home/bob/.bash_history', dir: false, perms: 4, watch: 'history' },
      { path: '/etc/cron.d', dir: true, perms: 2, watch: 'cron' },
    ];
    expect(watchForRelative('alice/.bash_history', w)?.path).toBe('/home/alice/.bash_history');
    expect(watchForRelative('cron.d/job', w)?.path).toBe('/etc/cron.d/job');
    expect(watchForRelative('.bash_history', w)).toMatchObject({ path: '.bash_history', watch: { watch: 'history' } }); // whose is unknown
    expect(watchForRelative('../bob/.bash_history', w)).toBeUndefined();
    const tar = (a0: string) =>
      group([
        [
          'SYSCALL',
          `${T}arch=c000003e syscall=257 success=yes exit=4 a0=${a0} a1=55d0 a2=0 a3=0 items=1 ppid=5 pid=6 auid=0 uid=0 euid=0 comm="tar" exe="/usr/bin/tar" key="vigil"`,
        ],
        ['CWD', `${T}cwd="/root"`],
        ['PATH', `${T}item=0 name="alice/.bash_history" inode=9 nametype=NORMAL`],
        ['EOE', T],
      ]);
    const access = (g: AuditGroup) => auditFileAccesses(g, auditActor(g)!, 'openat', w, () => 'root');
    expect(access(tar('3'))).toMatchObject([{ path: '/home/alice/.bash_history', watch: 'history', access: 'read', exe: '/usr/bin/tar' }]);
    expect(access(tar('ffffffffffffff9c'))).toEqual([]); // AT_FDCWD: /root/alice/.bash_history is not watched
  });
});

describe('syscall names', () => {
  // Found by audit-records.fuzz.test.ts: an unknown syscall number went into the log record's action as
  // written, so "syscall=\u001b[2J..." put a terminal escape in the action.
  it('regression: an unknown or non-numeric syscall number never reaches the name as written', () => {
    expect(syscallName('c000003e', '\u001b[2Jcess=yes')).toBe('syscall_?');
    expect(syscallName('c000003e', '99999')).toBe('syscall_99999');
    expect(syscallName('c000003e', '59')).toBe('execve');
    const rec = parseAuditMessage('SYSCALL', 'audit(1700000000.123:42): arch=c000003e syscall=\u001b[2J success=yes pid=2 uid=0 auid=1000')!;
    expect(auditLogRecord({ time: rec.time, serial: rec.serial, records: [rec], lines: [], offset: 0 }, 4096).action).toBe('syscall_?');
  });
});
