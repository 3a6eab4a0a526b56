// The technique lab: the real collector and the real agent bundle, with attack procedures run against a
// host that is not the machine's. The lab is a network namespace of its own (loopback, plus a dummy
// "internet" interface holding documentation addresses) and, inside it, a private mount namespace with
// overlays over /etc, /var, /usr/local, /opt, /root and /home and tmpfs /dev, /run and /tmp (lab-init.sh).
// The collector runs outside the lab on loopback, so the test reads its database directly; the agent
// runs in the lab's mount namespace but the machine's network namespace (kernel audit multicasts there only). The agent detects with response off (dry run) and takes execs, connections and
// watched files from kernel audit, which is global to the machine: the lab snapshots audit first and
// requires it restored exactly when the agent stops.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { vigil } from '@vigil/proto';
import { AuditProbe, summary, type AuditSnapshot } from '../helpers/audit.js';
import { run } from '../helpers/netns.js';
import { Collector, FAST_AGENT_ENV, Proc, Workspace, waitFor } from '../helpers/vigil.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const BUNDLE = here('../../agent/dist-bundle/vigil-agent.mjs');
const OVERLAYS = ['etc', 'var', 'usrlocal', 'opt', 'root', 'home'];
/** The lab's "internet": documentation prefixes on a veth inside the lab's namespace. */
export const INTERNET = { web: '198.51.100.1', c2: '203.0.113.7', peer: '192.0.2.10' } as const;

export interface RunResult {
  id: string;
  t0: number;
  t1: number;
  code: number;
  output: string;
}

export interface AlertHit {
  alertId: string;
  ruleId: string;
  title: string;
  severity: string;
  attack: string[];
  eventTimeMs: number;
}

const SEVERITY_RANK: Record<string, number> = { informational: 0, low: 1, medium: 2, high: 3, critical: 4 };
export const severityRank = (s: string): number => SEVERITY_RANK[s] ?? 0;

export class TechniqueLab {
  private replies = new Map<string, (r: unknown) => void>();
  private counter = 0;
  private before: AuditSnapshot | undefined;
  private db: Database.Database | undefined;
  /** The agent runs outside the lab's network namespace: its pid, to stop it if the driver cannot. */
  private agentPid = 0;

