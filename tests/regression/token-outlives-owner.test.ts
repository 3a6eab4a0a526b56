// Issue 13 items 3 and 11: an admin's API token still created a new admin after its owner was demoted to
// viewer, and still worked after the owner was deleted; the live stream went on after logout and disable,
// and one viewer could take every stream slot. Against a real collector process: a token acts with the
// lower of its role and its owner's current role, dies with its owner, and streams end when their holder
// may no longer see them; streams are capped per user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Collector, Workspace } from '../helpers/vigil.js';
import { Operator, call } from '../helpers/operator.js';

const PASSWORD = `Owner-test-${process.pid}-quartz-meadow`;
const strong = () => `Pw-${randomBytes(12).toString('base64url')}-harbor`;
let ws: Workspace;
let collector: Collector;
let admin: Operator;
let apiUrl: string;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD, VIGIL_COLLECTOR_API__MAX_STREAM_CLIENTS_PER_USER: '3' });
  admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
  apiUrl = `${collector.baseUrl}/api/v1`;
});
afterAll(async () => {
  await ws?.cleanup();
});

async function newUser(name: string, role: string): Promise<Operator> {
  const password = strong();
  expect((await admin.call('POST', '/users', { name, role, password, mustChangePassword: false })).status).toBe(201);
  return Operator.login(collector.baseUrl, name, password);
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/** Opens the live stream; `ended` resolves when the server closes it. */
async function openStream(headers: Record<string, string>): Promise<{ status: number; ended: Promise<void>; cancel: () => Promise<void> }> {
  const controller = new AbortController();
  const res = await fetch(`${apiUrl}/stream`, { headers, signal: controller.signal });
  if (res.status !== 200) {
    await res.text();
    return { status: res.status, ended: Promise.resolve(), cancel: async () => undefined };
  }
  const reader = res.body!.getReader();
  const ended = (async () => {
    try {
      for (;;) if ((await reader.read()).done) return;
    } catch {
      // aborted by the test
    }
  })();
  return { status: 200, ended, cancel: async () => (controller.abort(), await ended) };
}

describe('tokens and streams follow their owner', () => {
  it("a token acts with the lower of its role and its owner's current role", async () => {
    const alice = await newUser('alice', 'admin');
    const made = await alice.call('POST', '/tokens', { name: 'alice-script', role: 'admin' });
    expect(made.status).toBe(201);
    const token = bearer(made.body.secret);
    expect((await call(apiUrl, token, 'POST', '/users', { name: 'mallory1', role: 'admin', password: strong(), mustChangePassword: false })).status).toBe(201);
    expect((await admin.call('PATCH', '/users/alice', { role: 'viewer' })).status).toBe(200);
    const after = await call(apiUrl, token, 'POST', '/users', { name: 'mallory2', role: 'admin', password: strong() });
    expect(after.status).toBe(403);
    expect((await call(apiUrl, token, 'GET', '/agents')).status).toBe(200); // still a viewer
  });

  it("deleting or disabling the owner kills the owner's tokens at once, and they stay dead", async () => {
    const bob = await newUser('bob', 'admin');
    const t1 = bearer((await bob.call('POST', '/tokens', { name: 'bob-1', role: 'responder' })).body.secret);
    expect((await call(apiUrl, t1, 'GET', '/agents')).status).toBe(200);
    expect((await admin.call('PATCH', '/users/bob', { disabled: true })).status).toBe(200);
    expect((await call(apiUrl, t1, 'GET', '/agents')).status).toBe(401);
    expect((await admin.call('PATCH', '/users/bob', { disabled: false })).status).toBe(200);
    expect((await call(apiUrl, t1, 'GET', '/agents')).status).toBe(401); // revoked, not merely suspended
    const tokens = (await admin.call('GET', '/tokens')).body.items.filter((t: { createdBy: string }) => t.createdBy === 'bob');
    expect(tokens.every((t: { revokedAtMs: number | null }) => t.revokedAtMs !== null)).toBe(true);

    const carol = await newUser('carol', 'admin');
    const t2 = bearer((await carol.call('POST', '/tokens', { name: 'carol-1', role: 'admin' })).body.secret);
    expect((await admin.call('DELETE', '/users/carol')).status).toBe(204);
    expect((await call(apiUrl, t2, 'GET', '/agents')).status).toBe(401);
    // A new account of the same name does not bring the old token back.
    await newUser('carol', 'admin');
    expect((await call(apiUrl, t2, 'GET', '/agents')).status).toBe(401);
  });

  it('a live stream ends on logout, on disable, on a role change and when its token owner is deleted', async () => {
    const dave = await newUser('dave', 'responder');
    const s1 = await openStream(dave.headers);
    expect(s1.status).toBe(200);
    expect((await dave.call('DELETE', '/session')).status).toBe(204);
    await s1.ended;

    const erin = await newUser('erin', 'responder');
    const s2 = await openStream(erin.headers);
    expect((await admin.call('PATCH', '/users/erin', { role: 'viewer' })).status).toBe(200);
    await s2.ended;
    const erin2 = await Operator.login(collector.baseUrl, 'erin', (await resetPassword('erin')).password);
    const s3 = await openStream(erin2.headers);
    expect(s3.status).toBe(200);
    expect((await admin.call('PATCH', '/users/erin', { disabled: true })).status).toBe(200);
    await s3.ended;

    const frank = await newUser('frank', 'admin');
    const t = bearer((await frank.call('POST', '/tokens', { name: 'frank-1', role: 'viewer' })).body.secret);
    const s4 = await openStream(t);
    expect(s4.status).toBe(200);
    expect((await admin.call('DELETE', '/users/frank')).status).toBe(204);
    await s4.ended;
  });

  it('caps streams per user, so one viewer cannot take the slots the admin needs', async () => {
    const viewer = await newUser('gina', 'viewer');
    const held = [];
    for (let i = 0; i < 3; i++) held.push(await openStream(viewer.headers));
    expect(held.map((s) => s.status)).toEqual([200, 200, 200]);
    expect((await openStream(viewer.headers)).status).toBe(429);
    const mine = await openStream(admin.headers);
    expect(mine.status).toBe(200);
    for (const s of [...held, mine]) await s.cancel();
  });
});

/** Sets a user's password as the admin, without a forced change, and returns it. */
async function resetPassword(name: string): Promise<{ password: string }> {
  const password = strong();
  expect((await admin.call('POST', `/users/${name}/password`, { password, mustChangePassword: false })).status).toBe(204);
  return { password };
}
