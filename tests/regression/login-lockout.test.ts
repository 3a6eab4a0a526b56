// Issue 13 item 13. Ten wrong passwords from anywhere locked a user out, even with the right password;
// a password change accepted 40 wrong guesses of the current password with no throttle; "aaaaaaaaaaaa"
// was accepted. Against a real collector: the guesser's address is held back with a growing wait while the
// real user logs in from another; wrong current passwords are throttled; zxcvbn-ts refuses weak passwords.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { Collector, Workspace } from '../helpers/vigil.js';
import { Operator } from '../helpers/operator.js';

const PASSWORD = `Lockout-${process.pid}-garnet-willow`;
let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD });
});
afterAll(async () => {
  await ws?.cleanup();
});

/** POST /api/v1/session from `localAddress`; resolves with the status and Retry-After. */
function loginFrom(localAddress: string, user: string, password: string): Promise<{ status: number; retryAfter: number }> {
  const url = new URL(`${collector.baseUrl}/api/v1/session`);
  const body = JSON.stringify({ user, password });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: Number(res.headers['retry-after'] ?? 0) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('login and passwords', () => {
  it("a guesser's address is held back with a growing wait; the real user still logs in from elsewhere", async () => {
    const answers = [];
    for (let i = 0; i < 14; i++) answers.push(await loginFrom('127.0.0.5', 'admin', `wrong-${i}`));
    expect(answers.slice(0, 10).every((a) => a.status === 401)).toBe(true);
    const held = answers.filter((a) => a.status === 429);
    expect(held.length).toBeGreaterThan(0);
    expect(held[0]!.retryAfter).toBeGreaterThanOrEqual(1);
    expect(held[held.length - 1]!.retryAfter).toBeGreaterThan(held[0]!.retryAfter); // the wait grows
    // Even the right password waits from the guessing address...
    expect((await loginFrom('127.0.0.5', 'admin', PASSWORD)).status).toBe(429);
    // ...but not from the real user's.
    expect((await loginFrom('127.0.0.1', 'admin', PASSWORD)).status).toBe(200);
  });

  it('throttles wrong current passwords on a password change, and refuses weak new passwords', async () => {
    const admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++)
      statuses.push((await admin.call('POST', '/session/password', { current: `nope-${i}`, next: `Another-${process.pid}-cobalt-river` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
    const weak = await admin.call('POST', '/users', { name: 'weakling', role: 'viewer', password: 'aaaaaaaaaaaa', mustChangePassword: false });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('VIGIL_ERR_AUTH_WEAK_PASSWORD');
    expect((await admin.call('POST', '/users', { name: 'weakling', role: 'viewer', password: 'password1234', mustChangePassword: false })).status).toBe(400);
    expect(
      (await admin.call('POST', '/users', { name: 'weakling', role: 'viewer', password: `Strong-${process.pid}-juniper-atlas`, mustChangePassword: false }))
        .status,
    ).toBe(201);
  });
});
