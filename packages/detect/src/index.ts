// @vigil/detect: Sigma rules for Vigil's events -- loading with full problem reports, compilation,
// an indexed engine with correlation, and the built-in Linux rule pack shipped beside the code.
import { fileURLToPath } from 'node:url';

export { DetectError, DETECT_ERRORS, type DetectErrorCode } from './errors.js';
export { formatProblem, type RuleProblem } from './problems.js';
export { FieldTable, EventContext, type DetectInput } from './taxonomy/context.js';
export { eventKind, logsourceKeys, CATEGORY_KIND, type EventKind } from './taxonomy/kinds.js';
export { knownFields, resolveField, KEYWORDS_FIELD } from './taxonomy/fields.js';
export { eventFieldValue } from './taxonomy/lookup.js';
export { processViewOf, type LogProcessView } from './taxonomy/log-process.js';
export { loadRuleDirs, compileRuleSources, listRuleFiles, DEFAULT_MAX_RULE_FILE_BYTES, type RuleSet, type RuleSource, type LoadOptions } from './loader.js';
export { DetectionEngine, DEFAULT_ENGINE_OPTIONS, type RuleMatch, type EngineOptions, type EngineStats } from './engine.js';
export { LEVELS, parseDuration, type Level, type RuleInfo, type DetectionRule, type CorrelationRule } from './sigma/rule.js';
export { parseCondition, type CondNode } from './sigma/condition.js';
export { runRuleSamples, sampleEvent, type SampleResult } from './samples.js';
export { summarizeRuleSet, unavailableFields, type RuleSetSummary, type FieldNote } from './summary.js';

/** The folder of Vigil's own rule pack (packages/detect/rules), from the source tree or the built dist. */
export function builtinRulesDir(): string {
  return fileURLToPath(new URL('../rules', import.meta.url));
}
