// Issue 13 item 8: an unprivileged user wrote `sshd[...]: Failed password` lines to syslog; they raised
// "SSH brute force" and an auto policy isolated the host. Against a real collector: the same lines with a
// program name that is only claimed (a file, a forged SYSLOG_IDENTIFIER) still raise the alert, marked
// untrusted, and the auto policy only proposes the command; lines journald vouches for act at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { vigil } from '@vigil/proto';
import { Collector, Workspace, waitFor } from '../helpers/vigil.js';
import { WireClient } from '../helpers/wire-client.js';
import { Operator } from '../helpers/operator.js';

const PASSWORD = `Forged-log-${process.pid}-amber-thicket`;
let ws: Workspace;
let collector: Collector;
let admin: Operator;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD });
  admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
  const policy = await admin.call('POST', '/policies', {
    name: 'isolate on brute force',
    mode: 'auto',
    minSeverity: 'medium',
    action: 'isolate',
    dryRun: true,
  });
  expect(policy.status, JSON.stringify(policy.body)).toBe(201);
});
afterAll(async () => {
  await ws?.cleanup();
});

/** Twelve failed sshd passwords from one address, as the agent's log sensor records them. */
function failedPasswords(agentId: string, log: Partial<vigil.v1.ILogRecord>): vigil.v1.IEvent[] {
  return Array.from({ length: 12 }, (_, i) => ({
    id: randomUUID(),
    agentId,
    seq: i + 1,
    timeNs: (Date.now() - (12 - i) * 1000) * 1_000_000,
    log: {
      parser: 'sshd',
      program: 'sshd',
      action: 'failed_password',
      raw: `Failed password for root from 203.0.113.9 port ${50000 + i} ssh2`,
      fields: { user: 'root', src_ip: '203.0.113.9' },
      ...log,
    },
  }));
}

async function hostSends(log: Partial<vigil.v1.ILogRecord>): Promise<string> {
  const wire = await WireClient.connect(collector.agentUrl);
  const enrolled = await wire.enroll(await collector.token());
  if ('refused' in enrolled) throw new Error(enrolled.refused);
  wire.send({ batch: { events: failedPasswords(enrolled.agentId, log) } });
  await wire.next('ack');
  return enrolled.agentId;
}

const bruteForce = (agentId: string) =>
  waitFor('brute-force alert', async () =>
    (await admin.call('GET', `/alerts?agentId=${agentId}`)).body.items.find((a: { ruleTitle: string }) => /brute force/i.test(a.ruleTitle)),
  );
const commandsOf = async (agentId: string) =>
  (await admin.call('GET', `/commands?agentId=${agentId}`)).body.items as Array<{ action: string; status: string; operator: string }>;

describe('forged log lines never reach automatic response', () => {
  it('lines whose program name is only claimed raise an untrusted alert; the auto policy only proposes', async () => {
    for (const log of [{ source: '/var/log/auth.log' }, { source: 'journal', cursor: 'c1' }]) {
      const agentId = await hostSends(log);
      const alert = await bruteForce(agentId);
      expect(alert.trusted).toBe(false);
      const cmds = await waitFor('policy ran', async () => ((await commandsOf(agentId)).length > 0 ? commandsOf(agentId) : undefined));
      expect(cmds.map((c) => [c.action, c.status])).toEqual([['isolate', 'awaiting_approval']]);
    }
  });

  it('lines journald vouches for (root _COMM) act automatically', async () => {
    const agentId = await hostSends({ source: 'journal', cursor: 'c2', programVerified: true });
    const alert = await bruteForce(agentId);
    expect(alert.trusted).toBe(true);
    const cmds = await waitFor('policy ran', async () => ((await commandsOf(agentId)).length > 0 ? commandsOf(agentId) : undefined));
    expect(cmds[0]!.action).toBe('isolate');
    expect(cmds[0]!.status).not.toBe('awaiting_approval');
    expect(cmds[0]!.operator).toMatch(/^policy:/);
  });
});
