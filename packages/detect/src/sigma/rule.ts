// One Sigma document (detection rule or correlation rule) validated and compiled. All problems in
// the document are collected before giving up on it, so a rule author sees every fix at once.
import type { FieldTable } from '../taxonomy/context.js';
import { CATEGORY_KIND } from '../taxonomy/kinds.js';
import type { ProblemSink } from '../problems.js';
import { compileDetection } from './detection.js';
import type { Anchor, Pred } from './modifiers.js';
import type { Gate } from '../literals.js';

export const LEVELS = ['informational', 'low', 'medium', 'high', 'critical'] as const;
export type Level = (typeof LEVELS)[number];

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  level: Level;
  /** Every Sigma tag as written (attack.persistence, attack.t1053.003, ...). */
  tags: string[];
  /** ATT&CK technique ids from the tags, upper case (T1053.003). */
  attack: string[];
  /** Sigma v2 `name`, by which correlations may refer to the rule. */
  name: string | undefined;
  status: string | undefined;
  /** Event fields whose values separate this rule's alerts (Vigil `vigil.group_by`, or the correlation's group-by). */
  groupBy: string[];
  kind: 'detection' | 'correlation';
  file: string;
  line: number;
  /** Sample events kept as written (Vigil `vigil.samples`), for the rule's own tests. */
  samples: unknown;
  /** Vigil `vigil.alert`: raise alerts even when a correlation uses the rule (true), or never (false). Unset: Sigma's `generate`. */
  alert: boolean | undefined;
}

export interface DetectionRule {
  info: RuleInfo;
  /** Field names the detection reads (keywords excluded). */
  fields: string[];
  /** Logsource bucket: a Sigma category, "service:<name>", or "log" (product linux, no service). */
  bucket: string;
  pred: Pred;
  anchor: Anchor | undefined;
  gate: Gate | undefined;
}

export type CorrelationType = 'event_count' | 'value_count' | 'temporal' | 'temporal_ordered';

export interface CorrelationRule {
  info: RuleInfo;
  type: CorrelationType;
  /** Referenced rule names or ids, in order (order matters for temporal_ordered). */
  rules: string[];
  groupBy: string[];
  /** Per referenced rule: alias name -> that rule's field name. */
  aliases: Record<string, Record<string, string>>;
  timespanMs: number;
  condition: { op: 'gt' | 'gte' | 'eq' | 'lte' | 'lt'; value: number; field: string | undefined };
  /** Whether the referenced rules still raise their own alerts. */
  generate: boolean;
}

const DURATION = /^(\d+)\s*(s|m|h|d|w)$/;
const UNIT: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
export function parseDuration(v: unknown): number | undefined {
  const m = typeof v === 'string' ? DURATION.exec(v.trim()) : null;
  return m ? Number(m[1]) * UNIT[m[2]!]! : undefined;
}

function stringList(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
  return undefined;
}

