// Process sensor: lists /proc every poll and diffs on (pid, start time), so a reused pid is a new
// process, never the old one. New processes get their full context (parent, user, argv, cwd, tty,
// exe hash); gone ones get an exit event. A comm change on a known process means it exec'd.
import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { bigIntToU64, type vigil } from '@vigil/proto';
import type { Sensor, SensorContext } from '../sensor.js';
import { ProcFiles } from '../common/proc-files.js';
import { PollLoop } from '../common/poll-loop.js';
import { escapeControl } from '../common/sanitize.js';
import { UserDirectory } from '../common/users.js';
import { ExeHasher } from './exe-hasher.js';
import { parseStat, parseStatusIds, parseCmdline, ttyName, bootTimeNs, splitDeleted, type ProcStat } from './procfs.js';
import { processSensorOptions, type ProcessSensorOptions } from './options.js';

interface Tracked {
  pid: number;
  startTicks: bigint;
  comm: string;
  exe: string;
  argv: string[];
  startNs: bigint;
  gen: number;
  kernel: boolean;
}

export interface ProcessSnapshot {
  pid: number;
  ppid: number;
  startTicks: bigint;
  exe: string;
  argv: string[];
}

export class ProcessSensor implements Sensor {
  readonly name = 'process';
  private readonly opts: ProcessSensorOptions;
  private readonly files = new ProcFiles(64 * 1024);
  private readonly hasher: ExeHasher;
  private readonly users: UserDirectory;
  private readonly tracked = new Map<number, Tracked>();
  private ctx?: SensorContext;
  private readonly loop: PollLoop;
  private gen = 0;
  private bootNs = 0n;
  private tickNs = 10_000_000n;
  private polls = 0;
  private polling = true;
  private started = false;

  constructor(options: Partial<ProcessSensorOptions> = {}) {
    this.opts = processSensorOptions.parse(options);
    this.loop = new PollLoop(
      () => this.poll(true),
      this.opts.pollMs,
      (err) => this.ctx?.logger.error({ err }, 'process poll failed'),
    );
    this.hasher = new ExeHasher(this.opts.hashMaxBytes, this.opts.hashCacheEntries);
    this.users = new UserDirectory(this.opts.passwdPath);
  }

  async start(ctx: SensorContext): Promise<void> {
    this.ctx = ctx;
    const root = this.opts.procRoot;
    const bootNs = bootTimeNs(this.files.readText(`${root}/stat`), this.files.readText(`${root}/uptime`), Date.now());
    if (bootNs === undefined) {
      ctx.reportProblem({
        sensor: this.name,
        source: `${root}/stat`,
        code: 'VIGIL_ERR_SENSOR_SOURCE',
        message: 'boot time unreadable; start times are relative',
      });
    }
    this.bootNs = bootNs ?? 0n;
    this.tickNs = 1_000_000_000n / BigInt(clockTicks());
    await this.poll(this.opts.reportExisting, true);
    this.started = true;
    if (this.polling) this.loop.start();
  }

  /**
   * Polling on or off. The kernel sensor turns it off when exec events come from the kernel (the start
   * scan still reports what already runs) and back on when the kernel source fails.
   */
  setPolling(on: boolean): void {
    if (on === this.polling) return;
    this.polling = on;
    if (!this.started) return;
    if (on) {
      // Re-baseline silently, so processes started while polling was off are not reported twice.
      void this.poll(false, true).then(() => this.loop.start());
    } else void this.loop.stop();
  }

  get isPolling(): boolean {
    return this.polling;
  }

  /** A start event for a live pid read from /proc now (the connector's exec source); undefined once it is gone. */
  async describeLive(pid: number): Promise<vigil.v1.IProcessStart | undefined> {
    const root = this.opts.procRoot;
    const text = this.files.readOnce(`${root}/${pid}/stat`, 4096);
    const st = text ? parseStat(text) : undefined;
    if (!st) return undefined;
    const exe = this.files.readLink(`${root}/${pid}/exe`) ?? '';
    const bytes = this.files.readBytes(`${root}/${pid}/cmdline`, this.opts.maxCmdlineBytes);
    if (!bytes) return undefined;
    const t: Tracked = {
      pid,
      startTicks: st.startTicks,
      comm: st.comm,
      exe,
      argv: parseCmdline(bytes),
      startNs: this.bootNs + st.startTicks * this.tickNs,
      gen: this.gen,
      kernel: false,
    };
    return this.describe(st, t);
  }

