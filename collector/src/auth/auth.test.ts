import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, verifyPassword } from './password.js';
import { openAuthState } from './state.js';
import { defaultAuthOptions } from './options.js';
import { Auth } from './service.js';
import { ensureAdmin, loginInstructions } from './bootstrap.js';
import { LoginLimiter } from './limiter.js';

const fastScrypt = { N: 1024, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password only, with the default scrypt cost', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});

describe('auth state file', () => {
  it('is written with mode 0600 and holds hashes, never the password or token secret', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-auth-'));
    try {
      const path = join(dir, 'auth.json');
      const auth = new Auth({ db: openAuthState(path), options: defaultAuthOptions(), scrypt: fastScrypt });
      await auth.users.create({ name: 'ann', role: 'responder', password: 'a-long-password-1' });
      const { secret } = auth.tokens.create({ name: 'ci', role: 'viewer', createdBy: 'ann', creatorRole: 'responder' });
      expect(statSync(path).mode & 0o777).toBe(0o600);
      const text = readFileSync(path, 'utf8');
      expect(text).not.toContain('a-long-password-1');
      expect(text).not.toContain(secret);
      const reopened = new Auth({ db: openAuthState(path), options: defaultAuthOptions(), scrypt: fastScrypt });
      expect(await reopened.users.verify('ann', 'a-long-password-1')).toBeDefined();
      expect(reopened.identify({ authorization: `Bearer ${secret}` })).toMatchObject({ role: 'viewer', auditName: 'token:ci' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Auth', () => {
  function make(now = { t: 0 }) {
    return new Auth({ db: openAuthState(':memory:'), options: defaultAuthOptions({ loginFailuresPerUser: 3 }), now: () => now.t, scrypt: fastScrypt });
  }

  it('logs in, identifies the session cookie, and ends it after the idle limit', async () => {
    const clock = { t: 1_000 };
    const auth = make(clock);
    await auth.users.create({ name: 'ann', role: 'viewer', password: 'a-long-password-1' });
    const { cookieValue } = await auth.login('ann', 'a-long-password-1', '10.0.0.1');
    expect(auth.identify({ cookie: `other=1; vigil_session=${cookieValue}` })).toMatchObject({ user: 'ann', role: 'viewer', via: 'session' });
    clock.t += defaultAuthOptions().sessionIdleMs + 1;
    expect(auth.identify({ cookie: `vigil_session=${cookieValue}` })).toBeUndefined();
  });

  it('marks the session cookie Secure under TLS, HttpOnly and SameSite=Strict always', () => {
    const auth = make();
    expect(auth.sessionCookie('abc', true)).toMatch(/^vigil_session=abc; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+; Secure$/);
    expect(auth.sessionCookie('abc', false)).not.toContain('Secure');
    expect(auth.clearCookie(true)).toContain('Max-Age=0');
  });

  // Issue 13 item 13: ten wrong passwords from anywhere locked the user out, even with the right password.
  it('holds back the guessing address only: the right password from another address still logs in', async () => {
    const auth = make();
    await auth.users.create({ name: 'ann', role: 'viewer', password: 'a-long-password-1' });
    for (let i = 0; i < 3; i++)
      await expect(auth.login('ann', 'wrong-password-xx', '10.0.0.1')).rejects.toMatchObject({ code: 'VIGIL_ERR_AUTH_BAD_CREDENTIALS' });
    await expect(auth.login('ann', 'a-long-password-1', '10.0.0.1')).rejects.toMatchObject({ code: 'VIGIL_ERR_AUTH_RATE_LIMITED' });
    await expect(auth.login('ann', 'a-long-password-1', '10.0.0.9')).resolves.toMatchObject({ user: { name: 'ann' } });
  });

  it('refuses revoked and expired tokens and tokens stronger than their creator', async () => {
    const clock = { t: 0 };
    const auth = make(clock);
    await auth.users.create({ name: 'x', role: 'admin', password: 'a-long-password-1' });
    const a = auth.tokens.create({ name: 'a', role: 'viewer', createdBy: 'x', creatorRole: 'admin' });
    const b = auth.tokens.create({ name: 'b', role: 'viewer', createdBy: 'x', creatorRole: 'admin', ttlMs: 1000 });
    expect(auth.identify({ authorization: `Bearer ${a.secret}` })).toBeDefined();
    auth.tokens.revoke(a.token.id);
    expect(auth.identify({ authorization: `Bearer ${a.secret}` })).toBeUndefined();
    clock.t = 1000;
    expect(auth.identify({ authorization: `Bearer ${b.secret}` })).toBeUndefined();
    expect(() => auth.tokens.create({ name: 'c', role: 'admin', createdBy: 'x', creatorRole: 'responder' })).toThrow(/stronger role/);
  });

  // Issue 13 item 3: an admin's token kept its role after the owner was demoted, and outlived the owner.
  it("gives a token the lower of its role and its owner's current role, and no owner no token", async () => {
    const auth = make();
    await auth.users.create({ name: 'root', role: 'admin', password: 'a-long-password-1' });
    await auth.users.create({ name: 'ann', role: 'admin', password: 'a-long-password-2' });
    const t = auth.tokens.create({ name: 't', role: 'responder', createdBy: 'ann', creatorRole: 'admin' });
    const who = () => auth.identify({ authorization: `Bearer ${t.secret}` });
    expect(who()?.role).toBe('responder');
    auth.updateUser('ann', { role: 'viewer' });
    expect(who()?.role).toBe('viewer');
    auth.deleteUser('ann');
    expect(who()).toBeUndefined();
    await auth.users.create({ name: 'ann', role: 'admin', password: 'a-long-password-3' });
    expect(who()).toBeUndefined();
  });

  it('never leaves the collector without an enabled admin', async () => {
    const auth = make();
    await auth.users.create({ name: 'root', role: 'admin', password: 'a-long-password-1' });
    expect(() => auth.users.update('root', { role: 'viewer' })).toThrow(/last enabled admin/);
    expect(() => auth.users.delete('root')).toThrow(/last enabled admin/);
  });
});

describe('first-start admin', () => {
  it('generates a one-time password that must be changed, or takes it from the environment, and never a default', async () => {
    const auth = new Auth({ db: openAuthState(':memory:'), options: defaultAuthOptions(), scrypt: fastScrypt });
    const first = await ensureAdmin(auth.users, {});
    expect(first).toMatchObject({ created: true, source: 'generated' });
    if (!first.created || first.source !== 'generated') throw new Error('unreachable');
    expect(first.oneTimePassword.length).toBeGreaterThanOrEqual(20);
    expect(auth.users.get('admin')?.mustChangePassword).toBe(true);
    expect(loginInstructions(first, 'http://127.0.0.1:8080').join('\n')).toContain(first.oneTimePassword);
    expect(await ensureAdmin(auth.users, {})).toEqual({ created: false });

    const other = new Auth({ db: openAuthState(':memory:'), options: defaultAuthOptions(), scrypt: fastScrypt });
    const fromEnv = await ensureAdmin(other.users, { VIGIL_ADMIN_PASSWORD: 'from-the-environment' });
    expect(fromEnv).toEqual({ created: true, user: 'admin', source: 'env' });
    expect(await other.users.verify('admin', 'from-the-environment')).toBeDefined();
    await expect(
      ensureAdmin(new Auth({ db: openAuthState(':memory:'), options: defaultAuthOptions(), scrypt: fastScrypt }).users, { VIGIL_ADMIN_PASSWORD: 'short' }),
    ).rejects.toMatchObject({ code: 'VIGIL_ERR_AUTH_WEAK_PASSWORD' });
  });
});

describe('LoginLimiter', () => {
  it('counts per address, backs off exponentially, and forgets after the window', () => {
    const clock = { t: 0 };
    const l = new LoginLimiter(
      { loginFailuresPerAddress: 2, loginFailuresPerUser: 100, loginWindowMs: 10_000, loginBackoffBaseMs: 1000, loginBackoffMaxMs: 4000 },
      () => clock.t,
    );
    l.fail('1.1.1.1', 'a');
    expect(l.retryAfterMs('1.1.1.1', 'b')).toBe(0);
    l.fail('1.1.1.1', 'b');
    expect(l.retryAfterMs('1.1.1.1', 'c')).toBe(1000);
    expect(l.retryAfterMs('2.2.2.2', 'c')).toBe(0);
    l.fail('1.1.1.1', 'c');
    expect(l.retryAfterMs('1.1.1.1', 'c')).toBe(2000);
    l.fail('1.1.1.1', 'c');
    l.fail('1.1.1.1', 'c');
    expect(l.retryAfterMs('1.1.1.1', 'c')).toBe(4000); // capped
    clock.t = 10_001;
    expect(l.retryAfterMs('1.1.1.1', 'c')).toBe(0);
  });
});