function baseInfo(doc: Record<string, unknown>, file: string, line: number, sink: ProblemSink, kind: RuleInfo['kind']): RuleInfo | undefined {
  let ok = true;
  const title = doc.title;
  if (typeof title !== 'string' || title.trim() === '') {
    sink.add('VIGIL_ERR_RULE_INVALID', ['title'], 'title:missing', 'a rule needs a title');
    ok = false;
  }
  const id = doc.id === undefined ? undefined : typeof doc.id === 'string' ? doc.id : JSON.stringify(doc.id);
  sink.rule = id ?? (typeof title === 'string' ? title : undefined);
  let level: Level = 'medium';
  if (doc.level !== undefined) {
    if (LEVELS.includes(doc.level as Level)) level = doc.level as Level;
    else {
      sink.add('VIGIL_ERR_RULE_INVALID', ['level'], 'level:invalid', `level must be one of ${LEVELS.join(', ')}`);
      ok = false;
    }
  }
  const tags = stringList(doc.tags);
  if (!tags) {
    sink.add('VIGIL_ERR_RULE_INVALID', ['tags'], 'tags:invalid', 'tags must be a list of strings');
    ok = false;
  }
  const vigil = (doc.vigil ?? {}) as Record<string, unknown>;
  if (typeof vigil !== 'object' || Array.isArray(vigil)) {
    sink.add('VIGIL_ERR_RULE_INVALID', ['vigil'], 'vigil:invalid', 'vigil must be a map');
    ok = false;
  }
  const groupBy = stringList(vigil.group_by);
  if (!groupBy) {
    sink.add('VIGIL_ERR_RULE_INVALID', ['vigil', 'group_by'], 'vigil:group_by', 'vigil.group_by must be a list of field names');
    ok = false;
  }
  if (vigil.alert !== undefined && typeof vigil.alert !== 'boolean') {
    sink.add('VIGIL_ERR_RULE_INVALID', ['vigil', 'alert'], 'vigil:alert', 'vigil.alert must be true or false');
    ok = false;
  }
  if (doc.name !== undefined && typeof doc.name !== 'string') {
    sink.add('VIGIL_ERR_RULE_INVALID', ['name'], 'name:invalid', 'name must be a string');
    ok = false;
  }
  if (!ok) return undefined;
  const attack = (tags ?? []).map((t) => /^attack\.(t\d{4}(?:\.\d{3})?)$/i.exec(t)?.[1]?.toUpperCase()).filter((t): t is string => !!t);
  return {
    id: id ?? `${file}#${line}`,
    title: (title as string).trim(),
    description: typeof doc.description === 'string' ? doc.description.trim() : '',
    level,
    tags: tags ?? [],
    attack,
    name: doc.name as string | undefined,
    status: typeof doc.status === 'string' ? doc.status : undefined,
    groupBy: groupBy ?? [],
    kind,
    file,
    line,
    samples: vigil.samples,
    alert: vigil.alert as boolean | undefined,
  };
}

function bucketOf(logsource: unknown, sink: ProblemSink): string | undefined {
  if (logsource === null || typeof logsource !== 'object' || Array.isArray(logsource)) {
    sink.add('VIGIL_ERR_RULE_INVALID', ['logsource'], 'logsource:missing', 'a detection rule needs a logsource map');
    return undefined;
  }
  const ls = logsource as Record<string, unknown>;
  const product = typeof ls.product === 'string' ? ls.product.toLowerCase() : undefined;
  if (product !== undefined && product !== 'linux') {
    sink.add(
      'VIGIL_ERR_RULE_UNSUPPORTED',
      ['logsource', 'product'],
      `logsource:product=${product}`,
      `Vigil sees Linux hosts; product "${product}" never occurs`,
    );
    return undefined;
  }
  if (typeof ls.category === 'string') {
    const c = ls.category.toLowerCase();
    if (!CATEGORY_KIND[c]) {
      sink.add(
        'VIGIL_ERR_RULE_UNSUPPORTED',
        ['logsource', 'category'],
        `logsource:category=${c}`,
        `no Vigil event maps to category "${c}" (have ${Object.keys(CATEGORY_KIND).join(', ')})`,
      );
      return undefined;
    }
    return c;
  }
  if (typeof ls.service === 'string') return `service:${ls.service.toLowerCase()}`;
  if (product === undefined) {
    sink.add('VIGIL_ERR_RULE_INVALID', ['logsource'], 'logsource:empty', 'logsource names no product, category or service');
    return undefined;
  }
  return 'log';
}

/** Field names used by a detection block's selections (the part of each key before "|"). */
function fieldsOf(detection: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object')
      for (const k of Object.keys(v)) {
        const f = k.split('|')[0]!;
        if (f) out.add(f);
      }
  };
  for (const [name, sel] of Object.entries((detection ?? {}) as Record<string, unknown>)) if (name !== 'condition') walk(sel);
  return [...out];
}

export function compileDetectionRule(
  doc: Record<string, unknown>,
  file: string,
  line: number,
  table: FieldTable,
  sink: ProblemSink,
): DetectionRule | undefined {
  const before = sink.count;
  const info = baseInfo(doc, file, line, sink, 'detection');
  const bucket = bucketOf(doc.logsource, sink);
  const det = compileDetection(doc.detection, table, sink);
  if (!info || !bucket || !det || sink.count > before) return undefined;
  return { info, bucket, fields: fieldsOf(doc.detection), pred: det.pred, anchor: det.anchor, gate: det.gate };
}

const TYPES = new Set<CorrelationType>(['event_count', 'value_count', 'temporal', 'temporal_ordered']);
const OPS = ['gt', 'gte', 'eq', 'lte', 'lt'] as const;

