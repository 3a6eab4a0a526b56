// Kernel telemetry on the real kernel: the agent bundle (with its embedded netlink addon) takes execs,
// connections and watched-file accesses from kernel audit and counts execs with the process connector.
// The agent runs in a private mount namespace with overlays over /etc and /root, so the file procedures
// never touch the machine's real files. Kernel audit is global to the machine: the suite snapshots its
// state (enabled flag, backlog limit, every rule) first, checks after every agent stop that it is exactly
// as found, and undoes any leftover before failing.
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdirSync, copyFileSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { vigil } from '@vigil/proto';
import { Agent, Collector, FAST_AGENT_ENV, Proc, Workspace, waitFor } from './helpers/vigil.js';
import { AuditProbe, OtherAuditDaemon, auditAvailable, summary, type AuditSnapshot } from './helpers/audit.js';

const BUNDLE = fileURLToPath(new URL('../agent/dist-bundle/vigil-agent.mjs', import.meta.url));
const unavailable = await auditAvailable();
const RUN = `k${process.pid}`;

let ws: Workspace;
let collector: Collector;
let agent: Agent;
let probe: AuditProbe;
let before: AuditSnapshot;
let proc: Proc | undefined;
let startedAt = 0;

/** Agent env: fast link and status, but no forced poll sources (this suite is the one that uses audit). */
function agentEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { ...process.env, ...FAST_AGENT_ENV, VIGIL_AGENT_HEALTH__INTERVAL_MS: '1000' };
  delete env.VIGIL_AGENT_SENSORS__PROCESS__SOURCE;
  delete env.VIGIL_AGENT_SENSORS__NETWORK__SOURCE;
  return { ...env, ...extra };
}

/** Starts the bundled agent in a private mount namespace with /etc and /root overlaid (writes land in the lab). */
function startAgent(prefix: string[] = [], extraEnv: Record<string, string> = {}): Proc {
  const lab = ws.path(`lab-${Date.now()}`);
  const dirs = ['etc-up', 'etc-work', 'root-up', 'root-work'].map((d) => join(lab, d));
  for (const d of dirs) mkdirSync(d, { recursive: true });
  const script = [
    'set -e',
    'mount -t overlay vigil-lab -o "lowerdir=/etc,upperdir=$1,workdir=$2" /etc',
    'mount -t overlay vigil-lab -o "lowerdir=/root,upperdir=$3,workdir=$4" /root',
    'shift 4',
    'exec "$@"',
  ].join('\n');
  const argv = [
    '--mount',
    '--propagation',
    'private',
    '--',
    ...prefix,
    'sh',
    '-c',
    script,
    'sh',
    ...dirs,
    process.execPath,
    BUNDLE,
    'run',
    '--state',
    agent.stateDir,
    '--config',
    ws.path('agent.yaml'),
  ];
  startedAt = Date.now();
  const p = ws.track(new Proc(spawn('unshare', argv, { env: agentEnv(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] })));
  proc = p;
  return p;
}

interface KernelStatus {
  processSource: string;
  networkSource: string;
  reason: string;
  execCoveragePercent: number;
  kernelExecs: number;
  execsWithArgs: number;
  execsPidOnly: number;
  recordsLost: number;
  auditRules: number;
}

function kernelStatus(): KernelStatus | undefined {
  try {
    // Written by the agent started last (its pid may be namespaced), and online.
    const s = JSON.parse(readFileSync(join(agent.stateDir, 'status.json'), 'utf8')) as { writtenAtMs: number; kernel?: KernelStatus; link: { state: string } };
    return s.writtenAtMs >= startedAt && s.link.state === 'online' ? s.kernel : undefined;
  } catch {
    return undefined;
  }
}

async function waitOnline(source: string): Promise<KernelStatus> {
  return waitFor(
    `agent online with exec source ${source}`,
    () => {
      if (proc && !proc.alive) throw new Error(`agent exited: ${proc.stderr}`);
      const k = kernelStatus();
      return k && k.processSource === source ? k : undefined;
    },
    60_000,
    100,
  );
}

/** Stops the agent gracefully, then requires the kernel's audit state to be exactly as before the suite. */
async function stopAndCheckRestored(): Promise<void> {
  if (proc) await proc.stop();
  proc = undefined;
  const now = await probe.snapshot();
  expect(summary(now)).toEqual(summary(before));
}

