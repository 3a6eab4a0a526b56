// A Sigma `detection` block compiled to one predicate plus, when the condition allows it,
// an index anchor (a field whose basename must be one of a few values for the rule to match).
import type { FieldTable } from '../taxonomy/context.js';
import type { ProblemSink } from '../problems.js';
import { compileField, type Anchor, type Pred } from './modifiers.js';
import { ConditionError, expandPattern, parseCondition, type CondNode } from './condition.js';
import { betterGate, type Gate } from '../literals.js';

interface Selection {
  pred: Pred;
  /** Candidate anchors, at most one per field: each alone is a necessary condition. */
  anchors: Anchor[];
  gate: Gate | undefined;
}
type Part = Selection;

export interface CompiledDetection {
  pred: Pred;
  anchor: Anchor | undefined;
  /** Literal prefilter for rules without an anchor. */
  gate: Gate | undefined;
}

const bestGate = (gates: Array<Gate | undefined>): Gate | undefined => gates.reduce<Gate | undefined>((a, b) => betterGate(a, b), undefined);
/** OR-ed parts keep a gate only when every part has one on the same field. */
function unionGates(gates: Array<Gate | undefined>): Gate | undefined {
  const first = gates[0];
  if (!first || gates.some((g) => !g || g.slot !== first.slot)) return undefined;
  return { slot: first.slot, needles: [...new Set(gates.flatMap((g) => g!.needles))] };
}

const allOf = (ps: Pred[]): Pred => {
  if (ps.length === 1) return ps[0]!;
  if (ps.length === 2) {
    const [a, b] = ps as [Pred, Pred];
    return (c) => a(c) && b(c);
  }
  return (c) => {
    for (let i = 0; i < ps.length; i++) if (!ps[i]!(c)) return false;
    return true;
  };
};
const anyOf = (ps: Pred[]): Pred => {
  if (ps.length === 1) return ps[0]!;
  if (ps.length === 2) {
    const [a, b] = ps as [Pred, Pred];
    return (c) => a(c) || b(c);
  }
  return (c) => {
    for (let i = 0; i < ps.length; i++) if (ps[i]!(c)) return true;
    return false;
  };
};

/** Fields with few distinct values (auditd record type) index poorly: prefer any other anchor. */
export const LOW_CARDINALITY = new Set(['type']);
const anchorCost = (a: Anchor): number => a.values.size * (LOW_CARDINALITY.has(a.field) ? 1000 : 1);

/** The cheapest candidate. */
function narrowest(anchors: readonly Anchor[]): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) if (!best || anchorCost(a) < anchorCost(best)) best = a;
  return best;
}
/** AND-ed parts: every part's candidates stay candidates (the cheapest per field). */
function andAnchors(lists: ReadonlyArray<readonly Anchor[]>): Anchor[] {
  const bySlot = new Map<number, Anchor>();
  for (const l of lists)
    for (const a of l) {
      const b = bySlot.get(a.slot);
      if (!b || anchorCost(a) < anchorCost(b)) bySlot.set(a.slot, a);
    }
  return [...bySlot.values()];
}
/** OR-ed parts: a field is a candidate only when every part has it; its values are united. */
function orAnchors(lists: ReadonlyArray<readonly Anchor[]>): Anchor[] {
  const out: Anchor[] = [];
  for (const a of lists[0] ?? []) {
    const same = lists.map((l) => l.find((x) => x.slot === a.slot));
    if (same.every((x) => x)) out.push({ slot: a.slot, field: a.field, values: new Set(same.flatMap((x) => [...x!.values])) });
  }
  return out;
}

function compileMap(map: Record<string, unknown>, table: FieldTable, sink: ProblemSink, path: (string | number)[]): Selection | undefined {
  const keys = Object.keys(map);
  if (keys.length === 0) {
    sink.add('VIGIL_ERR_RULE_INVALID', path, 'selection:empty', 'a selection map has no fields');
    return undefined;
  }
  const preds: Pred[] = [];
  const anchors: Anchor[][] = [];
  const gates: Array<Gate | undefined> = [];
  let ok = true;
  for (const key of keys) {
    const m = compileField(key, map[key], table, sink, [...path, key]);
    if (!m) {
      ok = false;
      continue;
    }
    preds.push(m.test);
    anchors.push(m.anchor ? [m.anchor] : []);
    gates.push(m.gate);
  }
  return ok ? { pred: allOf(preds), anchors: andAnchors(anchors), gate: bestGate(gates) } : undefined;
}

function compileSelection(def: unknown, table: FieldTable, sink: ProblemSink, path: (string | number)[]): Selection | undefined {
  if (def === null || def === undefined) {
    sink.add('VIGIL_ERR_RULE_INVALID', path, 'selection:empty', 'a selection is empty');
    return undefined;
  }
  if (Array.isArray(def)) {
    if (def.length === 0) {
      sink.add('VIGIL_ERR_RULE_INVALID', path, 'selection:empty', 'a selection list is empty');
      return undefined;
    }
    const parts: Selection[] = [];
    const words: unknown[] = [];
    let ok = true;
    def.forEach((item, i) => {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        const s = compileMap(item as Record<string, unknown>, table, sink, [...path, i]);
        if (s) parts.push(s);
        else ok = false;
      } else if (Array.isArray(item)) {
        sink.add('VIGIL_ERR_RULE_INVALID', [...path, i], 'selection:nested-list', 'a list inside a selection list is not Sigma');
        ok = false;
      } else words.push(item);
    });
    if (words.length > 0) {
      const k = compileField('', words, table, sink, path);
      if (k) parts.push({ pred: k.test, anchors: [], gate: k.gate });
      else ok = false;
    }
    if (!ok) return undefined;
    return { pred: anyOf(parts.map((p) => p.pred)), anchors: orAnchors(parts.map((p) => p.anchors)), gate: unionGates(parts.map((p) => p.gate)) };
  }
  if (typeof def === 'object') return compileMap(def as Record<string, unknown>, table, sink, path);
  const k = compileField('', def, table, sink, path);
  return k ? { pred: k.test, anchors: [], gate: k.gate } : undefined;
}