export function compileCorrelationRule(doc: Record<string, unknown>, file: string, line: number, sink: ProblemSink): CorrelationRule | undefined {
  const before = sink.count;
  const info = baseInfo(doc, file, line, sink, 'correlation');
  const c = doc.correlation as Record<string, unknown>;
  const at = (k: string): string[] => ['correlation', k];
  if (c === null || typeof c !== 'object' || Array.isArray(c)) {
    sink.add('VIGIL_ERR_RULE_INVALID', ['correlation'], 'correlation:invalid', 'correlation must be a map');
    return undefined;
  }
  const type = c.type as CorrelationType;
  if (!TYPES.has(type)) {
    const t = String(c.type);
    if (['value_sum', 'value_avg', 'value_percentile', 'value_median'].includes(t))
      sink.add('VIGIL_ERR_RULE_UNSUPPORTED', at('type'), `correlation:${t}`, `correlation type "${t}" is not supported`);
    else sink.add('VIGIL_ERR_RULE_INVALID', at('type'), 'correlation:type', `unknown correlation type "${t}"`);
  }
  const rules = stringList(c.rules);
  if (!rules || rules.length === 0) sink.add('VIGIL_ERR_RULE_INVALID', at('rules'), 'correlation:rules', 'correlation.rules must name at least one rule');
  if ((type === 'temporal' || type === 'temporal_ordered') && rules && rules.length < 2)
    sink.add('VIGIL_ERR_RULE_INVALID', at('rules'), 'correlation:rules', 'a temporal correlation needs two or more rules');
  const groupBy = stringList(c['group-by']);
  if (!groupBy) sink.add('VIGIL_ERR_RULE_INVALID', at('group-by'), 'correlation:group-by', 'group-by must be a list of field names');
  const span = parseDuration(c.timespan ?? c.timeframe);
  if (span === undefined) sink.add('VIGIL_ERR_RULE_INVALID', at('timespan'), 'correlation:timespan', 'timespan must look like 30s, 5m, 1h or 1d');
  let condition: CorrelationRule['condition'] = { op: 'gte', value: 1, field: undefined };
  if (c.condition !== undefined) {
    const cond = c.condition as Record<string, unknown>;
    const ops = OPS.filter((o) => cond && typeof cond === 'object' && o in cond);
    if (ops.length !== 1 || typeof cond[ops[0]!] !== 'number')
      sink.add('VIGIL_ERR_RULE_INVALID', at('condition'), 'correlation:condition', 'condition needs exactly one of gt, gte, eq, lte, lt with a number');
    else {
      const op = ops[0]!;
      if (op === 'lt' || op === 'lte')
        sink.add(
          'VIGIL_ERR_RULE_UNSUPPORTED',
          at('condition'),
          `correlation:condition:${op}`,
          `"${op}" would fire only when a window closes without events; streaming evaluation supports gt, gte and eq`,
        );
      condition = { op, value: cond[op] as number, field: typeof cond.field === 'string' ? cond.field : undefined };
    }
  } else if (type === 'event_count' || type === 'value_count')
    sink.add('VIGIL_ERR_RULE_INVALID', at('condition'), 'correlation:condition', `${type} needs a condition`);
  if (type === 'value_count' && !condition.field)
    sink.add('VIGIL_ERR_RULE_INVALID', at('condition'), 'correlation:condition', 'value_count needs condition.field');
  const aliases: Record<string, Record<string, string>> = {};
  if (c.aliases !== undefined) {
    const a = c.aliases as Record<string, unknown>;
    if (!a || typeof a !== 'object') sink.add('VIGIL_ERR_RULE_INVALID', at('aliases'), 'correlation:aliases', 'aliases must be a map');
    else
      for (const [alias, per] of Object.entries(a)) {
        if (!per || typeof per !== 'object') {
          sink.add('VIGIL_ERR_RULE_INVALID', at('aliases'), 'correlation:aliases', `alias ${alias} must map rule names to fields`);
          continue;
        }
        aliases[alias] = Object.fromEntries(Object.entries(per as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
      }
  }
  if (!info || sink.count > before) return undefined;
  info.groupBy = groupBy ?? [];
  return { info, type, rules: rules ?? [], groupBy: groupBy ?? [], aliases, timespanMs: span ?? 0, condition, generate: c.generate === true };
}
