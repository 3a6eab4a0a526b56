// Kernel telemetry: execs, connections and watched-file accesses from kernel audit, an independent exec
// count from the process connector, the process table behind parent chains, and the per-minute coverage
// ledger. It picks the sources (sensors.process.source / sensors.network.source), and where the kernel
// cannot serve it turns the /proc pollers back on and says why in health.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bigIntToU64 } from '@vigil/proto';
import type { Sensor, SensorContext } from '../sensor.js';
import type { ProcessSensor } from '../process/process-sensor.js';
import type { NetworkSensor } from '../network/network-sensor.js';
import type { LogSensor } from '../logs/log-sensor.js';
import { ProcFiles } from '../common/proc-files.js';
import { escapeControl } from '../common/sanitize.js';
import { UserDirectory } from '../common/users.js';
import { ExeHasher } from '../process/exe-hasher.js';
import { parseCmdline, parseStat, splitDeleted } from '../process/procfs.js';
import type { AuditGroup } from '../parsers/audit-group.js';
import { auditActor, auditExec, groupTimeNs, type AuditExec } from '../parsers/audit-events.js';
import { loadNetlinkAddon, type NativeNetlink } from './native.js';
import { AuditListener } from './audit-listener.js';
import { vigilRules, defaultWatches, grownWatches, VIGIL_KEY, type WatchSpec } from './audit-rules.js';
import { auditAgentSignal, auditConnection, auditFileAccesses, auditLogRecord } from './audit-translate.js';
import { ProcConnector } from './proc-connector.js';
import { SockDiag } from './sock-diag.js';
import { syscallName } from './syscalls.js';
import { ProcessTable } from './process-table.js';
import { CoverageLedger } from './coverage-ledger.js';
import type { KernelSensorOptions } from './options.js';
import type { HealthFields } from '../../health.js';

export type ProcessSource = 'auto' | 'audit' | 'connector' | 'poll';
export type NetworkSource = 'auto' | 'audit' | 'poll';

export interface KernelSensorDeps {
  options: KernelSensorOptions;
  processSource: ProcessSource;
  /** Exe hashing limits: the process sensor's options (sensors.process.hashMaxBytes, hashCacheEntries). */
  hashing: { maxBytes: number; cacheEntries: number };
  networkSource: NetworkSource;
  process?: ProcessSensor;
  network?: NetworkSensor;
  logs?: LogSensor;
  /** Loads the addon (tests pass a failing loader to exercise the fallback). */
  loadAddon?: (cacheDir: string) => ReturnType<typeof loadNetlinkAddon>;
  now?: () => number;
}

const UNSET_AUID = 4294967295;
const LOADER_VARS = ['LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT'] as const;

export class KernelSensor implements Sensor {
  readonly name = 'kernel';
  private ctx?: SensorContext;
  private audit?: AuditListener;
  private connector?: ProcConnector;
  private diag?: SockDiag;
  private readonly files = new ProcFiles(64 * 1024);
  private readonly users: UserDirectory;
  private readonly hasher: ExeHasher;
  private readonly table: ProcessTable;
  private readonly ledger: CoverageLedger;
  private watches: WatchSpec[] = [];
  private timers: NodeJS.Timeout[] = [];
  private readonly pending = new Set<Promise<void>>();
  /** pid -> start ticks of processes whose start this sensor reported (for their exit events). */
  private readonly reported = new Map<number, { startTicks: bigint; startNs: bigint; exe: string; at: number }>();
  private lostTotal = 0;
  execSource: 'audit' | 'connector' | 'poll' = 'poll';
  netSource: 'audit' | 'poll' = 'poll';
  reason = '';

  constructor(private readonly deps: KernelSensorDeps) {
    const o = deps.options;
    this.users = new UserDirectory(o.passwdPath);
    this.hasher = new ExeHasher(deps.hashing.maxBytes, deps.hashing.cacheEntries);
    this.table = new ProcessTable({ maxEntries: o.maxProcesses, maxDepth: o.maxAncestors, maxAncestorArgs: 32, maxAncestorChars: o.maxAncestorChars });
    this.ledger = new CoverageLedger({ matchWindowMs: o.matchWindowMs, maxPending: o.maxPendingMatches }, deps.now);
  }

