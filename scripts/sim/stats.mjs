// The simulator's counters and its ack-latency histogram (1 ms buckets up to a bound, so millions of
// samples cost a fixed array), plus how a collector process is seen from /proc (RSS, CPU).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Latencies above this land in the last bucket (reported as ">= bound"). */
export const LATENCY_BOUND_MS = 120_000;

export class Histogram {
  constructor() {
    this.buckets = new Float64Array(LATENCY_BOUND_MS + 1);
    this.count = 0;
  }
  add(ms, weight = 1) {
    const i = Math.min(LATENCY_BOUND_MS, Math.max(0, Math.round(ms)));
    this.buckets[i] += weight;
    this.count += weight;
  }
  quantile(q) {
    if (this.count === 0) return null;
    const target = q * this.count;
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i];
      if (seen >= target) return i;
    }
    return LATENCY_BOUND_MS;
  }
  reset() {
    this.buckets.fill(0);
    this.count = 0;
  }
}

export class FleetStats {
  constructor() {
    this.latency = new Histogram();
    this.window = new Histogram();
    this.sent = 0;
    this.acked = 0;
    this.disconnects = 0;
    this.failedConnects = 0;
    this.commandsAnswered = 0;
    this.alertingInjected = 0;
    /** Refusals by code, as the link reported them (collector Refusal frames). */
    this.refusals = {};
    /** Failed enrollment attempts by code. */
    this.enrollFailures = {};
  }
  refused(code) {
    this.refusals[code] = (this.refusals[code] ?? 0) + 1;
  }
  enrollFailed(code) {
    this.enrollFailures[code] = (this.enrollFailures[code] ?? 0) + 1;
  }
  ackLatency(ms, events) {
    this.latency.add(ms, events);
    this.window.add(ms, events);
  }
}

/** RSS (MiB) and CPU seconds (user + system) of a process, from /proc; undefined once it is gone. */
export function procUsage(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    return { rssMiB: Math.round(rssKb / 1024), cpuSeconds: (Number(f[11]) + Number(f[12])) / 100 };
  } catch {
    return undefined;
  }
}

/** Tracks CPU % of a process between calls (100 % = one core). */
export class CpuMeter {
  constructor(pid) {
    this.pid = pid;
    this.last = undefined;
    this.peakRss = 0;
  }
  sample(nowMs) {
    const u = procUsage(this.pid);
    if (!u) return undefined;
    this.peakRss = Math.max(this.peakRss, u.rssMiB);
    const prev = this.last;
    this.last = { at: nowMs, cpu: u.cpuSeconds };
    const cpuPct = prev && nowMs > prev.at ? Math.round(((u.cpuSeconds - prev.cpu) / ((nowMs - prev.at) / 1000)) * 100) : null;
    return { pid: this.pid, rssMiB: u.rssMiB, peakRssMiB: this.peakRss, cpuPct, cpuSeconds: u.cpuSeconds };
  }
}

export function loadAverage() {
  return loadavg().map((v) => Math.round(v * 100) / 100);
}
