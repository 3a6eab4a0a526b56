// The dormant-account table: lastlog, wtmp and shadow read as the kernel's structs and shadow(5) lay them
// out, and each login judged against the account's last use before it (never against itself).
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StateFile } from '../common/state-file.js';
import { AccountLogins, LASTLOG_RECORD, UTMP_RECORD, loginUser, parseLastlog, parseShadowChanged, parseWtmp, type LoginState } from './account-logins.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 12);
const days = (ms: number) => Math.floor(ms / DAY);

function lastlog(entries: Array<[uid: number, sec: number]>): Buffer {
  const size = (Math.max(...entries.map(([u]) => u)) + 1) * LASTLOG_RECORD;
  const buf = Buffer.alloc(size);
  for (const [uid, sec] of entries) {
    buf.writeInt32LE(sec, uid * LASTLOG_RECORD);
    buf.write('pts/0', uid * LASTLOG_RECORD + 4);
  }
  return buf;
}

function utmp(type: number, user: string, sec: number): Buffer {
  const r = Buffer.alloc(UTMP_RECORD);
  r.writeInt16LE(type, 0);
  r.write('pts/1', 8);
  r.write(user, 44);
  r.write('198.51.100.20', 76);
  r.writeInt32LE(sec, 340);
  return r;
}

const PASSWD =
  'root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\nolduser:x:1002:1002::/home/olduser:/bin/bash\nnew:x:1003:1003::/home/new:/bin/bash\n';
const shadowLine = (name: string, changedMs: number | '') => `${name}:$y$j9T$hash:${changedMs === '' ? '' : days(changedMs)}:0:99999:7:::`;

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function table(files: { lastlog?: Buffer; wtmp?: Buffer; shadow: string }, now = () => NOW) {
  dir = mkdtempSync(join(tmpdir(), 'vigil-logins-'));
  writeFileSync(join(dir, 'passwd'), PASSWD);
  writeFileSync(join(dir, 'shadow'), files.shadow);
  if (files.lastlog) writeFileSync(join(dir, 'lastlog'), files.lastlog);
  if (files.wtmp) writeFileSync(join(dir, 'wtmp'), files.wtmp);
  const state = new StateFile<LoginState>(dir, 'account-logins.json');
  const t = new AccountLogins(
    {
      dormantDays: 90,
      maxAccounts: 16,
      maxWtmpBytes: 1 << 20,
      maxLastlogBytes: 1 << 20,
      files: { passwd: join(dir, 'passwd'), shadow: join(dir, 'shadow'), lastlog: join(dir, 'lastlog'), wtmp: join(dir, 'wtmp') },
    },
    state,
    now,
  );
  t.load();
  return { t, state };
}

describe('account files', () => {
  it('reads lastlog by uid, skipping accounts that never logged in', () => {
    const uids = new Map([
      ['root', 0],
      ['alice', 1000],
      ['olduser', 1002],
      ['ghost', 5000],
    ]);
    const m = parseLastlog(lastlog([[1000, 1_790_000_000]]), uids);
    expect([...m]).toEqual([['alice', 1_790_000_000_000]]);
  });

  it('keeps the newest USER_PROCESS record per user from wtmp, and ignores other record types and a torn tail', () => {
    const buf = Buffer.concat([
      utmp(7, 'alice', 1_700_000_000),
      utmp(8, 'alice', 1_799_000_000),
      utmp(7, 'alice', 1_780_000_000),
      utmp(2, 'reboot', 1_781_000_000),
    ]);
    const m = parseWtmp(Buffer.concat([buf, Buffer.alloc(100)]));
    expect([...m.last]).toEqual([['alice', 1_780_000_000_000]]);
    expect(m.firstMs).toBe(1_700_000_000_000);
  });

  it("reads shadow's last password change in days, leaving out empty and forced (0) ones", () => {
    const m = parseShadowChanged(['a:x:19000:0:99999:7:::', 'b:x::0:99999:7:::', 'c:!:0::::::', 'broken'].join('\n'));
    expect([...m]).toEqual([['a', 19000 * DAY]]);
  });

  it('names the account of sshd Accepted and login lines only', () => {
    expect(loginUser('sshd', 'accepted_password', { user: 'olduser' })).toBe('olduser');
    expect(loginUser('login', 'login', { target_user: 'root', tty: 'tty1' })).toBe('root');
    expect(loginUser('sshd', 'failed_password', { user: 'olduser' })).toBeUndefined();
    expect(loginUser('su', 'su', { user: 'alice', target_user: 'root' })).toBeUndefined();
    expect(loginUser('sshd', 'session_opened', { pam_service: 'sshd', pam_type: 'session', target_user: 'olduser' })).toBe('olduser');
    expect(loginUser('su', 'session_opened', { pam_service: 'runuser', pam_type: 'session', target_user: 'bob' })).toBeUndefined();
    expect(loginUser('cron', 'session_opened', { pam_service: 'cron', pam_type: 'session', target_user: 'root' })).toBeUndefined();
  });
});

