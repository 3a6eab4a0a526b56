// Detection end to end with the BUILT binaries: a real collector and a real agent with its sensors on
// this host, in a private mount namespace with an overlay over /etc. A real `useradd` of a throwaway user,
// run in that namespace, rewrites the lab's /etc/passwd (never the machine's); the agent's file integrity
// sensor reports it once, and the collector's detection stage stores the account
// database alert with that change as evidence; a binary copied into /tmp and run raises the /tmp
// execution alert. Run `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync, readFileSync, realpathSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { vigil } from '@vigil/proto';
import { AGENT_BIN, Agent, Collector, FAST_AGENT_ENV, Proc, Workspace, waitFor } from './helpers/vigil.js';

const USER = `vgl${process.pid}`;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let ws: Workspace;
let collector: Collector;
let agent: Agent;

/** argv run in the agent's mount namespace (where /etc is the lab's overlay). */
const inLab = (argv: string[]): string[] => ['nsenter', `--mount=/proc/${agent.proc!.child.pid}/ns/mnt`, '--', ...argv];

interface AlertRow {
  id: string;
  rule_title: string;
  agent_id: string;
  severity: string;
  group_json: string;
  count: number;
  status: string;
  attack: string;
}

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
    const rows = db
      .prepare('SELECT e.kind, e.body FROM alert_events a JOIN events e ON e.id = a.event_id AND e.agent_id = a.agent_id WHERE a.alert_id = ?')
      .all(alertId) as Array<{ kind: string; body: Buffer }>;
    return rows.map((r) => ({ kind: r.kind, event: vigil.v1.Event.decode(r.body) }));
  } finally {
    db.close();
  }
}

/** useradd/userdel, retried while another process holds the account files' lock (exit 1 or 10). */
async function accountCommand(cmd: string, args: string[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const [file, ...rest] = inLab([cmd, ...args]);
      execFileSync(file!, rest, { stdio: ['ignore', 'ignore', 'pipe'] });
      return;
    } catch (err) {
      const stderr = String((err as { stderr?: Buffer }).stderr ?? '');
      if (attempt >= 40 || !/lock/i.test(stderr)) throw new Error(`${cmd} failed: ${stderr}`, { cause: err });
      await new Promise((r) => setTimeout(r, 250));
    }
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
    ['sensors:', '  network: { enabled: false }', '  fim:', `    extraPaths: [{ path: ${JSON.stringify(canary)}, watch: canary }]`, '    settleMs: 50'].join(
      '\n',
    ),
  );
  // The agent runs in a private mount namespace with /etc overlaid: the account commands below run there too.
  const up = ws.path('etc-up');
  const work = ws.path('etc-work');
  mkdirSync(up);
  mkdirSync(work);
  const script = 'mount -t overlay vigil-lab -o "lowerdir=/etc,upperdir=$1,workdir=$2" /etc && shift 2 && exec "$@"';
  const argv = [
    '--mount',
    '--propagation',
    'private',
    '--',
    'sh',
    '-c',
    script,
    'sh',
    up,
    work,
    process.execPath,
    AGENT_BIN,
    'run',
    '--state',
    agent.stateDir,
    '--config',
    ws.path('agent.yaml'),
  ];
  agent.proc = ws.track(new Proc(spawn('unshare', argv, { env: { ...process.env, ...FAST_AGENT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] })));
  // Ready when a change to the canary file has travelled agent -> collector: the FIM watches are up.
  let n = 0;
  await waitFor(
    'file integrity sensor to report the canary',
    () => {
      if (!agent.proc!.alive) throw new Error(`agent exited: ${agent.proc!.stderr}`);
      writeFileSync(canary, `v${++n}\n`);
      return collector.events(agent.agentId).some((e) => e.event.fileChange?.path === realpathSync(canary));
    },
    60_000,
    300,
  );
});

afterAll(async () => {
  // The lab's /etc goes with its mount namespace: nothing to undo on the machine.
  await ws?.cleanup();
});

describe('detection end to end', () => {
  it('a real useradd of a throwaway user produces the account database alert with the /etc/passwd change as evidence', async () => {
    const before = sha256(readFileSync('/etc/passwd'));
    await accountCommand('useradd', ['-M', '-s', '/usr/sbin/nologin', USER]);
    // The lab's new /etc/passwd is in the overlay's upper layer; the machine's is unchanged.
    const after = sha256(readFileSync(ws.path('etc-up/passwd')));
    const [getent, ...getentArgs] = inLab(['getent', 'passwd', USER]);
    expect(execFileSync(getent!, getentArgs, { encoding: 'utf8' })).toContain(USER);
    expect(readFileSync('/etc/passwd', 'utf8')).not.toContain(`${USER}:`);
    // The file integrity sensor sees the rewrite deterministically (the useradd process itself lives
    // ~50 ms, too short for /proc polling to promise; the command rule is covered by its samples).
    const alert = await waitFor(
      'account database alert',
      () =>
        alerts().find(
          (a) =>
            a.rule_title === 'Account database modified (passwd, shadow, group)' &&
            a.agent_id === agent.agentId &&
            JSON.parse(a.group_json).TargetFilename === '/etc/passwd',
        ),
      30_000,
      100,
    );
    expect(alert).toMatchObject({ severity: 'medium', status: 'new', count: 1 });
    expect(JSON.parse(alert.attack)).toEqual(expect.arrayContaining(['T1136.001']));
    const ev = evidence(alert.id);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.kind).toBe('file_change');
    const change = ev[0]!.event.fileChange!;
    expect(change).toMatchObject({ path: '/etc/passwd', action: vigil.v1.FileAction.MODIFIED, watch: 'passwd' });
    expect(change.before!.sha256).toBe(before);
    expect(change.after!.sha256).toBe(after);
    expect(change.before!.sha256).not.toBe(change.after!.sha256);
    // Exactly one change per account file, even though useradd writes temp files, backups and locks beside them.
    const files = ['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow'];
    await waitFor('all four account files', () => files.every((f) => collector.events(agent.agentId).some((e) => e.event.fileChange?.path === f)), 30_000, 100);
    await new Promise((r) => setTimeout(r, 500));
    const seen = collector
      .events(agent.agentId)
      .filter((e) => files.includes(e.event.fileChange?.path ?? ''))
      .map((e) => e.event.fileChange!.path)
      .sort();
    expect(seen).toEqual([...files].sort());
  });

  it('a binary copied into /tmp and run produces the /tmp execution alert', async () => {
    const bin = ws.path('vgl-sleep');
    copyFileSync(realpathSync('/bin/sleep'), bin);
    expect(bin.startsWith('/tmp/')).toBe(true);
    const child = spawn(bin, ['3'], { stdio: 'ignore' });
    try {
      const alert = await waitFor(
        'tmp exec alert',
        () => alerts().find((a) => a.rule_title === 'Binary executed from a temporary folder' && JSON.parse(a.group_json).Image === bin),
        30_000,
        100,
      );
      expect(alert).toMatchObject({ severity: 'high', agent_id: agent.agentId });
      const ev = evidence(alert.id);
      expect(ev[0]!.event.processStart).toMatchObject({ exe: bin, pid: child.pid });
    } finally {
      child.kill('SIGKILL');
    }
  });
});
