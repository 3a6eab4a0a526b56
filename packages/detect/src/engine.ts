// The detection engine: rules compiled once, bucketed by logsource and indexed by an anchor field's
// basename, so an event meets only the rules that could match it. Evaluation is synchronous; it
// allocates only when a rule matches. Correlation rules consume matches of the rules they name.
import { EventContext, type DetectInput } from './taxonomy/context.js';
import { CorrelationState, type Signal } from './correlation.js';
import type { RuleSet } from './loader.js';
import type { CorrelationRule, DetectionRule, RuleInfo } from './sigma/rule.js';
import { LiteralSet } from './literals.js';
import { LOW_CARDINALITY } from './sigma/detection.js';
import { DISTINCT_FIELDS, distinctPart } from './dedupe.js';
import { kindsOfBucket, type EventKind } from './taxonomy/kinds.js';

export interface RuleMatch {
  rule: RuleInfo;
  /** The logsource bucket the rule matched in ("process_creation" also for a sudo line seen as a process). */
  logsource: string;
  agentId: string;
  /** The alert group: the rule's group-by fields with this match's values. */
  group: Readonly<Record<string, string>>;
  /** Stable text form of `group`, for deduplicating alerts ("" when the rule has no group-by). */
  groupKey: string;
  eventIds: readonly string[];
  /** Each evidence event's own time (unix ms), parallel to eventIds. */
  eventTimesMs: readonly number[];
  /** Events this match stands for (1 for a detection rule, the window's count for a correlation). */
  count: number;
  firstMs: number;
  lastMs: number;
}

export interface EngineOptions {
  /** Correlation groups kept per correlation rule; the least recently used is dropped beyond this. */
  maxGroupsPerCorrelation?: number;
  /** Event ids kept as evidence per correlation match. */
  maxEvidencePerMatch?: number;
  /** false: evaluate every rule on every event (the naive baseline the benchmark compares against). */
  index?: boolean;
  /** true: rules referenced by a correlation still report their own matches (for rule samples). */
  emitReferenced?: boolean;
}

const ignoreMatch = (): void => {};

export const DEFAULT_ENGINE_OPTIONS = { maxGroupsPerCorrelation: 10_000, maxEvidencePerMatch: 50, index: true, emitReferenced: false } as const;

interface Feed {
  state: CorrelationState;
  ref: number;
  /** Slots (or, for correlation sources, field names) of the group-by fields as the source rule names them. */
  groupFields: string[];
  groupSlots: number[];
  valueField: string | undefined;
  valueSlot: number;
}

interface Node {
  /** Generation of the event this rule last matched, so a rule matches an event at most once. */
  hitGen: number;
  /** Scan in which a literal prefilter last selected this rule (a rule is evaluated once per scan). */
  scanGen: number;
  /** Anchored rule whose literal gate is only a second filter: the scan marks it, the anchor evaluates it. */
  gateOnly: boolean;
  gateMark: number;
  rule: DetectionRule;
  emit: boolean;
  groupSlots: number[];
  feeds: Feed[];
  /** Per event kind: the dedupe-distinct fields (dedupe.ts) this rule does not group by already. */
  distinct: Map<EventKind, Array<{ name: string; slot: number }>>;
}

interface Bucket {
  always: Node[];
  anchors: Array<{ slot: number; map: Map<string, Node[]> }>;
  gates: Array<{ slot: number; set: LiteralSet<Node> }>;
}

export interface EngineStats {
  events: number;
  evaluations: number;
  matches: number;
}

/** The anchor a rule is indexed by: none on a low-cardinality field (auditd record type) when a literal gate selects fewer events. */
function anchorOf(rule: DetectionRule): DetectionRule['anchor'] {
  return rule.anchor && !(rule.gate && LOW_CARDINALITY.has(rule.anchor.field)) ? rule.anchor : undefined;
}

