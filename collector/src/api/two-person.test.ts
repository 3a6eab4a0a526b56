// The two-person rule through the API as serve wires it (commands.twoPersonRule on, maxHosts 2): orders from
// /commands and from an incident count together per host; the order past the limit answers 201 awaiting
// approval with its hold (why, and who asked); its requester is refused by session and by token with a coded
// 403, a viewer by the route; a second responder's approval signs it; each step is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { APP_PASSWORD, startAppTestApi, type AppTestApi } from './testkit-app.js';
import { loginCaller, type Caller } from './testkit.js';

let t: AppTestApi;
let second: Caller;
let hosts: string[];
let incidentId: string;

beforeAll(async () => {
  t = await startAppTestApi({ config: { commands: { twoPersonRule: { enabled: true, maxHosts: 2, windowMs: 3_600_000 } } } });
  hosts = ['tp-1', 'tp-2', 'tp-3', 'tp-4'].map((h) => t.addAgent(h));
  const made = await t.call(t.callers.admin, 'post', '/users', { name: 'responder2', role: 'responder', password: APP_PASSWORD, mustChangePassword: false });
  expect(made.status).toBe(201);
  second = await loginCaller(t.call, 'responder2', APP_PASSWORD, 'responder');
  // an incident over all four hosts, opened from a real alert on the first
  await t.ingest(hosts[0]!, [
    {
      timeNs: Date.now() * 1_000_000,
      fileChange: { path: '/etc/ld.so.preload', action: vigil.v1.FileAction.MODIFIED, after: { exists: true, mode: 0o100644 } },
    },
  ]);
  const [alert] = (await t.call(t.callers.viewer, 'get', '/alerts')).body.items;
  const inc = await t.call(t.callers.responder, 'post', '/incidents', { source: 'alerts', alertIds: [alert.id] });
  expect(inc.status).toBe(201);
  incidentId = inc.body.id;
  expect((await t.call(t.callers.responder, 'post', `/incidents/${incidentId}/hosts`, { hosts: hosts.slice(1) })).status).toBe(200);
});
afterAll(async () => t?.close());

describe('two-person rule through the API', () => {
  let heldId: string;

  it('counts /commands and incident orders together per host; the order past maxHosts is held and says why', async () => {
    const first = await t.call(t.callers.responder, 'post', '/commands', { agentId: hosts[0], action: 'isolate' });
    expect([first.status, first.body.status, first.body.hold]).toEqual([201, 'pending', null]);
    const block = await t.call(t.callers.responder, 'post', `/incidents/${incidentId}/commands`, {
      agentId: hosts[1],
      action: 'block_address',
      params: { cidr: '203.0.113.7/32' },
    });
    expect([block.status, block.body.status, block.body.hold]).toEqual([201, 'pending', null]);
    // a dry run is neither held nor counted
    const dry = await t.call(t.callers.responder, 'post', '/commands', { agentId: hosts[3], action: 'isolate', dryRun: true });
    expect([dry.status, dry.body.status]).toEqual([201, 'pending']);

    const held = await t.call(t.callers.responder, 'post', `/incidents/${incidentId}/commands`, { agentId: hosts[2], action: 'isolate' });
    expect(held.status).toBe(201);
    expect(held.body).toMatchObject({
      status: 'awaiting_approval',
      operator: 'responder',
      message:
        "needs a second operator's approval: isolate and block_address orders would reach 3 distinct hosts within 60 min, more than commands.twoPersonRule.maxHosts (2)",
      hold: { rule: 'two_person_rule', requestedBy: 'responder', hosts: 3, maxHosts: 2, windowMs: 3_600_000 },
    });
    heldId = held.body.id;
    // the same answer wherever the order is read
    expect((await t.call(t.callers.viewer, 'get', `/commands/${heldId}`)).body.hold).toMatchObject({ requestedBy: 'responder' });
    const listed = (await t.call(t.callers.viewer, 'get', `/commands?agentId=${hosts[2]}`)).body.items;
    expect(listed.map((c: { id: string; hold: unknown }) => [c.id, c.hold !== null])).toEqual([[heldId, true]]);
    const detail = (await t.call(t.callers.viewer, 'get', `/incidents/${incidentId}`)).body;
    expect(detail.commands.find((c: { id: string }) => c.id === heldId)).toMatchObject({ status: 'awaiting_approval', hold: { requestedBy: 'responder' } });
    const audit = (await t.call(t.callers.admin, 'get', '/audit?action=command.hold')).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      user: 'responder',
      target: `agent:${hosts[2]}`,
      result: 'ok',
      detail: { commandId: heldId, requestedBy: 'responder', hosts: 3 },
    });
  });

  it('refuses the requester (VIGIL_ERR_COMMAND_SECOND_OPERATOR) and a viewer; the order stays held', async () => {
    const own = await t.call(t.callers.responder, 'post', `/commands/${heldId}/approve`);
    expect([own.status, own.body.error.code]).toEqual([403, 'VIGIL_ERR_COMMAND_SECOND_OPERATOR']);
    expect(own.body.error.message).toContain('was asked for by responder');
    const viewer = await t.call(t.callers.viewer, 'post', `/commands/${heldId}/approve`);
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'VIGIL_ERR_AUTH_FORBIDDEN']);
    expect((await t.call(t.callers.viewer, 'get', `/commands/${heldId}`)).body.status).toBe('awaiting_approval');
    const audit = (await t.call(t.callers.admin, 'get', '/audit?action=command.approve')).body.items;
    expect(audit.map((a: { user: string; result: string; detail: { code?: string } }) => [a.user, a.result, a.detail.code])).toEqual([
      ['responder', 'failed', 'VIGIL_ERR_COMMAND_SECOND_OPERATOR'],
    ]);
  });

  it("refuses an order's requester through their own API token too", async () => {
    const mine = await t.call(t.callers.admin, 'post', '/commands', { agentId: hosts[3], action: 'isolate' });
    expect([mine.body.status, mine.body.hold?.requestedBy]).toEqual(['awaiting_approval', 'admin']);
    const token = await t.call(t.callers.admin, 'post', '/tokens', { name: 'admin-script', role: 'responder' });
    expect(token.status).toBe(201);
    const bearer: Caller = { role: 'responder', headers: { authorization: `Bearer ${token.body.secret}` } };
    const res = await t.call(bearer, 'post', `/commands/${mine.body.id}/approve`);
    expect([res.status, res.body.error.code]).toEqual([403, 'VIGIL_ERR_COMMAND_SECOND_OPERATOR']);
    // rejecting works as before, by the requester too
    const rejected = await t.call(t.callers.admin, 'post', `/commands/${mine.body.id}/reject`);
    expect([rejected.status, rejected.body.status, rejected.body.message]).toEqual([200, 'rejected', 'rejected by admin']);
  });

  it('another responder approves: the order is signed then and queued, the hold stays on record', async () => {
    const res = await t.call(second, 'post', `/commands/${heldId}/approve`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'pending', operator: 'responder2 (approved responder)', message: null, hold: { requestedBy: 'responder' } });
    const row = t.app.commands.service.get(heldId)!;
    expect(row.payload).not.toBeNull();
    expect(vigil.v1.Command.decode(row.payload!)).toMatchObject({ commandId: heldId, agentId: hosts[2], operator: 'responder2 (approved responder)' });
    const audit = (await t.call(t.callers.admin, 'get', `/audit?action=command.approve&user=${encodeURIComponent('responder2 (approved responder)')}`)).body
      .items;
    expect(audit[0]).toMatchObject({ result: 'ok', detail: { commandId: heldId, requestedBy: 'responder', secondOperator: 'responder2' } });
  });
});
