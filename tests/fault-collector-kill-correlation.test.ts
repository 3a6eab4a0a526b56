// Fault injection (issue 14): a correlation window spans a collector killed with SIGKILL. A real agent tails an
// auth log the test writes; six failed SSH logins from one address are stored, the collector dies, four more
// are written while it is down (the agent spools them), and the restarted collector raises the brute-force
// alert over all ten: it rebuilt its windows from the stored events (detect.rebuildMaxEvents) instead of
// starting them empty. Run `npm run build` first.
import { appendFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, AGENT_BIN, Collector, FAST_AGENT_ENV, Workspace, spawnNode, waitFor } from './helpers/vigil.js';
import { readCollectorDb } from './helpers/sim.js';

const SOURCE = '198.51.100.7';
const TITLE = 'SSH brute force from one source';

let ws: Workspace;
let collector: Collector;
let agent: Agent;
let authLog: string;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
  agent = await Agent.enroll(ws, collector, 'agent');
  authLog = ws.path('auth.log');
  writeFileSync(authLog, '');
  // only the log sensor, on the test's own file (no kernel sensor: process and network are off)
  writeFileSync(
    ws.path('agent.yaml'),
    [
      'sensors:',
      '  process: { enabled: false }',
      '  network: { enabled: false }',
      '  fim: { enabled: false }',
      '  inventory: { enabled: false }',
      `  logs: { files: [${JSON.stringify(authLog)}], startAt: beginning, journal: never, rescanMs: 100 }`,
    ].join('\n'),
  );
  agent.proc = ws.track(spawnNode(AGENT_BIN, ['run', '--state', agent.stateDir, '--config', ws.path('agent.yaml')], FAST_AGENT_ENV));
});

afterAll(async () => {
  await ws?.cleanup();
});

/** Appends failed-password lines n..m, as rsyslog writes them on Debian 12 (RFC 3339 times). */
function failedLogins(from: number, to: number): void {
  let text = '';
  for (let i = from; i <= to; i++)
    text += `${new Date().toISOString()} web-1 sshd[${4000 + i}]: Failed password for root from ${SOURCE} port ${50_000 + i} ssh2\n`;
  appendFileSync(authLog, text);
}

/** The stored failed logins from SOURCE, by event id. */
function storedFailures(): string[] {
  return collector
    .events(agent.agentId)
    .filter((e) => e.event.log?.action === 'failed_password' && e.event.log.fields?.src_ip === SOURCE)
    .map((e) => e.event.id);
}

function bruteForceAlerts(): Array<{ id: string; count: number; evidence: string[] }> {
  return readCollectorDb(collector, (db) => {
    const rows = db.prepare('SELECT id, count FROM alerts WHERE rule_title = ?').all(TITLE) as Array<{ id: string; count: number }>;
    const evidence = db.prepare('SELECT event_id FROM alert_events WHERE alert_id = ? ORDER BY event_id').pluck();
    return rows.map((r) => ({ ...r, evidence: evidence.all(r.id) as string[] }));
  });
}

describe('collector killed with SIGKILL inside a correlation window', () => {
  it('raises the brute-force alert over six failed logins before the kill and four after the restart', async () => {
    failedLogins(1, 6);
    const before = await waitFor('six failed logins stored', () => (storedFailures().length === 6 ? storedFailures() : undefined), 60_000, 100);
    expect(bruteForceAlerts()).toEqual([]);

    await collector.proc!.kill9();
    failedLogins(7, 10);
    await collector.start();

    const [alert] = await waitFor('the brute-force alert', () => (bruteForceAlerts().length > 0 ? bruteForceAlerts() : undefined), 60_000, 100);
    const all = storedFailures();
    expect(all).toHaveLength(10);
    expect(alert!.count).toBe(10);
    expect(alert!.evidence).toEqual([...all].sort());
    expect(before.every((id) => alert!.evidence.includes(id))).toBe(true);
    expect(bruteForceAlerts()).toHaveLength(1);
  });
});