/** Titles of the alerts the collector raised so far. */
async function alertTitles(): Promise<string[]> {
  const Database = (await import('better-sqlite3')).default;
  const d = new Database(join(collector.dataDir, 'events.db'), { readonly: true });
  try {
    return (d.prepare('SELECT rule_title FROM alerts').all() as Array<{ rule_title: string }>).map((r) => r.rule_title);
  } finally {
    d.close();
  }
}

const TRUE = execFileSync('readlink', ['-f', '/bin/true'], { encoding: 'utf8' }).trim();

/** Stored process starts of `exe` whose argv mentions `marker` (the shell loops that run them mention it too). */
function starts(marker: string, exe = TRUE): vigil.v1.IProcessStart[] {
  return collector
    .events(agent.agentId)
    .map((e) => e.event.processStart)
    .filter((p): p is vigil.v1.ProcessStart => !!p && p.exe === exe && (p.argv ?? []).some((a) => a.includes(marker)));
}

describe.skipIf(unavailable !== undefined)(`kernel telemetry on the real kernel${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  beforeAll(async () => {
    probe = await AuditProbe.open();
    before = await probe.snapshot();
    ws = new Workspace();
    collector = await Collector.create(ws);
    agent = await Agent.enroll(ws, collector, 'agent');
    writeFileSync(
      ws.path('agent.yaml'),
      ['sensors:', '  process: { reportExisting: false }', '  logs: { enabled: false }', '  fim: { enabled: false }', '  inventory: { enabled: false }'].join(
        '\n',
      ),
    );
  });

  afterAll(async () => {
    await proc?.stop();
    if (probe && before) {
      const undone = await probe.restore(before);
      probe.close();
      await ws?.cleanup();
      expect(undone, 'audit state left changed by the agent (undone by the test)').toEqual([]);
    } else await ws?.cleanup();
  });

  it('stores each of 1,000 processes that live under 5 ms exactly once, with argv, cwd, exe and auid, and the ledger counts all of them', async () => {
    startAgent();
    const k0 = await waitOnline('audit');
    expect(k0.networkSource).toBe('audit');
    expect(k0.auditRules).toBeGreaterThan(10);
    const cwd = ws.path('cwd');
    mkdirSync(cwd);
    // loginuid is set once in this shell (as a login would), so every child carries auid 4321.
    const loop = `echo 4321 > /proc/self/loginuid; i=0; while [ $i -lt 1000 ]; do /bin/true ${RUN}-short-$i; i=$((i+1)); done`;
    execFileSync('sh', ['-c', loop], { cwd });
    const got = await waitFor(
      '1,000 short-lived execs stored',
      () => {
        const s = starts(`${RUN}-short-`);
        return s.length >= 1000 ? s : undefined;
      },
      60_000,
      250,
    );
    const byArg = new Map<string, number>();
    for (const s of got) byArg.set(s.argv![1]!, (byArg.get(s.argv![1]!) ?? 0) + 1);
    expect(byArg.size).toBe(1000);
    expect([...byArg.values()].every((n) => n === 1)).toBe(true);
    for (const s of got) {
      expect(s.source).toBe('audit');
      expect(s.exe).toBe(TRUE);
      expect(s.cwd).toBe(cwd);
      expect(s.auid).toBe(4321);
      expect(s.argvMissing).toBeFalsy();
    }
    // The ledger: every exec the kernel counted arrived with its argv.
    const k = await waitFor(
      'ledger counted the loop',
      () => {
        const s = kernelStatus();
        return s && s.kernelExecs >= 1000 && s.execsWithArgs >= 1000 ? s : undefined;
      },
      30_000,
      200,
    );
    expect(k.execsPidOnly).toBe(0);
    expect(k.recordsLost).toBe(0);
    expect(k.execCoveragePercent).toBe(100);
  });

  it('raises the temp-folder alert for a binary in /tmp that runs for 1 ms, and names a two-level sh -c chain', async () => {
    const bin = join('/tmp', `vigil-${RUN}-dropper`);
    copyFileSync('/bin/true', bin);
    chmodSync(bin, 0o755);
    try {
      execFileSync(bin, [`${RUN}-dropper`]);
    } finally {
      execFileSync('rm', ['-f', bin]);
    }
    await waitFor('alert for the /tmp binary', async () => (await alertTitles()).some((t) => /temporary folder/i.test(t)), 30_000, 250);
    expect(starts(`${RUN}-dropper`, bin).map((p) => p.source)).toEqual(['audit']);
    // `; :` keeps each shell from exec'ing its last command in place, so the chain is real processes.
    execFileSync('sh', ['-c', `sh -c '/bin/true ${RUN}-chain; :'; :`]);
    const [leaf] = await waitFor('chain leaf stored', () => {
      const s = starts(`${RUN}-chain`);
      return s.length ? s : undefined;
    });
    const chain = (leaf!.ancestors ?? []).map((a) => (a.argv ?? []).join(' '));
    expect(chain[0]).toBe(`sh -c /bin/true ${RUN}-chain; :`);
    expect(chain[1]).toBe(`sh -c sh -c '/bin/true ${RUN}-chain; :'; :`);
    expect(leaf!.parentArgv?.join(' ')).toBe(chain[0]);
  });

  it("attaches LD_PRELOAD from a live process's environment and raises the loader alert", async () => {
    const lib = ws.path('libvigil-kt.so');
    writeFileSync(lib, '');
    // ld.so reports the unloadable library and runs sleep anyway; sleep lives long enough to be read.
    execFileSync('env', [`LD_PRELOAD=${lib}`, 'sleep', '0.3'], { stdio: 'ignore' });
    const sleepExe = execFileSync('readlink', ['-f', '/bin/sleep'], { encoding: 'utf8' }).trim();
    const [p] = await waitFor('preloaded exec', () => {
      const s = collector
        .events(agent.agentId)
        .map((e) => e.event.processStart)
        .filter((x) => x?.exe === sleepExe && x.loaderEnv?.LD_PRELOAD === lib);
      return s.length ? s : undefined;
    });
    expect(p!.loaderEnv).toEqual({ LD_PRELOAD: lib });
    await waitFor('loader alert', async () => (await alertTitles()).some((t) => /LD_PRELOAD/.test(t)), 30_000, 250);
  });

  it('reports a 50 ms loopback TCP connection with its pid and exe', async () => {
    const server: Server = createServer((s) => s.on('error', () => {}));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const child = spawn(process.execPath, ['-e', `const s=require('net').connect(${port},'127.0.0.1',()=>setTimeout(()=>s.destroy(),50))`], {
      stdio: 'ignore',
    });
    await new Promise((r) => child.once('exit', r));
    // The listener comes from the sock_diag inventory, with its owner.
    const listener = await waitFor('listener event', () =>
      collector
        .events(agent.agentId)
        .map((e) => e.event.networkListener)
        .find((l) => l && l.localPort === port && !l.closed),
    );
    expect(listener!.pid).toBe(process.pid);
    server.close();
    const conn = await waitFor('connection event', () =>
      collector
        .events(agent.agentId)
        .map((e) => e.event.networkConnection)
        .find((c) => c && c.remotePort === port && c.remoteAddress === '127.0.0.1'),
    );
    expect(conn!.pid).toBe(child.pid);
    expect(conn!.exe).toBe(process.execPath);
    expect(conn!.source).toBe('audit');
  });

  it('names the process that read a credential file and the one that wrote a persistence file (inside the lab overlay)', async () => {
    // The agent's mount namespace is the lab: /etc and /root there are overlays.
    const mnt = `/proc/${proc!.child.pid}/ns/mnt`;
    const reader = spawn('nsenter', [`--mount=${mnt}`, 'cat', '/etc/shadow'], { stdio: 'ignore' });
    await new Promise((r) => reader.once('exit', r));
    const writer = spawn('nsenter', [`--mount=${mnt}`, 'sh', '-c', `echo '* * * * * root /bin/true ${RUN}' > /etc/cron.d/vigil-${RUN}`], { stdio: 'ignore' });
    await new Promise((r) => writer.once('exit', r));
    const accesses = () =>
      collector
        .events(agent.agentId)
        .map((e) => e.event.fileAccess)
        .filter((f): f is vigil.v1.FileAccess => !!f);
    const read = await waitFor('shadow read', () => accesses().find((f) => f.path === '/etc/shadow' && f.access === 'read' && f.exe.endsWith('/cat')));
    expect(read.watch).toBe('shadow');
    expect(read.uid).toBe(0);
    const write = await waitFor('cron write', () => accesses().find((f) => f.path === `/etc/cron.d/vigil-${RUN}` && f.access === 'write'));
    expect(write.watch).toBe('cron');
    expect(write.exe).toMatch(/\/(dash|bash|sh)$/);
    // Nothing reached the machine's own /etc.
    expect(() => readFileSync(`/etc/cron.d/vigil-${RUN}`)).toThrow();
  });

  it('puts its rules back when someone removes them, says so, and leaves audit exactly as found on stop', async () => {
    const snap = await probe.snapshot();
    const ours = snap.rules.filter((r) => probe.keyOf(r) === 'vigil');
    expect(ours.length).toBeGreaterThan(10);
    for (const r of ours.slice(0, 3)) await probe.deleteRule(r);
    await waitFor('tamper event', () => collector.events(agent.agentId).some((e) => e.event.tamper?.what === 'audit_rules_removed' && e.event.tamper.repaired));
    await waitFor('audit tamper alert', async () => (await alertTitles()).includes('Kernel audit rules removed or audit disabled'), 30_000, 250);
    await waitFor('rules back', async () => (await probe.snapshot()).rules.filter((r) => probe.keyOf(r) === 'vigil').length === ours.length);
    await stopAndCheckRestored();
  });

  it('coexists with another audit daemon holding the audit pid: still gets every exec, and leaves its rule, pid and enabled flag alone', async () => {
    const other = await OtherAuditDaemon.register();
    const otherRule = probe.encodeWatch(`/etc/vigil-${RUN}-other`, 'kt_other');
    try {
      await probe.setEnabled(1);
      expect(await probe.addRule(otherRule)).toBe(true);
      const held = await probe.snapshot();
      expect(held.pid).toBe(process.pid);
      startAgent();
      await waitOnline('audit');
      execFileSync('sh', ['-c', `i=0; while [ $i -lt 200 ]; do /bin/true ${RUN}-coexist-$i; i=$((i+1)); done`]);
      await waitFor('200 execs with another daemon', () => new Set(starts(`${RUN}-coexist-`).map((s) => s.argv![1])).size === 200, 60_000, 250);
      expect(other.records).toBeGreaterThan(0);
      await proc!.stop();
      proc = undefined;
      const after = await probe.snapshot();
      expect(after.pid).toBe(process.pid);
      expect(after.enabled).toBe(1);
      expect(after.backlogLimit).toBe(held.backlogLimit);
      expect(summary(after, true)).toEqual(summary(held, true));
    } finally {
      // The agent first: it would put back an enabled flag the test restores as tampering.
      await proc?.stop();
      proc = undefined;
      await probe.deleteRule(otherRule);
      await other.unregister();
      await probe.setEnabled(before.enabled);
    }
    const end = await probe.snapshot();
    expect(summary(end, true)).toEqual(summary(before, true));
  });

  it('falls back when audit is taken away (CAP_AUDIT_READ and CAP_AUDIT_CONTROL dropped), and health says why', async () => {
    startAgent(['setpriv', '--bounding-set', '-audit_read,-audit_control', '--inh-caps', '-all', '--']);
    const k = await waitOnline('connector');
    expect(k.reason).toMatch(/audit/);
    expect(k.networkSource).toBe('poll');
    execFileSync('sh', ['-c', `sleep 0.3; /bin/true ${RUN}-fallback`]);
    const health = await waitFor(
      'health event naming the fallback',
      () =>
        collector
          .events(agent.agentId)
          .map((e) => e.event.health)
          .find((h) => h?.processSource === 'connector' && /audit/.test(h.sourceReason ?? '')),
      60_000,
      250,
    );
    expect(health!.networkSource).toBe('poll');
    await stopAndCheckRestored();
    // In a PID namespace of its own (a container), neither audit control nor the process connector serves
    // it (since Linux 6.6 the connector needs no CAP_NET_ADMIN, but it only serves the initial namespaces).
    startAgent(['unshare', '--pid', '--fork', '--kill-child=SIGTERM', '--mount-proc', '--']);
    const p = await waitOnline('poll');
    expect(p.reason).toMatch(/connector/);
    // The connector socket there hears the whole host without an ack: none of that may count as this host's.
    expect(p.kernelExecs).toBe(0);
    await stopAndCheckRestored();
    // Polling has no kernel count: it sends no coverage records (its final ones are sent by the next start).
    startAgent();
    await waitOnline('audit');
    await waitFor('spooled events delivered', () => agent.status()?.spool.unackedEvents === 0);
    expect(collector.events(agent.agentId).filter((e) => e.event.coverage?.processSource === 'poll')).toEqual([]);
    await stopAndCheckRestored();
  });
});