  private constructor(
    readonly ws: Workspace,
    readonly ns: string,
    readonly collector: Collector,
    readonly agentId: string,
    private readonly driver: Proc,
    private readonly probe: AuditProbe,
  ) {
    createInterface({ input: driver.child.stdout! }).on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { id: string };
        this.replies.get(msg.id)?.(msg);
        this.replies.delete(msg.id);
      } catch {
        // the driver writes only JSON lines on stdout; anything else is ignored
      }
    });
  }

  get labDir(): string {
    return this.ws.path('lab');
  }

  /** A file as the lab wrote it (its overlay's upper layer), e.g. upper('var', 'log/auth.log'). */
  upper(overlay: string, rel: string): string {
    return join(this.labDir, `${overlay}-up`, rel);
  }

  static async create(): Promise<TechniqueLab> {
    const ws = new Workspace();
    const ns = `vgcov${process.pid}`;
    const probe = await AuditProbe.open();
    const before = await probe.snapshot();
    const must = async (argv: string[]) => {
      const r = await run(argv);
      if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
    };
    await must(['ip', 'netns', 'add', ns]);
    try {
      await must(['ip', '-n', ns, 'link', 'set', 'lo', 'up']);
      // A veth pair with both ends in the lab (this kernel may lack the dummy driver).
      await must(['ip', '-n', ns, 'link', 'add', 'internet0', 'type', 'veth', 'peer', 'name', 'internet1']);
      await must(['ip', '-n', ns, 'link', 'set', 'internet0', 'up']);
      await must(['ip', '-n', ns, 'link', 'set', 'internet1', 'up']);
      for (const a of Object.values(INTERNET)) await must(['ip', '-n', ns, 'addr', 'add', `${a}/32`, 'dev', 'internet0']);
      await must(['ip', '-n', ns, 'route', 'add', 'default', 'dev', 'internet0']);

      const collector = await Collector.create(ws);
      const lab = ws.path('lab');
      for (const o of OVERLAYS) for (const k of ['up', 'work']) mkdirSync(join(lab, `${o}-${k}`), { recursive: true });
      prepareFiles(lab);

      // The agent's state lands in the /var overlay's upper layer: the lab sees it as /var/lib/vigil-agent.
      const stateDir = join(lab, 'var-up/lib/vigil-agent');
      const token = await collector.token();
      const enroll = await new Promise<{ code: number; out: string }>((resolve) => {
        const c = spawn(process.execPath, [BUNDLE, 'enroll', '--state', stateDir, '--collector', collector.agentUrl, '--token', token]);
        let out = '';
        c.stdout.on('data', (b: Buffer) => (out += b.toString()));
        c.stderr.on('data', (b: Buffer) => (out += b.toString()));
        c.on('exit', (code) => resolve({ code: code ?? 1, out }));
      });
      if (enroll.code !== 0) throw new Error(`enroll failed: ${enroll.out}`);
      const agentId = /agent id (\S+)/.exec(enroll.out)?.[1];
      if (!agentId) throw new Error(`no agent id in ${enroll.out}`);

      // Kernel audit delivers its records to listeners in the initial network namespace only, so the driver
      // starts the agent back in this process's network namespace (it stays in the lab's mount namespace);
      // the collector listens on this namespace's loopback.
      const env: Record<string, string> = {
        ...(process.env as Record<string, string>),
        ...FAST_AGENT_ENV,
        VIGIL_AGENT_HEALTH__INTERVAL_MS: '1000',
        VIGIL_LAB_AGENT_NETNS: `/proc/${process.pid}/ns/net`,
        VIGIL_LAB_WEB: INTERNET.web,
      };
      delete env.VIGIL_AGENT_SENSORS__PROCESS__SOURCE;
      delete env.VIGIL_AGENT_SENSORS__NETWORK__SOURCE;
      const driver = ws.track(
        new Proc(
          spawn(
            'ip',
            [
              'netns',
              'exec',
              ns,
              'unshare',
              '--mount',
              '--propagation',
              'private',
              '--',
              here('./lab-init.sh'),
              lab,
              process.execPath,
              '/opt/vigil/lab-driver.mjs',
            ],
            {
              env,
              stdio: ['pipe', 'pipe', 'pipe'],
            },
          ),
        ),
      );
      await waitFor(
        'lab driver ready',
        () => {
          if (!driver.alive) throw new Error(`lab exited: ${driver.stderr}`);
          return driver.stdout.includes('"id":"ready"');
        },
        60_000,
      );
      const t = new TechniqueLab(ws, ns, collector, agentId, driver, probe);
      t.before = before;
      return t;
    } catch (err) {
      await ws.cleanup();
      await run(['ip', 'netns', 'delete', ns]);
      throw err;
    }
  }

  /** A lab with `setups` run as root (the lab's people and files, made before the agent starts) and the agent online. */
  static async ready(setups: readonly string[]): Promise<TechniqueLab> {
    const lab = await TechniqueLab.create();
    try {
      for (const script of setups) {
        const r = await lab.exec(script, 'root', 60_000);
        if (r.code !== 0) throw new Error(`lab setup failed (exit ${r.code}): ${r.output}`);
      }
      await lab.startAgent();
      return lab;
    } catch (err) {
      const restored = await lab.destroy();
      throw new Error(`${(err as Error).message}${restored.auditRestored ? '' : `; kernel audit was not as found: ${restored.audit}`}`, { cause: err });
    }
  }

  private send<T>(msg: Record<string, unknown>, id: string): Promise<T> {
    return new Promise((resolve, reject) => {
      if (!this.driver.alive) return reject(new Error(`lab driver exited: ${this.driver.stderr.slice(-2000)}`));
      this.replies.set(id, resolve as (r: unknown) => void);
      this.driver.child.stdin!.write(`${JSON.stringify(msg)}\n`);
    });
  }

  /** Runs a script in the lab (bash -c, as `user`), and says when it started and ended. */
  exec(script: string, user = 'root', timeoutMs = 20_000): Promise<RunResult> {
    const id = `r${++this.counter}`;
    return this.send<RunResult>({ op: 'run', id, script, user, timeoutMs }, id);
  }

  /** Starts the agent in the lab and waits until it is online with kernel audit as its exec source. */
  async startAgent(): Promise<void> {
    const startedAt = Date.now();
    this.agentPid = (await this.send<{ pid: number }>({ op: 'agent', action: 'start' }, 'agent')).pid;
    await waitFor(
      'lab agent online with audit',
      () => {
        if (!this.driver.alive) throw new Error(`lab exited: ${this.driver.stderr.slice(-2000)}`);
        const s = this.status();
        return s && s.writtenAtMs >= startedAt && s.link.state === 'online' && s.kernel?.processSource === 'audit';
      },
      60_000,
      100,
    );
  }

  /** After a procedure stopped the agent: waits for it to be gone, then starts it again. */
  async restartAgent(): Promise<void> {
    await this.stopAgent();
    await this.startAgent();
  }

  async stopAgent(): Promise<void> {
    await this.send({ op: 'agent', action: 'stop' }, 'agent');
    this.agentPid = 0;
  }

  status(): { writtenAtMs: number; link: { state: string }; kernel?: { processSource: string } } | undefined {
    try {
      return JSON.parse(readFileSync(this.upper('var', 'lib/vigil-agent/status.json'), 'utf8'));
    } catch {
      return undefined;
    }
  }

  private database(): Database.Database {
    this.db ??= new Database(join(this.collector.dataDir, 'events.db'), { readonly: true, fileMustExist: true });
    return this.db;
  }

  /** Alert evidence whose event happened in [fromMs, toMs], one row per alert and evidence event. */
  hits(fromMs: number, toMs: number): AlertHit[] {
    const rows = this.database()
      .prepare(
        `SELECT a.id, a.rule_id, a.rule_title, a.severity, a.attack, e.time_ms FROM alert_events e JOIN alerts a ON a.id = e.alert_id
         WHERE a.agent_id = ? AND e.time_ms BETWEEN ? AND ?`,
      )
      .all(this.agentId, fromMs, toMs) as Array<{ id: string; rule_id: string; rule_title: string; severity: string; attack: string; time_ms: number }>;
    return rows.map((r) => ({
      alertId: r.id,
      ruleId: r.rule_id,
      title: r.rule_title,
      severity: r.severity,
      attack: JSON.parse(r.attack) as string[],
      eventTimeMs: r.time_ms,
    }));
  }

  /** Stored events of the lab's agent that happened in [fromMs, toMs], by kind. */
  eventKinds(fromMs: number, toMs: number): Record<string, number> {
    const rows = this.database()
      .prepare('SELECT kind, COUNT(*) AS n FROM events WHERE agent_id = ? AND time_ns BETWEEN ? AND ? GROUP BY kind')
      .all(this.agentId, BigInt(fromMs) * 1_000_000n, BigInt(toMs) * 1_000_000n) as Array<{ kind: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  }

  /** Alerts first stored in [fromMs, toMs] (a repeat folded into an open alert is not a new one). */
  newAlerts(fromMs: number, toMs: number): Array<{ id: string; title: string; severity: string; ruleId: string; count: number; groupJson: string }> {
    return this.database()
      .prepare(
        'SELECT id, rule_title AS title, severity, rule_id AS ruleId, count, group_json AS groupJson FROM alerts WHERE agent_id = ? AND created_at_ms BETWEEN ? AND ? ORDER BY created_at_ms',
      )
      .all(this.agentId, fromMs, toMs) as Array<{ id: string; title: string; severity: string; ruleId: string; count: number; groupJson: string }>;
  }

  /** An alert's evidence events, decoded, with the process's and its parent's exec when the collector holds them. */
  evidence(alertId: string, limit = 5): Array<{ event: vigil.v1.IEvent; process?: vigil.v1.IProcessStart; parent?: vigil.v1.IProcessStart }> {
    const db = this.database();
    const rows = db
      .prepare('SELECT e.body FROM alert_events a JOIN events e ON e.id = a.event_id AND e.agent_id = a.agent_id WHERE a.alert_id = ? LIMIT ?')
      .all(alertId, limit) as Array<{ body: Buffer }>;
    const starts = db
      .prepare("SELECT body FROM events WHERE agent_id = ? AND kind = 'process_start' ORDER BY seq DESC LIMIT 20000")
      .all(this.agentId) as Array<{ body: Buffer }>;
    const byPid = new Map<number, vigil.v1.IProcessStart>();
    for (const r of starts.reverse()) {
      const p = vigil.v1.Event.decode(r.body).processStart;
      if (p?.pid) byPid.set(p.pid, p);
    }
    return rows.map((r) => {
      const event = vigil.v1.Event.decode(r.body).toJSON() as vigil.v1.IEvent;
      const pid = Number(event.fileAccess?.pid ?? event.networkConnection?.pid ?? 0);
      const ppid = Number(event.fileAccess?.ppid ?? event.processStart?.ppid ?? byPid.get(pid)?.ppid ?? 0);
      return { event, process: byPid.get(pid), parent: byPid.get(ppid) };
    });
  }

  /** What the collector holds, for the failure log: alerts, and stored events by kind with a few samples. */
  dump(): string {
    const db = this.database();
    const alerts = db
      .prepare('SELECT rule_title, severity, attack, count, first_seen_ms FROM alerts WHERE agent_id = ? ORDER BY first_seen_ms')
      .all(this.agentId);
    const kinds = db.prepare('SELECT kind, COUNT(*) AS n FROM events WHERE agent_id = ? GROUP BY kind').all(this.agentId);
    return JSON.stringify({ alerts, kinds }, null, 1);
  }

  /** Stops the agent, requires kernel audit exactly as found, kills what is left in the lab, removes it. */
  async destroy(): Promise<{ auditRestored: boolean; audit: string }> {
    let result: { auditRestored: boolean; audit: string };
    try {
      if (this.driver.alive) {
        await this.stopAgent().catch(() => undefined);
        this.driver.child.stdin!.end();
        await Promise.race([this.driver.exited, new Promise((r) => setTimeout(r, 10_000))]);
      }
      if (this.agentPid) {
        try {
          process.kill(this.agentPid, 'SIGTERM');
        } catch {
          // already gone
        }
        await new Promise((r) => setTimeout(r, 3000));
      }
      // Whatever a procedure left running lives in the lab's network namespace: kill exactly those pids.
      const pids = (await run(['ip', 'netns', 'pids', this.ns])).stdout.split('\n').filter((p) => /^\d+$/.test(p));
      for (const pid of pids) if (Number(pid) !== this.collector.proc?.child.pid) process.kill(Number(pid), 'SIGKILL');
      const a = JSON.stringify(summary(this.before!));
      const b = JSON.stringify(summary(await this.probe.snapshot()));
      // Anything left over (rules keyed vigil the lab did not find, a changed flag or limit) is undone before failing.
      const undone = await this.probe.restore(this.before!);
      result = { auditRestored: a === b && undone.length === 0, audit: `before ${a} after ${b}; undone: ${undone.join(', ') || 'nothing'}` };
      this.probe.close();
    } finally {
      this.db?.close();
      await this.ws.cleanup();
      await run(['ip', 'netns', 'delete', this.ns]);
    }
    return result;
  }

  /** The lab's log so far (driver, daemons, agent). */
  get log(): string {
    return this.driver.stderr;
  }
}