export function compileDetection(detection: unknown, table: FieldTable, sink: ProblemSink): CompiledDetection | undefined {
  const path = ['detection'];
  if (detection === null || typeof detection !== 'object' || Array.isArray(detection)) {
    sink.add('VIGIL_ERR_RULE_INVALID', path, 'detection:missing', 'detection must be a map of selections and a condition');
    return undefined;
  }
  const det = detection as Record<string, unknown>;
  if ('timeframe' in det)
    sink.add(
      'VIGIL_ERR_RULE_UNSUPPORTED',
      [...path, 'timeframe'],
      'detection:timeframe',
      'timeframe belongs to deprecated aggregations; use a correlation rule',
    );
  const names = Object.keys(det).filter((k) => k !== 'condition' && k !== 'timeframe');
  const sels = new Map<string, Selection>();
  let ok = true;
  for (const name of names) {
    const s = compileSelection(det[name], table, sink, [...path, name]);
    if (s) sels.set(name, s);
    else ok = false;
  }
  const condRaw = det.condition;
  const conds = Array.isArray(condRaw) ? condRaw : [condRaw];
  if (condRaw === undefined || conds.some((c) => typeof c !== 'string')) {
    sink.add('VIGIL_ERR_RULE_INVALID', [...path, 'condition'], 'condition:missing', 'condition must be a string (or a list of strings)');
    return undefined;
  }
  const compiled: Part[] = [];
  conds.forEach((c, i) => {
    const cpath = Array.isArray(condRaw) ? [...path, 'condition', i] : [...path, 'condition'];
    let ast: CondNode;
    try {
      ast = parseCondition(c as string);
    } catch (err) {
      const e = err as ConditionError;
      sink.add(e.feature === 'condition:syntax' ? 'VIGIL_ERR_RULE_INVALID' : 'VIGIL_ERR_RULE_UNSUPPORTED', cpath, e.feature ?? 'condition:syntax', e.message);
      ok = false;
      return;
    }
    const r = build(ast, names, sels, sink, cpath);
    if (r) compiled.push(r);
    else ok = false;
  });
  if (!ok || compiled.length === 0) return undefined;
  const anchors = orAnchors(compiled.map((c) => c.anchors));
  return { pred: anyOf(compiled.map((c) => c.pred)), anchor: narrowest(anchors), gate: unionGates(compiled.map((c) => c.gate)) };
}

function build(node: CondNode, names: string[], sels: Map<string, Selection>, sink: ProblemSink, path: (string | number)[]): Part | undefined {
  switch (node.t) {
    case 'sel': {
      const s = sels.get(node.name);
      if (!s) {
        if (!names.includes(node.name))
          sink.add('VIGIL_ERR_RULE_INVALID', path, 'condition:unknown-selection', `condition names "${node.name}", which is not defined`);
        return undefined;
      }
      return { pred: s.pred, anchors: s.anchors, gate: s.gate };
    }
    case 'not': {
      const k = build(node.kid, names, sels, sink, path);
      if (!k) return undefined;
      const p = k.pred;
      return { pred: (c) => !p(c), anchors: [], gate: undefined };
    }
    case 'and':
    case 'or': {
      const kids = node.kids.map((k) => build(k, names, sels, sink, path));
      if (kids.some((k) => !k)) return undefined;
      const ks = kids as Part[];
      const preds = ks.map((k) => k.pred);
      return node.t === 'and'
        ? { pred: allOf(preds), anchors: andAnchors(ks.map((k) => k.anchors)), gate: bestGate(ks.map((k) => k.gate)) }
        : { pred: anyOf(preds), anchors: orAnchors(ks.map((k) => k.anchors)), gate: unionGates(ks.map((k) => k.gate)) };
    }
    case 'of': {
      const matched = expandPattern(node.pattern, names);
      if (matched.length === 0) {
        sink.add('VIGIL_ERR_RULE_INVALID', path, 'condition:unknown-selection', `"${node.pattern}" matches no selection`);
        return undefined;
      }
      const kids = matched.map((n) => build({ t: 'sel', name: n }, names, sels, sink, path));
      if (kids.some((k) => !k)) return undefined;
      const ks = kids as Part[];
      const preds = ks.map((k) => k.pred);
      return node.quant === 'all'
        ? { pred: allOf(preds), anchors: andAnchors(ks.map((k) => k.anchors)), gate: bestGate(ks.map((k) => k.gate)) }
        : { pred: anyOf(preds), anchors: orAnchors(ks.map((k) => k.anchors)), gate: unionGates(ks.map((k) => k.gate)) };
    }
  }
}