  async start(ctx: SensorContext): Promise<void> {
    this.ctx = ctx;
    const { processSource, networkSource } = this.deps;
    const reasons: string[] = [];
    const load = (this.deps.loadAddon ?? loadNetlinkAddon)(join(ctx.stateDir, 'native'));
    let addon: NativeNetlink | undefined;
    if (load.ok) addon = load.addon;
    else reasons.push(load.reason);

    const wantAudit = processSource === 'auto' || processSource === 'audit' || networkSource !== 'poll';
    if (addon && wantAudit) {
      const o = this.deps.options;
      // The sensor's own state dir is <agent state>/sensors/kernel: the whole agent state is watched.
      const agentPaths = [...o.agentPaths, dirname(dirname(ctx.stateDir))];
      const watchOpts = { passwdPath: o.passwdPath, agentPaths, agentPid: process.pid, extra: o.extraWatches };
      this.watches = defaultWatches(watchOpts);
      const listener = new AuditListener(
        addon,
        vigilRules({ ...watchOpts, nodeArch: process.arch }),
        {
          rcvbufBytes: o.rcvbufBytes,
          backlogLimit: o.auditBacklogLimit,
          groupIdleMs: o.groupIdleMs,
          maxOpenGroups: o.maxOpenGroups,
          maxRecordsPerGroup: o.maxRecordsPerGroup,
          maxRecordBytes: o.maxRecordBytes,
          restorePath: join(ctx.stateDir, 'audit-restore.json'),
        },
        {
          group: (g) => this.onGroup(g),
          lost: (n, why) => this.onLost(n, why),
          tamper: (what, detail, repaired) => ctx.sink.emit({ tamper: { what, detail, repaired } }),
        },
        ctx.logger,
      );
      try {
        await listener.start();
        this.audit = listener;
        for (const p of listener.problems)
          ctx.reportProblem({ sensor: this.name, source: 'audit', code: 'VIGIL_ERR_SENSOR_SOURCE', message: `audit rule not added: ${p}` });
      } catch (err) {
        reasons.push(`audit: ${(err as Error).message}`);
      }
    }
    const wantConnector = processSource !== 'poll';
    if (addon && wantConnector) {
      const connector = new ProcConnector(
        addon,
        {
          fork: (parent, child) => this.table.fork(parent, child),
          exec: (tgid) => this.onConnectorExec(tgid),
          exit: (tgid) => this.onExit(tgid),
          overflow: (n) => this.onLost(n, 'connector_overflow'),
        },
        this.deps.options.rcvbufBytes,
      );
      try {
        await connector.start();
        this.connector = connector;
        this.ledger.kernelCounting = true;
      } catch (err) {
        reasons.push(`connector: ${(err as Error).message}`);
      }
    }

    this.execSource = this.audit && processSource !== 'connector' ? 'audit' : this.connector && processSource !== 'audit' ? 'connector' : 'poll';
    if (processSource === 'poll') this.execSource = 'poll';
    this.netSource = this.audit && networkSource !== 'poll' ? 'audit' : 'poll';
    this.reason = reasons.join('; ') || `${this.execSource === 'audit' ? 'kernel audit' : this.execSource} as configured (${processSource})`;
    if (this.execSource === 'poll' && processSource !== 'poll') {
      ctx.reportProblem({
        sensor: this.name,
        source: 'kernel',
        code: 'VIGIL_ERR_SENSOR_SOURCE',
        message: `exec source falls back to /proc polling: ${this.reason}`,
      });
    }
    this.deps.process?.setPolling(this.execSource === 'poll');
    this.deps.network?.setAuditConnections(this.netSource === 'audit');
    if (addon && this.netSource === 'audit' && this.deps.network) {
      const diag = new SockDiag(addon);
      this.diag = diag;
      this.deps.network.useSocketDiag(() => diag.listeners());
    }
    this.deps.logs?.setKernelExecs(this.execSource === 'audit');
    if (this.execSource !== 'poll') this.seedTable();
    ctx.logger.info({ processSource: this.execSource, networkSource: this.netSource, reason: this.reason }, 'kernel telemetry sources');

    this.timers.push(setInterval(() => this.tick(), 1000));
    this.timers.push(setInterval(() => this.emitLedger(), 60_000));
    for (const t of this.timers) t.unref();
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.connector?.stop();
    this.connector = undefined;
    this.diag?.close();
    this.diag = undefined;
    await this.audit?.stop();
    this.audit = undefined;
    await Promise.allSettled([...this.pending]);
    this.ledger.sweep();
    this.ledger.closeCurrent();
    this.emitLedger();
  }

