// Loads the rule folders the config names (plus the built-in pack) into one compiled rule set.
import { builtinRulesDir, loadRuleDirs, type RuleSet } from '@vigil/detect';
import type { DetectOptions } from './options.js';

export function ruleDirsFor(options: DetectOptions): string[] {
  return [...(options.builtinRules ? [builtinRulesDir()] : []), ...options.ruleDirs];
}

export function loadConfiguredRules(options: DetectOptions): RuleSet {
  return loadRuleDirs(ruleDirsFor(options), { maxFileBytes: options.maxRuleFileBytes });
}
