// Streaming state for Sigma correlation rules (event_count, value_count, temporal, temporal_ordered).
// Windows run on event time; each group's state is bounded by the rule's threshold and the number of
// groups per rule is capped (oldest group dropped first), so a flood cannot grow memory.
import type { CorrelationRule } from './sigma/rule.js';

export interface Signal {
  /** Which of the correlation's referenced rules produced this signal (index into rule.rules). */
  ref: number;
  timeMs: number;
  eventIds: readonly string[];
  /** Each evidence event's own time (unix ms), parallel to eventIds. */
  eventTimesMs: readonly number[];
  /** For value_count: the counted field's value. */
  value: string;
  count: number;
}

export interface CorrelationHit {
  eventIds: string[];
  /** Each evidence event's own time, parallel to eventIds (not the window's last time). */
  eventTimesMs: number[];
  count: number;
  firstMs: number;
  lastMs: number;
}

interface Group {
  last: number;
  times: number[];
  ids: string[][];
  /** Per signal: its events' own times, parallel to ids. */
  idTimes: number[][];
  counts: number[];
  /** Sum of `counts`. */
  total: number;
  /** value_count: distinct value -> last time seen. temporal: ref -> slot index via refs. */
  values: Map<string, number>;
  refs: Array<{ time: number; ids: readonly string[]; idTimes: readonly number[]; count: number } | undefined>;
}

export class CorrelationState {
  private readonly groups = new Map<string, Group>();
  constructor(
    readonly rule: CorrelationRule,
    private readonly maxGroups: number,
    private readonly maxEvidence: number,
  ) {}

  get size(): number {
    return this.groups.size;
  }

  private threshold(n: number): boolean {
    const { op, value } = this.rule.condition;
    return op === 'gt' ? n > value : op === 'gte' ? n >= value : op === 'eq' ? n === value : op === 'lte' ? n <= value : n < value;
  }

  private group(key: string, now: number): Group {
    let g = this.groups.get(key);
    if (g) return g;
    g = { last: now, times: [], ids: [], idTimes: [], counts: [], total: 0, values: new Map(), refs: [] };
    this.groups.set(key, g);
    if (this.groups.size > this.maxGroups) {
      // Map order is insertion order: the oldest group goes first (idle groups also leave via sweep()).
      const oldest = this.groups.keys().next().value as string;
      this.groups.delete(oldest);
    }
    return g;
  }

  /** Evidence ids with their own times, in signal order, capped at maxEvidence. */
  private evidence(lists: ReadonlyArray<readonly string[]>, times: ReadonlyArray<readonly number[]>): { eventIds: string[]; eventTimesMs: number[] } {
    const eventIds: string[] = [];
    const eventTimesMs: number[] = [];
    for (let i = 0; i < lists.length; i++) {
      const l = lists[i]!;
      const t = times[i]!;
      for (let j = 0; j < l.length; j++) {
        if (eventIds.length >= this.maxEvidence) return { eventIds, eventTimesMs };
        eventIds.push(l[j]!);
        eventTimesMs.push(t[j] ?? 0);
      }
    }
    return { eventIds, eventTimesMs };
  }

  /** Feed one signal; returns a hit when the correlation condition is met (the group's window then restarts). */
  add(key: string, s: Signal): CorrelationHit | undefined {
    const span = this.rule.timespanMs;
    const g = this.group(key, s.timeMs);
    g.last = Math.max(g.last, s.timeMs);
    // Windows end at the newest event seen in the group: a late event older than the window is ignored,
    // a late one inside it is placed in time order.
    const from = g.last - span;
    if (s.timeMs < from) return undefined;
    switch (this.rule.type) {
      case 'event_count': {
        let drop = 0;
        while (drop < g.times.length && g.times[drop]! < from) g.total -= g.counts[drop++]!;
        if (drop) {
          g.times.splice(0, drop);
          g.ids.splice(0, drop);
          g.idTimes.splice(0, drop);
          g.counts.splice(0, drop);
        }
        let at = g.times.length;
        while (at > 0 && g.times[at - 1]! > s.timeMs) at--;
        g.times.splice(at, 0, s.timeMs);
        g.ids.splice(at, 0, s.eventIds as string[]);
        g.idTimes.splice(at, 0, s.eventTimesMs as number[]);
        g.counts.splice(at, 0, s.count);
        g.total += s.count;
        const n = g.total;
        if (!this.threshold(n)) return undefined;
        const hit = { ...this.evidence(g.ids, g.idTimes), count: n, firstMs: g.times[0]!, lastMs: g.times[g.times.length - 1]! };
        this.groups.delete(key);
        return hit;
      }
      case 'value_count': {
        for (const [v, t] of g.values) if (t < from) g.values.delete(v);
        g.values.set(s.value, Math.max(g.values.get(s.value) ?? 0, s.timeMs));
        let at = g.times.length;
        while (at > 0 && g.times[at - 1]! > s.timeMs) at--;
        g.times.splice(at, 0, s.timeMs);
        g.ids.splice(at, 0, s.eventIds as string[]);
        g.idTimes.splice(at, 0, s.eventTimesMs as number[]);
        let drop = 0;
        while (drop < g.times.length && g.times[drop]! < from) drop++;
        if (drop) {
          g.times.splice(0, drop);
          g.ids.splice(0, drop);
          g.idTimes.splice(0, drop);
        }
        if (g.ids.length > this.maxEvidence) {
          g.ids.shift();
          g.idTimes.shift();
          g.times.shift();
        }
        if (!this.threshold(g.values.size)) return undefined;
        const hit = { ...this.evidence(g.ids, g.idTimes), count: g.values.size, firstMs: g.times[0]!, lastMs: g.times[g.times.length - 1]! };
        this.groups.delete(key);
        return hit;
      }
      case 'temporal':
      case 'temporal_ordered': {
        g.refs[s.ref] = { time: s.timeMs, ids: s.eventIds, idTimes: s.eventTimesMs, count: s.count };
        const n = this.rule.rules.length;
        let prev = -Infinity;
        for (let i = 0; i < n; i++) {
          const r = g.refs[i];
          if (!r || r.time < from) return undefined;
          if (this.rule.type === 'temporal_ordered') {
            if (r.time < prev) return undefined;
            prev = r.time;
          }
        }
        if (this.rule.type === 'temporal_ordered' && s.ref !== n - 1) return undefined;
        const refs = g.refs.slice(0, n) as Array<{ time: number; ids: readonly string[]; idTimes: readonly number[]; count: number }>;
        const hit = {
          ...this.evidence(
            refs.map((r) => r.ids),
            refs.map((r) => r.idTimes),
          ),
          count: refs.reduce((a, r) => a + r.count, 0),
          firstMs: Math.min(...refs.map((r) => r.time)),
          lastMs: s.timeMs,
        };
        this.groups.delete(key);
        return hit;
      }
    }
  }

  /** Forget groups with no signal inside the window before `nowMs`. */
  sweep(nowMs: number): number {
    let removed = 0;
    for (const [k, g] of this.groups)
      if (g.last < nowMs - this.rule.timespanMs) {
        this.groups.delete(k);
        removed++;
      }
    return removed;
  }
}
