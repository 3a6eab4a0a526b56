// Turns folders (or in-memory texts) of Sigma YAML into a compiled rule set, collecting every
// problem with file:line and the feature by name; a bad rule is left out, never fatal to the rest.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FieldTable } from './taxonomy/context.js';
import { ProblemSink, type RuleProblem } from './problems.js';
import { parseYamlDocuments } from './yaml-source.js';
import { compileCorrelationRule, compileDetectionRule, type CorrelationRule, type DetectionRule } from './sigma/rule.js';

export interface RuleSource {
  file: string;
  text: string;
}

export interface RuleSet {
  table: FieldTable;
  detections: DetectionRule[];
  correlations: CorrelationRule[];
  problems: RuleProblem[];
  files: number;
  documents: number;
}

export interface LoadOptions {
  /** Largest rule file read, in bytes; bigger files are reported, not read. */
  maxFileBytes?: number;
  /** Share a field table across several loads (one engine over several folders). */
  table?: FieldTable;
}

export const DEFAULT_MAX_RULE_FILE_BYTES = 1_048_576;

/** Every .yml/.yaml file under the folders, sorted for stable ids and reports. */
export function listRuleFiles(dirs: readonly string[], problems: RuleProblem[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      problems.push({ code: 'VIGIL_ERR_RULE_IO', file: dir, line: 0, feature: 'io', message: (err as Error).message });
      return;
    }
    for (const n of names) {
      if (n.startsWith('.')) continue;
      const p = join(dir, n);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(n)) out.push(p);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

export function loadRuleDirs(dirs: readonly string[], options: LoadOptions = {}): RuleSet {
  const max = options.maxFileBytes ?? DEFAULT_MAX_RULE_FILE_BYTES;
  const problems: RuleProblem[] = [];
  const sources: RuleSource[] = [];
  for (const file of listRuleFiles(dirs, problems)) {
    try {
      const size = statSync(file).size;
      if (size > max) {
        problems.push({ code: 'VIGIL_ERR_RULE_IO', file, line: 0, feature: 'io:too-large', message: `file is ${size} bytes, over the ${max}-byte limit` });
        continue;
      }
      sources.push({ file, text: readFileSync(file, 'utf8') });
    } catch (err) {
      problems.push({ code: 'VIGIL_ERR_RULE_IO', file, line: 0, feature: 'io', message: (err as Error).message });
    }
  }
  const set = compileRuleSources(sources, options);
  set.problems.unshift(...problems);
  return set;
}

export function compileRuleSources(sources: readonly RuleSource[], options: LoadOptions = {}): RuleSet {
  const table = options.table ?? new FieldTable();
  const set: RuleSet = { table, detections: [], correlations: [], problems: [], files: sources.length, documents: 0 };
  const ids = new Map<string, string>();
  const max = options.maxFileBytes ?? DEFAULT_MAX_RULE_FILE_BYTES;
  for (const src of sources) {
    // In-memory texts get the same bound as files (found by yaml-source.fuzz.test.ts: only files had it).
    if (src.text.length * 3 > max && Buffer.byteLength(src.text, 'utf8') > max) {
      const message = `text is ${Buffer.byteLength(src.text, 'utf8')} bytes, over the ${max}-byte limit`;
      set.problems.push({ code: 'VIGIL_ERR_RULE_IO', file: src.file, line: 0, feature: 'io:too-large', message });
      continue;
    }
    for (const doc of parseYamlDocuments(src.file, src.text)) {
      set.documents++;
      const sink = new ProblemSink(src.file, doc.lineOf);
      if (doc.errors.length > 0) {
        for (const e of doc.errors) set.problems.push({ code: 'VIGIL_ERR_RULE_YAML', file: src.file, line: e.line, feature: 'yaml', message: e.message });
        continue;
      }
      const v = doc.value;
      if (v === null || v === undefined) continue; // an empty document (trailing ---)
      if (typeof v !== 'object' || Array.isArray(v)) {
        sink.add('VIGIL_ERR_RULE_INVALID', [], 'document:not-a-map', 'a rule document must be a map');
        set.problems.push(...sink.problems);
        continue;
      }
      const rec = v as Record<string, unknown>;
      let id: string | undefined;
      if ('correlation' in rec) {
        const c = compileCorrelationRule(rec, src.file, doc.line, sink);
        if (c) {
          set.correlations.push(c);
          id = c.info.id;
        }
      } else if ('detection' in rec) {
        const d = compileDetectionRule(rec, src.file, doc.line, table, sink);
        if (d) {
          set.detections.push(d);
          id = d.info.id;
        }
      } else if ('filter' in rec) {
        sink.add('VIGIL_ERR_RULE_UNSUPPORTED', ['filter'], 'document:meta-filter', 'Sigma meta filters are not supported; put the filter in the rule');
      } else if (rec.action === 'global' || rec.action === 'repeat' || rec.action === 'reset') {
        sink.add(
          'VIGIL_ERR_RULE_UNSUPPORTED',
          ['action'],
          'document:collection-action',
          `Sigma rule collections (action: ${String(rec.action)}) are not supported`,
        );
      } else {
        sink.add('VIGIL_ERR_RULE_INVALID', [], 'detection:missing', 'the document has neither detection nor correlation');
      }
      if (id !== undefined) {
        const prev = ids.get(id);
        if (prev) {
          sink.add('VIGIL_ERR_RULE_DUPLICATE', ['id'], 'id:duplicate', `id ${id} is already used by ${prev}; this copy is left out`);
          if (set.detections.at(-1)?.info.id === id && set.detections.at(-1)?.info.file === src.file) set.detections.pop();
          else set.correlations.pop();
        } else ids.set(id, `${src.file}:${doc.line}`);
      }
      set.problems.push(...sink.problems);
    }
  }
  resolveReferences(set);
  return set;
}

/** Drop correlations whose referenced rules are missing (or form a cycle), reporting each. */
function resolveReferences(set: RuleSet): void {
  const byRef = new Map<string, 'detection' | CorrelationRule>();
  for (const d of set.detections) {
    byRef.set(d.info.id, 'detection');
    if (d.info.name) byRef.set(d.info.name, 'detection');
  }
  for (const c of set.correlations) {
    byRef.set(c.info.id, c);
    if (c.info.name) byRef.set(c.info.name, c);
  }
  const bad = new Set<CorrelationRule>();
  const visiting = new Set<CorrelationRule>();
  const check = (c: CorrelationRule): boolean => {
    if (bad.has(c)) return false;
    if (visiting.has(c)) return false;
    visiting.add(c);
    let ok = true;
    for (const r of c.rules) {
      const t = byRef.get(r);
      const problem = (feature: string, message: string): void => {
        set.problems.push({ code: 'VIGIL_ERR_RULE_REFERENCE', file: c.info.file, line: c.info.line, rule: c.info.id, feature, message });
      };
      if (t === undefined) {
        problem('correlation:unknown-rule', `correlation refers to "${r}", which is not loaded`);
        ok = false;
      } else if (t !== 'detection') {
        if (visiting.has(t)) {
          problem('correlation:cycle', `correlation refers to "${r}", which refers back to it`);
          ok = false;
        } else if (!check(t)) {
          problem('correlation:broken-rule', `correlation refers to "${r}", which is left out`);
          ok = false;
        }
      }
    }
    visiting.delete(c);
    if (!ok) bad.add(c);
    return ok;
  };
  for (const c of set.correlations) check(c);
  set.correlations = set.correlations.filter((c) => !bad.has(c));
}