  /** Health fields: the sources in use and why, and the last hour's exec coverage. */
  health(): HealthFields {
    return {
      processSource: this.execSource,
      networkSource: this.netSource,
      sourceReason: this.reason,
      execCoveragePercent: this.ledger.hourCoveragePercent(),
      auditRecordsLost: this.lostTotal,
    };
  }

  get totals() {
    return this.ledger.totals;
  }

  /** The `vigil-agent status` section: sources, coverage, the ledger's totals since start. */
  status(): Record<string, unknown> {
    const h = this.health();
    return {
      processSource: h.processSource,
      networkSource: h.networkSource,
      reason: h.sourceReason,
      execCoveragePercent: Number((h.execCoveragePercent ?? 100).toFixed(3)),
      ...this.ledger.totals,
      auditRules: this.audit?.ruleCount ?? 0,
      watches: this.watches.length,
      processTable: this.table.size,
    };
  }

  private tick(): void {
    this.audit?.flushIdle();
    this.ledger.sweep();
    const cutoff = Date.now() - 10 * 60_000;
    for (const [pid, r] of this.reported) {
      if (r.at >= cutoff) break;
      this.reported.delete(pid);
    }
  }

  private emitLedger(): void {
    // Polling has no kernel count to measure coverage against: no ledger records (health names the fallback).
    if (this.execSource === 'poll') return;
    for (const coverage of this.ledger.takeClosed(this.execSource, this.reason)) this.ctx?.sink.emit({ coverage });
  }

  private onLost(n: number, why: string): void {
    this.lostTotal += n;
    this.ledger.recordsLost(n);
    this.ctx?.sink.emit({ gap: { dropped: n, reason: `audit_${why}` } });
  }

  private onGroup(g: AuditGroup): void {
    const actor = auditActor(g);
    if (g.records.some((r) => r.type === 'EXECVE')) {
      if (this.execSource === 'audit') this.onAuditExec(g);
      return;
    }
    const sink = this.ctx!.sink;
    if (actor) {
      const syscall = g.records.find((r) => r.type === 'SYSCALL')!;
      const name = syscallName(actor.arch, actor.syscallNr);
      // A failed exec (a PATH search trying each folder) started nothing.
      if (!actor.success && (name === 'execve' || name === 'execveat')) return;
      // The sensor's own rule changes are not news.
      if (actor.pid === process.pid && g.records.some((r) => r.type === 'CONFIG_CHANGE' && r.fields.key === VIGIL_KEY)) return;
      const tamper = auditAgentSignal(g, actor, name, process.pid);
      if (tamper) {
        sink.emit({ timeNs: bigIntToU64(groupTimeNs(g)), tamper });
        return;
      }
      // Every pidfd signal is recorded (a pidfd names no pid): the ones not aimed at the agent are not news.
      if (name === 'pidfd_send_signal' && syscall.fields.key === VIGIL_KEY) return;
      const conn = auditConnection(g, actor, name);
      if (conn) {
        if (this.netSource === 'audit') sink.emit({ timeNs: bigIntToU64(groupTimeNs(g)), networkConnection: conn });
        return;
      }
      if (syscall.fields.key === VIGIL_KEY && this.watches.length) {
        const accesses = auditFileAccesses(g, actor, name, this.watches, (uid) => this.users.nameOf(uid));
        const argv = this.argvOf(actor.pid, actor.exe);
        const parentExe = this.table.get(actor.ppid)?.exe;
        for (const fileAccess of accesses) {
          if (argv.length) fileAccess.argv = argv.map(escapeControl);
          if (parentExe) fileAccess.parentExe = escapeControl(parentExe);
          sink.emit({ timeNs: bigIntToU64(groupTimeNs(g)), fileAccess });
          // Something seen through a folder watched by name (the folder made, a file made in it): the folder exists now.
          const path = fileAccess.path!;
          const via = this.watches.find((w) => w.via !== undefined && (path === w.via || path.startsWith(`${w.via}/`)))?.via;
          if (via !== undefined && fileAccess.success) this.grow(via);
        }
        if (accesses.length) return;
      }
    }
    sink.emit({ timeNs: bigIntToU64(groupTimeNs(g)), log: auditLogRecord(g, this.deps.options.maxRawChars) });
  }