describe('dormant logins', () => {
  it('an account last seen in lastlog 200 days ago is dormant; its next login a minute later is not', () => {
    let now = NOW;
    const { t } = table({ lastlog: lastlog([[1002, (NOW - 200 * DAY) / 1000]]), shadow: shadowLine('olduser', NOW - 400 * DAY) }, () => now);
    expect(t.login('olduser')).toEqual({
      previous_login: new Date(NOW - 200 * DAY).toISOString(),
      idle_days: '200',
      dormant: 'true',
      dormant_basis: 'last_login',
    });
    now += 60_000;
    expect(t.login('olduser')).toMatchObject({ idle_days: '0', dormant: 'false', dormant_basis: 'last_login' });
  });

  it('a login recorded in wtmp last week keeps an account with an old password active', () => {
    const { t } = table({ wtmp: utmp(7, 'alice', (NOW - 7 * DAY) / 1000), shadow: shadowLine('alice', NOW - 800 * DAY) });
    expect(t.login('alice')).toMatchObject({ idle_days: '7', dormant: 'false', dormant_basis: 'last_login' });
  });

  it('never logged in: dormant when the password is older than the limit, not when the account is new', () => {
    const { t } = table({
      lastlog: lastlog([[0, (NOW - 10 * DAY) / 1000]]),
      shadow: [shadowLine('olduser', NOW - 300 * DAY), shadowLine('new', NOW - 2 * DAY)].join('\n'),
    });
    expect(t.login('olduser')).toEqual({ idle_days: '300', dormant: 'true', dormant_basis: 'password_age' });
    expect(t.login('new')).toEqual({ idle_days: '2', dormant: 'false', dormant_basis: 'password_age' });
  });

  it('without lastlog, an old password says unknown until wtmp and the agent together hold 90 days of logins', () => {
    let now = NOW;
    const { t, state } = table(
      { wtmp: utmp(2, 'reboot', (NOW - 30 * DAY) / 1000), shadow: [shadowLine('alice', NOW - 500 * DAY), shadowLine('olduser', NOW - 500 * DAY)].join('\n') },
      () => now,
    );
    expect(t.login('alice')).toEqual({ idle_days: '500', dormant: 'unknown', dormant_basis: 'password_age' });
    expect(state.read()?.sinceMs).toBe(NOW);
    now += 61 * DAY;
    expect(t.login('olduser')).toEqual({ idle_days: '561', dormant: 'true', dormant_basis: 'password_age' });
  });

  it('nothing known (no history, no shadow entry): no verdict, and the login is still remembered', () => {
    const { t, state } = table({ shadow: '' });
    expect(t.login('alice')).toBeUndefined();
    expect(state.read()).toEqual({ lastLoginMs: { alice: NOW }, sinceMs: NOW, historyFromMs: NOW });
  });

  it('remembers logins across restarts through its state file, before lastlog is consulted', () => {
    let now = NOW;
    const first = table({ shadow: shadowLine('olduser', NOW - 300 * DAY) }, () => now);
    first.t.login('olduser');
    now += 5 * DAY;
    const again = new AccountLogins(
      {
        dormantDays: 90,
        maxAccounts: 16,
        maxWtmpBytes: 0,
        maxLastlogBytes: 0,
        files: { passwd: join(dir, 'passwd'), shadow: join(dir, 'shadow'), lastlog: '/nonexistent', wtmp: '/nonexistent' },
      },
      first.state,
      () => now,
    );
    again.load();
    expect(again.login('olduser')).toMatchObject({ idle_days: '5', dormant: 'false', dormant_basis: 'last_login' });
  });

  it('once seeded from lastlog, the history stays complete when lastlog is shredded and wtmp truncated before a restart', () => {
    const first = table({ lastlog: lastlog([[0, (NOW - 10 * DAY) / 1000]]), shadow: shadowLine('olduser', NOW - 300 * DAY) });
    expect(first.state.read()?.historyFromMs).toBe(0);
    rmSync(join(dir, 'lastlog'));
    writeFileSync(join(dir, 'wtmp'), '');
    const again = new AccountLogins(
      {
        dormantDays: 90,
        maxAccounts: 16,
        maxWtmpBytes: 1 << 20,
        maxLastlogBytes: 1 << 20,
        files: { passwd: join(dir, 'passwd'), shadow: join(dir, 'shadow'), lastlog: join(dir, 'lastlog'), wtmp: join(dir, 'wtmp') },
      },
      first.state,
      () => NOW,
    );
    again.load();
    expect(again.login('olduser')).toEqual({ idle_days: '300', dormant: 'true', dormant_basis: 'password_age' });
  });
});