/** The lab's own files, written into the overlays' upper layers before the lab starts. */
function prepareFiles(lab: string): void {
  const put = (overlay: string, rel: string, text: string, mode = 0o644) => {
    const p = join(lab, `${overlay}-up`, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text, { mode });
  };
  mkdirSync(join(lab, 'opt-up/vigil'), { recursive: true });
  copyFileSync(BUNDLE, join(lab, 'opt-up/vigil/vigil-agent.mjs'));
  copyFileSync(here('./lab-driver.mjs'), join(lab, 'opt-up/vigil/lab-driver.mjs'));
  put('etc', 'vigil/agent.yaml', 'logLevel: warn\n');
  // Debian's layout (auth.log, syslog) in rsyslog's default high-precision format; no kernel log input
  // (imklog would read the machine's kernel ring buffer).
  put(
    'etc',
    'rsyslog.conf',
    [
      'module(load="imuxsock")',
      '$FileCreateMode 0640',
      'auth,authpriv.*  /var/log/auth.log',
      '*.*;auth,authpriv.none  /var/log/syslog',
      'cron.*  /var/log/cron.log',
      '',
    ].join('\n'),
  );
  put('etc', 'ssh/sshd_config.d/lab.conf', 'MaxStartups 100:30:200\nMaxAuthTries 10\nLoginGraceTime 20\n');
}