  /** A folder watched by name was made: watch it (and the files waiting for it) as if it had been there at start. */
  private grow(folder: string): void {
    if (!existsSync(folder)) return;
    const { watches, rules } = grownWatches(folder, this.watches);
    if (!rules.length) return;
    this.watches = watches;
    void this.audit?.extend(rules).catch((err: unknown) => this.ctx?.logger.warn({ err, folder }, 'audit watch for a new folder failed'));
  }

  private onAuditExec(g: AuditGroup): void {
    const e = auditExec(g);
    if (!e || !e.success) return;
    this.ledger.execWithArgs(e.pid);
    const ancestors = this.table.ancestors(e.ppid);
    // The connector's exit of a short-lived process often arrives before its audit records (kauditd
    // sends them later): a fresh exit of this pid is this process's own.
    const exitedAt = this.table.get(e.pid)?.exitedAt;
    const exited = exitedAt !== undefined && Date.now() - exitedAt < this.deps.options.matchWindowMs;
    this.table.exec(e.pid, e.ppid, e.exe, e.argv);
    const live = exited ? {} : this.readLive(e.pid);
    // Registered now, not after hashing: the exit may arrive while the hash is read.
    if (this.deps.options.reportExits) this.reported.set(e.pid, { startTicks: live.startTicks ?? 0n, startNs: e.timeNs, exe: e.exe, at: Date.now() });
    const started = this.emitAuditExec(e, ancestors, live);
    this.track(exited ? started.then(() => this.onExit(e.pid)) : started);
  }

  private async emitAuditExec(e: AuditExec, ancestors: ReturnType<ProcessTable['ancestors']>, live: LiveInfo): Promise<void> {
    let sha256 = '';
    let hashSkipped = '';
    if (e.exe) {
      const r = await this.hasher.hash(e.exe);
      if ('sha256' in r) sha256 = r.sha256;
      else hashSkipped = r.skipped;
    } else hashSkipped = 'unreadable';
    const parent = ancestors[0];
    this.ctx?.sink.emit({
      timeNs: bigIntToU64(e.timeNs),
      processStart: {
        pid: e.pid,
        ppid: e.ppid,
        startTimeTicks: live.startTicks !== undefined ? bigIntToU64(live.startTicks) : undefined,
        startTimeNs: bigIntToU64(e.timeNs),
        exe: escapeControl(e.exe),
        argv: e.argv.map(escapeControl),
        cwd: escapeControl(e.cwd),
        uid: e.uid,
        user: this.users.nameOf(e.uid),
        gid: e.gid,
        euid: e.euid,
        tty: e.tty,
        sessionId: e.sessionId,
        sha256,
        hashSkipped,
        parentPid: e.ppid,
        parentExe: escapeControl(parent?.exe ?? ''),
        parentArgv: (parent?.argv ?? []).map(escapeControl),
        comm: escapeControl(e.comm),
        source: 'audit',
        auid: e.auid,
        loginUser: e.auid === UNSET_AUID ? '' : this.users.nameOf(e.auid),
        loaderEnv: live.loaderEnv,
        ancestors: ancestors.map((a) => ({ pid: a.pid, exe: escapeControl(a.exe), argv: a.argv.map(escapeControl) })),
      },
    });
  }

