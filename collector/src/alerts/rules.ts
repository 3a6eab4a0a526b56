// Loads the rule folders the config names (plus the built-in pack) into one compiled rule set.
import { builtinRulesDir, loadRuleDirs, type RuleSet } from '@vigil/detect';
import type { DetectOptions } from './options.js';

/** State-file setting holding the folders added with `vigil-collector rules load` (absolute paths). */
export const LOADED_RULE_DIRS_SETTING = 'detect.ruleDirs';

export function ruleDirsFor(options: DetectOptions, loaded: readonly string[] = []): string[] {
  const dirs = [...(options.builtinRules ? [builtinRulesDir()] : []), ...options.ruleDirs, ...loaded];
  return [...new Set(dirs)];
}

export function loadConfiguredRules(options: DetectOptions, loaded: readonly string[] = []): RuleSet {
  return loadRuleDirs(ruleDirsFor(options, loaded), { maxFileBytes: options.maxRuleFileBytes });
}
