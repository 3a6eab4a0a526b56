// Detection end to end with the BUILT binaries: a real collector and a real agent with its sensors on
// this host. A real `useradd` of a throwaway user (removed again with userdel) is seen by the agent's
// process sensor, and the collector's detection stage stores the alert with the useradd process as
// evidence; a binary copied into /tmp and run raises the /tmp execution alert. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, writeFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { vigil } from '@vigil/proto';
import { AGENT_BIN, Agent, Collector, FAST_AGENT_ENV, Workspace, spawnNode, waitFor } from './helpers/vigil.js';

const USER = `vgl${process.pid}`;
let ws: Workspace;
let collector: Collector;
let agent: Agent;
let userCreated = false;

interface AlertRow { id: string; rule_title: string; agent_id: string; severity: string; group_json: string; count: number; status: string; attack: string }

function alerts(): AlertRow[] {
  const db = new Database(join(collector.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, rule_title, agent_id, severity, group_json, count, status, attack FROM alerts').all() as AlertRow[];
  } finally {
    db.close();
  }
}

function evidence(alertId: string): Array<{ kind: string; event: vigil.v1.Event }> {
  const db = new Database(join(collector.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT e.kind, e.body FROM alert_events a JOIN events e ON e.id = a.event_id AND e.agent_id = a.agent_id WHERE a.alert_id = ?').all(alertId) as Array<{ kind: string; body: Buffer }>;
    return rows.map((r) => ({ kind: r.kind, event: vigil.v1.Event.decode(r.body) }));
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
  agent = await Agent.enroll(ws, collector, 'agent');
  const canary = ws.path('canary.txt');
  writeFileSync(canary, 'v0\n');
  writeFileSync(
    ws.path('agent.yaml'),
    [
      'sensors:',
      '  process: { pollMs: 20 }',
      '  network: { enabled: false }',
      '  fim:',
      `    extraPaths: [{ path: ${JSON.stringify(canary)}, watch: canary }]`,
      '    settleMs: 50',
    ].join('\n'),
  );
  agent.proc = ws.track(spawnNode(AGENT_BIN, ['run', '--state', agent.stateDir, '--config', ws.path('agent.yaml')], FAST_AGENT_ENV));
  // Ready when a change to the canary file has travelled agent -> collector: the FIM watches are up.
  let n = 0;
  await waitFor('file integrity sensor to report the canary', () => {
    if (!agent.proc!.alive) throw new Error(`agent exited: ${agent.proc!.stderr}`);
    writeFileSync(canary, `v${++n}\n`);
    return collector.events(agent.agentId).some((e) => e.event.fileChange?.path === realpathSync(canary));
  }, 60_000, 300);
});

afterAll(async () => {
  if (userCreated) {
    try {
      execFileSync('userdel', [USER], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
  await ws?.cleanup();
});

describe('detection end to end', () => {
  it('a real useradd of a throwaway user produces the account alert with the useradd process as evidence', async () => {
    execFileSync('useradd', ['-M', '-s', '/usr/sbin/nologin', USER], { stdio: 'ignore' });
    userCreated = true;
    expect(execFileSync('getent', ['passwd', USER], { encoding: 'utf8' })).toContain(USER);
    const alert = await waitFor('useradd alert', () =>
      alerts().find((a) => a.rule_title === 'Local user or group changed by command' && a.agent_id === agent.agentId && JSON.parse(a.group_json).CommandLine?.includes(USER)), 30_000, 100);
    expect(alert).toMatchObject({ severity: 'medium', status: 'new', count: 1 });
    expect(JSON.parse(alert.attack)).toEqual(expect.arrayContaining(['T1136.001', 'T1098']));
    const ev = evidence(alert.id);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.kind).toBe('process_start');
    expect(ev[0]!.event.processStart).toMatchObject({ exe: realpathSync('/usr/sbin/useradd'), argv: ['useradd', '-M', '-s', '/usr/sbin/nologin', USER] });
    execFileSync('userdel', [USER], { stdio: 'ignore' });
    userCreated = false;
  });

  it('a binary copied into /tmp and run produces the /tmp execution alert', async () => {
    const bin = ws.path('vgl-sleep');
    copyFileSync(realpathSync('/bin/sleep'), bin);
    expect(bin.startsWith('/tmp/')).toBe(true);
    const child = spawn(bin, ['3'], { stdio: 'ignore' });
    try {
      const alert = await waitFor('tmp exec alert', () =>
        alerts().find((a) => a.rule_title === 'Binary executed from a temporary folder' && JSON.parse(a.group_json).Image === bin), 30_000, 100);
      expect(alert).toMatchObject({ severity: 'high', agent_id: agent.agentId });
      const ev = evidence(alert.id);
      expect(ev[0]!.event.processStart).toMatchObject({ exe: bin, pid: child.pid });
    } finally {
      child.kill('SIGKILL');
    }
  });
});