/** The rules of `nodes` by logsource bucket: each under its anchor's values, its literal gate, or always evaluated. */
function bucketsOf(nodes: readonly Node[]): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  const gated = new Map<Bucket, Map<number, Array<{ needle: string; value: Node }>>>();
  /** Files the rule's literal needles under its bucket's gate slot, for the bucket's literal scan. */
  const addGate = (b: Bucket, g: NonNullable<Node['rule']['gate']>, n: Node): void => {
    const bySlot = gated.get(b) ?? new Map<number, Array<{ needle: string; value: Node }>>();
    gated.set(b, bySlot);
    const list = bySlot.get(g.slot) ?? [];
    bySlot.set(g.slot, list);
    for (const needle of g.needles) list.push({ needle, value: n });
  };
  for (const n of nodes) {
    let b = buckets.get(n.rule.bucket);
    if (!b) {
      b = { always: [], anchors: [], gates: [] };
      buckets.set(n.rule.bucket, b);
    }
    const g = n.rule.gate;
    const a = anchorOf(n.rule);
    if (!a && g) {
      addGate(b, g, n);
      continue;
    }
    if (!a) {
      b.always.push(n);
      continue;
    }
    if (g) addGate(b, g, n);
    let entry = b.anchors.find((x) => x.slot === a.slot);
    if (!entry) {
      entry = { slot: a.slot, map: new Map() };
      b.anchors.push(entry);
    }
    for (const v of a.values) {
      const list = entry.map.get(v);
      if (list) list.push(n);
      else entry.map.set(v, [n]);
    }
  }
  for (const [b, bySlot] of gated) for (const [slot, entries] of bySlot) b.gates.push({ slot, set: new LiteralSet(entries) });
  return buckets;
}

export class DetectionEngine {
  private readonly ctx: EventContext;
  private readonly buckets: Map<string, Bucket>;
  private readonly flat: Node[] = [];
  /** The rules whose matches feed a correlation, bucketed alike: all that replay() evaluates. */
  private readonly feeding: Node[];
  private readonly replayBuckets: Map<string, Bucket>;
  /** True inside replay(): rules and correlations update their windows but report nothing. */
  private replaying = false;
  private readonly corrFeeds = new Map<CorrelationRule, Feed[]>();
  private readonly corrEmit = new Map<CorrelationRule, boolean>();
  private readonly states: CorrelationState[] = [];
  private readonly indexed: boolean;
  /** Generation of the event being evaluated (a record switch inside it keeps this value). */
  private event = 0;
  private scan = 0;
  private onMatch: ((m: RuleMatch) => void) | undefined;
  private readonly candidate: (n: Node) => void;
  readonly stats: EngineStats = { events: 0, evaluations: 0, matches: 0 };

  constructor(
    readonly rules: RuleSet,
    options: EngineOptions = {},
  ) {
    const opts = { ...DEFAULT_ENGINE_OPTIONS, ...options };
    this.indexed = opts.index;
    const table = rules.table;
    const byRef = new Map<string, Node | CorrelationRule>();
    const distinctOf = (groupBy: readonly string[]): Node['distinct'] => {
      const out: Node['distinct'] = new Map();
      for (const [kind, names] of Object.entries(DISTINCT_FIELDS) as Array<[EventKind, readonly string[]]>) {
        out.set(
          kind,
          names.filter((n) => !groupBy.includes(n)).map((name) => ({ name, slot: table.slot(name) })),
        );
      }
      return out;
    };
    const nodes = rules.detections.map((rule): Node => ({
      hitGen: 0,
      scanGen: 0,
      // anchored and gated: the bucket's literal scan also tells whether this rule's literals occur
      gateOnly: Boolean(anchorOf(rule) && rule.gate),
      gateMark: 0,
      rule,
      emit: true,
      groupSlots: rule.info.groupBy.map((f) => table.slot(f)),
      feeds: [],
      distinct: distinctOf(rule.info.groupBy),
    }));
    for (const n of nodes) {
      byRef.set(n.rule.info.id, n);
      if (n.rule.info.name) byRef.set(n.rule.info.name, n);
    }
    for (const c of rules.correlations) {
      byRef.set(c.info.id, c);
      if (c.info.name) byRef.set(c.info.name, c);
    }
    const generates = new Map<unknown, boolean>();
    for (const c of rules.correlations) {
      const state = new CorrelationState(c, opts.maxGroupsPerCorrelation, opts.maxEvidencePerMatch);
      this.states.push(state);
      c.rules.forEach((ref, i) => {
        const target = byRef.get(ref);
        if (!target) return;
        const refNames = 'rule' in target ? [target.rule.info.name, target.rule.info.id] : [target.info.name, target.info.id];
        const aliased = (f: string): string => {
          const per = c.aliases[f];
          if (!per) return f;
          for (const n of refNames) if (n && per[n]) return per[n];
          return f;
        };
        const groupFields = c.groupBy.map(aliased);
        const valueField = c.condition.field ? aliased(c.condition.field) : undefined;
        const feed: Feed = {
          state,
          ref: i,
          groupFields,
          groupSlots: groupFields.map((f) => table.slot(f)),
          valueField,
          valueSlot: valueField ? table.slot(valueField) : -1,
        };
        if ('rule' in target) target.feeds.push(feed);
        else {
          const list = this.corrFeeds.get(target) ?? [];
          list.push(feed);
          this.corrFeeds.set(target, list);
        }
        generates.set(target, (generates.get(target) ?? false) || c.generate);
      });
    }
    for (const n of nodes) if (generates.has(n) && !opts.emitReferenced) n.emit = n.rule.info.alert ?? generates.get(n)!;
    for (const n of nodes) if (n.rule.info.alert === false && !opts.emitReferenced) n.emit = false;
    for (const c of rules.correlations) {
      const emit = c.info.alert ?? (generates.has(c) ? generates.get(c)! : true);
      this.corrEmit.set(c, opts.emitReferenced || emit);
    }

    this.flat.push(...nodes);
    this.buckets = bucketsOf(nodes);
    this.feeding = nodes.filter((n) => n.feeds.length > 0);
    this.replayBuckets = bucketsOf(this.feeding);
    this.ctx = new EventContext(table); // after every slot above is interned
    this.candidate = (n: Node): void => {
      if (n.gateOnly) {
        n.gateMark = this.scan;
        return;
      }
      if (n.scanGen === this.scan || n.hitGen === this.event) return;
      n.scanGen = this.scan;
      this.stats.evaluations++;
      if (n.rule.pred(this.ctx)) this.hit(n, this.onMatch!);
    };
  }

