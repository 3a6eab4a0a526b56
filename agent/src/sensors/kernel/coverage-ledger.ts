// The exec coverage ledger: per minute, how many execs the kernel performed (process connector), how many
// the agent captured with full arguments (audit), how many arrived only as a pid, and how many audit
// records were lost. Matching is by pid within a window, since the two sockets deliver independently.
import type { vigil } from '@vigil/proto';
import { bigIntToU64 } from '@vigil/proto';

export interface LedgerOptions {
  /** How long a kernel-counted exec waits for its audit record before it counts as pid-only. */
  matchWindowMs: number;
  /** Bound on execs waiting to be matched; beyond it the oldest count as pid-only. */
  maxPending: number;
}

interface Minute {
  start: number;
  kernel: number;
  withArgs: number;
  pidOnly: number;
  lost: number;
  sent: boolean;
}

export interface LedgerTotals {
  kernelExecs: number;
  execsWithArgs: number;
  execsPidOnly: number;
  recordsLost: number;
}

const MINUTE = 60_000;
const HOUR_MINUTES = 60;

export class CoverageLedger {
  /** Kernel-counted execs not yet matched: pid -> times (ms). */
  private readonly kernelPending = new Map<number, number[]>();
  /** Audit execs seen before their kernel count: pid -> times (ms). */
  private readonly auditPending = new Map<number, number[]>();
  private pendingCount = 0;
  private current: Minute;
  private readonly history: Minute[] = [];
  readonly totals: LedgerTotals = { kernelExecs: 0, execsWithArgs: 0, execsPidOnly: 0, recordsLost: 0 };
  /** The kernel's count is available (process connector running). */
  kernelCounting = false;

  constructor(
    private readonly opts: LedgerOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.current = this.fresh(this.now());
  }

  /** The process connector reported an exec. */
  kernelExec(pid: number): void {
    const t = this.now();
    this.roll(t);
    this.current.kernel++;
    this.totals.kernelExecs++;
    if (this.take(this.auditPending, pid)) return;
    this.push(this.kernelPending, pid, t);
  }

  /** An exec arrived with its full argv (audit, or a /proc read in connector mode). */
  execWithArgs(pid: number): void {
    const t = this.now();
    this.roll(t);
    this.current.withArgs++;
    this.totals.execsWithArgs++;
    if (!this.kernelCounting) return;
    if (this.take(this.kernelPending, pid)) return;
    this.push(this.auditPending, pid, t);
  }

  /** An exec the kernel reported whose argv could not be had (connector mode, process already gone). */
  execPidOnly(pid: number): void {
    this.roll(this.now());
    this.take(this.kernelPending, pid);
    this.countPidOnly(1);
  }

  recordsLost(n: number): void {
    if (n <= 0) return;
    this.roll(this.now());
    this.current.lost += n;
    this.totals.recordsLost += n;
  }

  /** Expires unmatched entries; call about once a second. */
  sweep(): void {
    const t = this.now();
    this.roll(t);
    const cutoff = t - this.opts.matchWindowMs;
    let expired = 0;
    for (const [map, kernel] of [
      [this.kernelPending, true],
      [this.auditPending, false],
    ] as const) {
      for (const [pid, times] of map) {
        let i = 0;
        while (i < times.length && times[i]! <= cutoff) i++;
        if (i === 0) continue;
        if (kernel) expired += i;
        this.pendingCount -= i;
        if (i === times.length) map.delete(pid);
        else times.splice(0, i);
      }
    }
    this.countPidOnly(expired);
  }

  /** Coverage over the last hour, in percent (100 when nothing ran). */
  hourCoveragePercent(): number {
    const minutes = [...this.history.slice(-HOUR_MINUTES + 1), this.current];
    let kernel = 0;
    let withArgs = 0;
    let pidOnly = 0;
    for (const m of minutes) {
      kernel += m.kernel;
      withArgs += m.withArgs;
      pidOnly += m.pidOnly;
    }
    const total = Math.max(kernel, withArgs + pidOnly);
    return total === 0 ? 100 : (Math.min(withArgs, total) / total) * 100;
  }

  /** Closed minutes since the last call, as TelemetryCoverage payloads. */
  takeClosed(source: string, reason: string): vigil.v1.ITelemetryCoverage[] {
    this.roll(this.now());
    return this.history
      .filter((m) => !m.sent)
      .map((m) => {
        m.sent = true;
        return {
          minuteStartNs: bigIntToU64(BigInt(m.start) * 1_000_000n),
          kernelExecs: m.kernel,
          execsWithArgs: m.withArgs,
          execsPidOnly: m.pidOnly,
          recordsLost: m.lost,
          processSource: source,
          sourceReason: reason,
        };
      });
  }

  /** Closes the current minute early (the sensor is stopping), so its counts are sent too. */
  closeCurrent(): void {
    this.history.push(this.current);
    if (this.history.length > HOUR_MINUTES) this.history.splice(0, this.history.length - HOUR_MINUTES);
    this.current = this.fresh(this.now());
  }

  private countPidOnly(n: number): void {
    if (n <= 0) return;
    this.current.pidOnly += n;
    this.totals.execsPidOnly += n;
  }

  private push(map: Map<number, number[]>, pid: number, t: number): void {
    if (this.pendingCount >= this.opts.maxPending) this.dropOldest();
    const list = map.get(pid);
    if (list) list.push(t);
    else map.set(pid, [t]);
    this.pendingCount++;
  }

  private take(map: Map<number, number[]>, pid: number): boolean {
    const list = map.get(pid);
    if (!list?.length) return false;
    list.shift();
    if (list.length === 0) map.delete(pid);
    this.pendingCount--;
    return true;
  }

  private dropOldest(): void {
    const first = this.kernelPending.entries().next();
    if (!first.done) {
      const [pid] = first.value;
      this.take(this.kernelPending, pid);
      this.countPidOnly(1);
      return;
    }
    const a = this.auditPending.entries().next();
    if (!a.done) this.take(this.auditPending, a.value[0]);
  }

  private fresh(t: number): Minute {
    return { start: Math.floor(t / MINUTE) * MINUTE, kernel: 0, withArgs: 0, pidOnly: 0, lost: 0, sent: false };
  }

  private roll(t: number): void {
    const start = Math.floor(t / MINUTE) * MINUTE;
    if (start === this.current.start) return;
    this.history.push(this.current);
    if (this.history.length > HOUR_MINUTES) this.history.splice(0, this.history.length - HOUR_MINUTES);
    this.current = this.fresh(t);
  }
}