  /** Boot-relative clock ticks to unix nanoseconds, as start times are reported. */
  startNsOf(startTicks: bigint): bigint {
    return this.bootNs + startTicks * this.tickNs;
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Changes the poll interval from the next poll on (the collector may push one). */
  setPollMs(ms: number): void {
    this.loop.setIntervalMs(ms);
  }

  /** Runs one poll now (tests and benchmarks drive the sensor with this). */
  pollNow(): Promise<void> {
    return this.poll(true, true);
  }

  /** What the sensor currently believes is running, for the parent-chain lookups of other parts. */
  lookup(pid: number): ProcessSnapshot | undefined {
    const t = this.tracked.get(pid);
    return t ? { pid: t.pid, ppid: 0, startTicks: t.startTicks, exe: t.exe, argv: t.argv } : undefined;
  }

  get pollCount(): number {
    return this.polls;
  }

  private async poll(emitStarts: boolean, verifyAll = false): Promise<void> {
    const ctx = this.ctx!;
    const root = this.opts.procRoot;
    let names: string[];
    try {
      names = readdirSync(root);
    } catch (err) {
      ctx.reportProblem({ sensor: this.name, source: root, code: 'VIGIL_ERR_SENSOR_SOURCE', message: (err as Error).message });
      return;
    }
    this.polls += 1;
    const verify = verifyAll || this.polls % this.opts.verifyEvery === 0;
    const gen = ++this.gen;
    const fresh: ProcStat[] = [];
    const exits: Tracked[] = [];
    const execs: Tracked[] = [];
    for (const name of names) {
      const c = name.charCodeAt(0);
      if (c < 48 || c > 57) continue;
      if (!verify) {
        // Between verifications a listed, known pid is taken to be the same process.
        const known = this.tracked.get(Number(name));
        if (known) {
          known.gen = gen;
          continue;
        }
      }
      const text = this.files.readOnce(`${root}/${name}/stat`, 4096);
      if (!text) continue;
      const st = parseStat(text);
      if (!st) continue;
      const known = this.tracked.get(st.pid);
      if (known && known.startTicks === st.startTicks) {
        known.gen = gen;
        if (known.comm !== st.comm && !known.kernel) {
          known.comm = st.comm;
          execs.push(known);
        }
        continue;
      }
      if (known) exits.push(known);
      fresh.push(st);
    }
    for (const t of this.tracked.values()) if (t.gen !== gen && !exits.includes(t)) exits.push(t);
    for (const t of exits) if (this.tracked.get(t.pid) === t) this.tracked.delete(t.pid);

    // Track every new process first, so a child found before its parent still names it.
    const details: Array<{ st: ProcStat; t: Tracked }> = [];
    for (const st of fresh) {
      const kernel = st.pid === 2 || st.ppid === 2;
      if (this.tracked.size >= this.opts.maxTrackedProcesses) {
        ctx.reportProblem({
          sensor: this.name,
          source: root,
          code: 'VIGIL_ERR_SENSOR_LIMIT',
          message: `more than ${this.opts.maxTrackedProcesses} processes; new ones are not tracked`,
        });
        break;
      }
      const exe = kernel ? '' : (this.files.readLink(`${root}/${st.pid}/exe`) ?? '');
      const argv = kernel ? [] : parseCmdline(this.files.readBytes(`${root}/${st.pid}/cmdline`, this.opts.maxCmdlineBytes) ?? Buffer.alloc(0));
      const t: Tracked = { pid: st.pid, startTicks: st.startTicks, comm: st.comm, exe, argv, startNs: this.bootNs + st.startTicks * this.tickNs, gen, kernel };
      this.tracked.set(st.pid, t);
      if (kernel && !this.opts.includeKernelThreads) continue;
      details.push({ st, t });
    }

    const reexec: Tracked[] = [];
    for (const t of execs) {
      const exe = this.files.readLink(`${root}/${t.pid}/exe`) ?? '';
      const argv = parseCmdline(this.files.readBytes(`${root}/${t.pid}/cmdline`, this.opts.maxCmdlineBytes) ?? Buffer.alloc(0));
      const changed = exe !== t.exe || argv.join('\u0000') !== t.argv.join('\u0000');
      if (!changed) continue;
      t.exe = exe;
      t.argv = argv;
      reexec.push(t);
    }

    if (emitStarts) {
      const starts = await Promise.all([
        ...details.map(({ st, t }) => this.describe(st, t)),
        ...reexec.map((t) => {
          const text = this.files.readOnce(`${root}/${t.pid}/stat`, 4096);
          const st = text ? parseStat(text) : undefined;
          return st ? this.describe(st, t) : undefined;
        }),
      ]);
      for (const s of starts) if (s) ctx.sink.emit({ processStart: s });
    }
    const nowNs = BigInt(Date.now()) * 1_000_000n;
    for (const t of exits) {
      if (t.kernel && !this.opts.includeKernelThreads) continue;
      const lived = nowNs > t.startNs && t.startNs > 0n ? Number((nowNs - t.startNs) / 1_000_000n) : 0;
      ctx.sink.emit({
        processExit: { pid: t.pid, startTimeTicks: bigIntToU64(t.startTicks), exe: escapeControl(splitDeleted(t.exe).path), durationMs: lived },
      });
    }
  }

  private async describe(st: ProcStat, t: Tracked): Promise<vigil.v1.IProcessStart> {
    const root = this.opts.procRoot;
    const dir = `${root}/${st.pid}`;
    const status = this.files.readOnce(`${dir}/status`, 16384);
    const ids = status ? parseStatusIds(status) : undefined;
    const cwd = this.files.readLink(`${dir}/cwd`) ?? '';
    const parent = this.parentOf(st.ppid);
    const exe = splitDeleted(t.exe);
    let sha256 = '';
    let hashSkipped = '';
    if (!t.exe) hashSkipped = 'unreadable';
    else {
      // /proc/PID/exe opens the running image even if its file was deleted or replaced.
      let r = await this.hasher.hash(`${dir}/exe`);
      if ('skipped' in r && r.skipped === 'deleted' && !exe.deleted) r = await this.hasher.hash(exe.path);
      if ('sha256' in r) sha256 = r.sha256;
      else hashSkipped = exe.deleted && r.skipped === 'unreadable' ? 'deleted' : r.skipped;
    }
    const uid = ids?.uid ?? 0;
    return {
      pid: st.pid,
      ppid: st.ppid,
      startTimeTicks: bigIntToU64(st.startTicks),
      startTimeNs: bigIntToU64(t.startNs),
      // argv, paths and comm come from the process itself: control characters are escaped like log lines.
      exe: escapeControl(exe.path),
      argv: t.argv.map(escapeControl),
      cwd: escapeControl(splitDeleted(cwd).path),
      uid,
      user: ids ? this.users.nameOf(uid) : '',
      gid: ids?.gid ?? 0,
      euid: ids?.euid ?? 0,
      tty: ttyName(st.ttyNr),
      sessionId: st.session > 0 ? st.session : 0,
      sha256,
      hashSkipped,
      parentPid: st.ppid,
      parentExe: escapeControl(parent.exe),
      parentArgv: parent.argv.map(escapeControl),
      comm: escapeControl(st.comm),
      source: 'procfs',
    };
  }

  private parentOf(ppid: number): { exe: string; argv: string[] } {
    if (ppid <= 0) return { exe: '', argv: [] };
    const t = this.tracked.get(ppid);
    if (t) return { exe: splitDeleted(t.exe).path, argv: t.argv };
    const root = this.opts.procRoot;
    const exe = this.files.readLink(`${root}/${ppid}/exe`) ?? '';
    const argv = parseCmdline(this.files.readBytes(`${root}/${ppid}/cmdline`, this.opts.maxCmdlineBytes) ?? Buffer.alloc(0));
    return { exe: splitDeleted(exe).path, argv };
  }
}

/** Clock ticks per second (USER_HZ); 100 on every mainstream Linux, asked once at start. */
function clockTicks(): number {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8', timeout: 2000 }).trim());
    return Number.isInteger(n) && n > 0 ? n : 100;
  } catch {
    return 100;
  }
}