  private onConnectorExec(tgid: number): void {
    this.ledger.kernelExec(tgid);
    if (this.execSource !== 'connector' || !this.deps.process) return;
    const proc = this.deps.process;
    this.track(
      (async () => {
        const start = await proc.describeLive(tgid);
        if (!start) {
          this.ledger.execPidOnly(tgid);
          this.ctx?.sink.emit({ processStart: { pid: tgid, source: 'connector', argvMissing: true } });
          return;
        }
        this.ledger.execWithArgs(tgid);
        const ancestors = this.table.ancestors(start.ppid ?? 0);
        this.table.exec(tgid, start.ppid ?? 0, start.exe ?? '', start.argv ?? []);
        const live = this.readLive(tgid);
        if (this.deps.options.reportExits)
          this.reported.set(tgid, { startTicks: live.startTicks ?? 0n, startNs: BigInt(Date.now()) * 1_000_000n, exe: start.exe ?? '', at: Date.now() });
        this.ctx?.sink.emit({ processStart: { ...start, source: 'connector', loaderEnv: live.loaderEnv, ancestors } });
      })(),
    );
  }

  private onExit(tgid: number): void {
    this.table.exit(tgid);
    const r = this.reported.get(tgid);
    if (!r) return;
    this.reported.delete(tgid);
    const startNs = r.startTicks > 0n ? (this.deps.process?.startNsOf(r.startTicks) ?? 0n) : r.startNs;
    const nowNs = BigInt(Date.now()) * 1_000_000n;
    const durationMs = startNs > 0n && nowNs > startNs ? Number((nowNs - startNs) / 1_000_000n) : 0;
    this.ctx?.sink.emit({ processExit: { pid: tgid, startTimeTicks: bigIntToU64(r.startTicks), exe: escapeControl(splitDeleted(r.exe).path), durationMs } });
  }

  /** Start ticks and loader variables of a process that is still alive (nothing when it is gone). */
  /**
   * Who a process is beyond its exe (an interpreter's script is in its argv), bounded like an ancestor's.
   * kauditd may deliver a process's exec group after the group of its first file access, so the table
   * may still hold what it inherited at fork (another exe): then the live cmdline is read instead.
   */
  private argvOf(pid: number, exe: string): string[] {
    const [self] = this.table.ancestors(pid);
    if (self && self.pid === pid && self.exe === exe) return self.argv;
    const max = this.deps.options.maxAncestorChars;
    return parseCmdline(this.files.readBytes(`/proc/${pid}/cmdline`, max) ?? Buffer.alloc(0)).map((a) => a.slice(0, max));
  }

  private readLive(pid: number): LiveInfo {
    const stat = this.files.readOnce(`/proc/${pid}/stat`, 4096);
    const st = stat ? parseStat(stat) : undefined;
    const out: LiveInfo = { startTicks: st?.startTicks };
    const max = this.deps.options.maxEnvironBytes;
    if (!st || max === 0) return out;
    const env = this.files.readBytes(`/proc/${pid}/environ`, max);
    if (!env) return out;
    const text = env.toString('latin1');
    for (const name of LOADER_VARS) {
      const at = text.startsWith(`${name}=`) ? 0 : text.indexOf(`\u0000${name}=`);
      if (at < 0) continue;
      const from = at === 0 ? name.length + 1 : at + name.length + 2;
      const end = text.indexOf('\u0000', from);
      (out.loaderEnv ??= {})[name] = escapeControl(
        Buffer.from(text.slice(from, end < 0 ? text.length : end), 'latin1')
          .toString('utf8')
          .slice(0, 4096),
      );
    }
    return out;
  }

  /** What already runs, so the first execs already name their parents. */
  private seedTable(): void {
    let names: string[];
    try {
      names = readdirSync('/proc');
    } catch {
      return;
    }
    for (const name of names) {
      const c = name.charCodeAt(0);
      if (c < 48 || c > 57) continue;
      const text = this.files.readOnce(`/proc/${name}/stat`, 4096);
      const st = text ? parseStat(text) : undefined;
      if (!st || st.pid === 2 || st.ppid === 2) continue;
      const exe = splitDeleted(this.files.readLink(`/proc/${name}/exe`) ?? '').path;
      const argv = parseCmdline(this.files.readBytes(`/proc/${name}/cmdline`, 4096) ?? Buffer.alloc(0));
      this.table.exec(st.pid, st.ppid, exe, argv);
    }
  }

  private track(p: Promise<void>): void {
    const q = p.catch((err: unknown) => this.ctx?.logger.warn({ err }, 'kernel exec event failed'));
    this.pending.add(q);
    void q.finally(() => this.pending.delete(q));
  }
}

interface LiveInfo {
  startTicks?: bigint;
  loaderEnv?: Record<string, string>;
}
