// A rule the loader cannot use is reported as data, never thrown, so one pass lists every bad rule.
import type { DetectErrorCode } from './errors.js';

export interface RuleProblem {
  code: DetectErrorCode;
  file: string;
  line: number;
  /** The rule id or title when known, so a report names the rule, not only the file. */
  rule?: string;
  /** The unsupported or broken feature by name, e.g. "modifier:expand", "condition:near", "logsource:product=windows". */
  feature: string;
  message: string;
}

/** Collects problems for one YAML document; `at` turns a path inside the document into a line. */
export class ProblemSink {
  readonly problems: RuleProblem[] = [];
  rule: string | undefined;
  constructor(
    readonly file: string,
    private readonly lineOf: (path: readonly (string | number)[]) => number,
  ) {}

  add(code: DetectErrorCode, path: readonly (string | number)[], feature: string, message: string): void {
    const p: RuleProblem = { code, file: this.file, line: this.lineOf(path), feature, message };
    if (this.rule !== undefined) p.rule = this.rule;
    this.problems.push(p);
  }

  get count(): number {
    return this.problems.length;
  }
}

export function formatProblem(p: RuleProblem): string {
  return `${p.file}:${p.line}: ${p.code} [${p.feature}]${p.rule ? ` (${p.rule})` : ''} ${p.message}`;
}