  /** Evaluate one event; `onMatch` is called synchronously for each alert-worthy match. Returns the match count. */
  evaluate(input: DetectInput, onMatch: (m: RuleMatch) => void): number {
    const ctx = this.ctx;
    ctx.reset(input);
    this.event = ctx.generation;
    this.stats.events++;
    const before = this.stats.matches;
    const keys = ctx.logsources;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (key === 'service:auditd') {
        const views = ctx.auditViews();
        if (views) {
          for (const v of views) {
            ctx.useRecord(v);
            this.evaluateBucket(key, onMatch);
          }
          ctx.useRecord(undefined);
          continue;
        }
      }
      this.evaluateBucket(key, onMatch);
    }
    // sudo's COMMAND= and su's switch are process starts too: process rules read them as such.
    const view = ctx.processView();
    if (view) {
      ctx.useProcess(view);
      this.evaluateBucket('process_creation', onMatch);
    }
    return this.stats.matches - before;
  }

  /**
   * Feed one event to the correlations only, as evaluate() would have: the rules that feed a correlation
   * are evaluated, their windows (and those of correlations feeding others) updated, and nothing reported.
   * How the collector rebuilds its windows from stored events after a start or a rule reload, at a fraction
   * of evaluate()'s cost. Events of a kind outside replayKinds can never change a window.
   */
  replay(input: DetectInput): void {
    this.replaying = true;
    try {
      this.evaluate(input, ignoreMatch);
    } finally {
      this.replaying = false;
    }
  }

  /**
   * The stored event kinds replay() can learn from (those the feeding rules' logsources come from),
   * or undefined when a feeding rule reads a logsource whose kind is not known here (replay every kind).
   */
  get replayKinds(): EventKind[] | undefined {
    const kinds = new Set<EventKind>();
    for (const n of this.feeding) {
      const of = kindsOfBucket(n.rule.bucket);
      if (!of) return undefined;
      for (const k of of) kinds.add(k);
    }
    return [...kinds].sort();
  }

  private evaluateBucket(key: string, onMatch: (m: RuleMatch) => void): void {
    const ctx = this.ctx;
    if (!this.indexed) {
      for (const n of this.replaying ? this.feeding : this.flat) {
        if (n.rule.bucket !== key || n.hitGen === this.event) continue;
        this.stats.evaluations++;
        if (n.rule.pred(ctx)) this.hit(n, onMatch);
      }
      return;
    }
    const b = (this.replaying ? this.replayBuckets : this.buckets).get(key);
    if (!b) return;
    for (let i = 0; i < b.always.length; i++) {
      const n = b.always[i]!;
      if (n.hitGen === this.event) continue;
      this.stats.evaluations++;
      if (n.rule.pred(ctx)) this.hit(n, onMatch);
    }
    if (b.gates.length > 0) {
      this.scan = (this.scan + 1) | 0;
      this.onMatch = onMatch;
      for (let g = 0; g < b.gates.length; g++) {
        const gate = b.gates[g]!;
        const v = ctx.lower(gate.slot);
        if (v !== undefined) gate.set.scan(v, this.candidate);
      }
    }
    for (let a = 0; a < b.anchors.length; a++) {
      const anchor = b.anchors[a]!;
      const v = ctx.lower(anchor.slot);
      if (v === undefined) continue;
      const list = anchor.map.get(v.slice(v.lastIndexOf('/') + 1));
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const n = list[i]!;
        if (n.hitGen === this.event || (n.gateOnly && n.gateMark !== this.scan)) continue;
        this.stats.evaluations++;
        if (n.rule.pred(ctx)) this.hit(n, onMatch);
      }
    }
  }

  private hit(n: Node, onMatch: (m: RuleMatch) => void): void {
    const ctx = this.ctx;
    n.hitGen = this.event;
    const input = ctx.input;
    const ids = [input.id];
    const times = [input.timeMs];
    if (n.emit && !this.replaying) {
      const group: Record<string, string> = {};
      let key = '';
      n.rule.info.groupBy.forEach((f, i) => {
        const v = ctx.value(n.groupSlots[i]!) ?? '';
        group[f] = v;
        key += (i ? '\u0001' : '') + v;
      });
      const distinct = n.distinct.get(ctx.kind);
      if (distinct)
        for (const d of distinct) {
          const v = ctx.value(d.slot);
          if (v === undefined) continue;
          group[d.name] = v;
          key += `\u0002${d.name}=${distinctPart(d.name, v)}`;
        }
      this.stats.matches++;
      onMatch({
        rule: n.rule.info,
        logsource: n.rule.bucket,
        agentId: input.agentId,
        group,
        groupKey: key,
        eventIds: ids,
        eventTimesMs: times,
        count: ctx.weight(),
        firstMs: input.timeMs,
        lastMs: input.timeMs,
      });
    }
    for (const f of n.feeds) {
      let key = input.agentId;
      for (const s of f.groupSlots) key += '\u0001' + (ctx.value(s) ?? '');
      const signal: Signal = {
        ref: f.ref,
        timeMs: input.timeMs,
        eventIds: ids,
        eventTimesMs: times,
        value: f.valueSlot >= 0 ? (ctx.value(f.valueSlot) ?? '') : '',
        count: ctx.weight(),
      };
      const h = f.state.add(key, signal);
      if (h) this.correlated(f, h, (i) => ctx.value(f.groupSlots[i]!) ?? '', input.agentId, onMatch);
    }
  }

  private correlated(
    f: Feed,
    h: { eventIds: string[]; eventTimesMs: number[]; count: number; firstMs: number; lastMs: number },
    valueAt: (i: number) => string,
    agentId: string,
    onMatch: (m: RuleMatch) => void,
  ): void {
    const rule = f.state.rule;
    const group: Record<string, string> = {};
    rule.groupBy.forEach((name, i) => {
      group[name] = valueAt(i);
    });
    const groupKey = rule.groupBy.map((name) => group[name]).join('\u0001');
    const m: RuleMatch = {
      rule: rule.info,
      logsource: 'correlation',
      agentId,
      group,
      groupKey,
      eventIds: h.eventIds,
      eventTimesMs: h.eventTimesMs,
      count: h.count,
      firstMs: h.firstMs,
      lastMs: h.lastMs,
    };
    if (this.corrEmit.get(rule) && !this.replaying) {
      this.stats.matches++;
      onMatch(m);
    }
    for (const next of this.corrFeeds.get(rule) ?? []) {
      let key = agentId;
      for (const name of next.groupFields) key += '\u0001' + (group[name] ?? '');
      const signal: Signal = {
        ref: next.ref,
        timeMs: h.lastMs,
        eventIds: h.eventIds,
        eventTimesMs: h.eventTimesMs,
        value: next.valueField ? (group[next.valueField] ?? '') : '',
        count: h.count,
      };
      const h2 = next.state.add(key, signal);
      if (h2) this.correlated(next, h2, (i) => group[next.groupFields[i]!] ?? '', agentId, onMatch);
    }
  }

  /** Drop correlation groups idle for longer than their window (call periodically with the injected clock). */
  sweep(nowMs: number): number {
    let n = 0;
    for (const s of this.states) n += s.sweep(nowMs);
    return n;
  }

  /** The longest window of the loaded correlation rules (0 without any): how far back their state can reach. */
  get correlationSpanMs(): number {
    return this.states.reduce((a, s) => Math.max(a, s.rule.timespanMs), 0);
  }

  get correlationGroups(): number {
    return this.states.reduce((a, s) => a + s.size, 0);
  }
}
