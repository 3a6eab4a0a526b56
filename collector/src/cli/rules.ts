// `vigil-collector rules check|test|load|unload|list`: check a folder of Sigma rules and print every
// rule left out with file:line and the feature; run rules' own samples; add folders the collector loads.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinRulesDir, formatProblem, loadRuleDirs, runRuleSamples, summarizeRuleSet, unavailableFields, type RuleSet } from '@vigil/detect';
import { LowdbStateStore } from '../store/state.js';
import { dataPaths } from '../datadir.js';
import { LOADED_RULE_DIRS_SETTING } from '../alerts/rules.js';
import type { CliCommand, CliIo } from '@vigil/cli';
import { configFor, parse } from './options.js';

function printSummary(set: RuleSet, io: CliIo, json: boolean): void {
  const s = summarizeRuleSet(set);
  if (json) {
    io.out(JSON.stringify({ ...s, problems: set.problems, unavailableFields: unavailableFields(set) }, null, 2));
    return;
  }
  const loaded = s.detections + s.correlations;
  const pct = s.documents === 0 ? 100 : (100 * loaded) / s.documents;
  io.out(`rules: ${loaded} of ${s.documents} loaded (${pct.toFixed(1)} %) from ${s.files} files; ${s.detections} detection, ${s.correlations} correlation`);
  for (const [k, n] of Object.entries(s.byLogsource).sort()) io.out(`  ${k.padEnd(24)} ${n}`);
  const notes = unavailableFields(set);
  if (notes.length) {
    io.out(`loaded, but reading fields Vigil's events never carry (those selections cannot match): ${notes.length}`);
    for (const n of notes) io.out(`  ${n.file}:${n.line}: [${n.logsource}] ${n.rule}: ${n.fields.join(', ')}`);
  }
  if (set.problems.length === 0) {
    io.out('left out: none');
    return;
  }
  io.out(`left out: ${s.leftOut} rule(s); ${set.problems.length} problem(s):`);
  for (const p of set.problems) io.out(`  ${formatProblem(p)}`);
  io.out('by feature:');
  for (const [f, n] of Object.entries(s.byFeature).sort((a, b) => b[1] - a[1])) io.out(`  ${f.padEnd(32)} ${n}`);
}

function checkDirs(dirs: string[]): void {
  for (const d of dirs) if (!existsSync(d) || !statSync(d).isDirectory()) throw new Error(`not a folder: ${d}`);
}

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'check Sigma rule folders (every rule left out, with file:line), run rule samples, add folders to load',
  help: [
    'Usage: vigil-collector rules check DIR... [--builtin] [--json]',
    '       vigil-collector rules test DIR... [--builtin]',
    '       vigil-collector rules load DIR [--data DIR]',
    '       vigil-collector rules unload DIR [--data DIR]',
    '       vigil-collector rules list [--data DIR]',
    '',
    'check   loads every .yml/.yaml under the folders and prints what loaded per logsource and every rule',
    '        left out with file:line, code and the unsupported feature. Exit 1 if any rule is left out.',
    'test    runs each rule against the sample events it carries (vigil.samples); exit 1 on a failure.',
    'load    checks DIR, then records it in the data folder so `serve` loads it (restart serve to apply).',
    'unload  forgets a folder added with load.',
    'list    prints the folders serve loads: the built-in pack, config detect.ruleDirs, and loaded ones.',
    '',
    'Options:',
    '  --builtin        also load the built-in rule pack',
    '  --json           machine-readable summary',
    '  --data DIR       data folder (default ./data)',
    '  --config FILE    YAML config (default DIR/collector.yaml)',
    '',
    'Examples:',
    '  vigil-collector rules check ../shared/data/sigma/rules/linux',
    '  vigil-collector rules load /etc/vigil/rules --data /var/lib/vigil',
  ].join('\n'),
  async run(argv, io) {
    const { values, positionals } = parse(argv, { builtin: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } });
    const [action, ...dirs] = positionals;
    if (action === 'check' || action === 'test') {
      if (dirs.length === 0 && !values.builtin) throw new Error(`rules ${action}: name at least one folder (or --builtin)`);
      checkDirs(dirs);
      const set = loadRuleDirs([...(values.builtin ? [builtinRulesDir()] : []), ...dirs]);
      if (action === 'check') {
        printSummary(set, io, values.json);
        return set.problems.length === 0 ? 0 : 1;
      }
      const results = runRuleSamples(set);
      const failed = results.filter((r) => !r.ok);
      for (const r of failed)
        io.out(`FAIL ${r.rule.file}:${r.rule.line} ${r.rule.title}: ${r.expect}[${r.index}] matched ${r.matches} time(s)${r.error ? `: ${r.error}` : ''}`);
      const rulesWith = new Set(results.map((r) => r.rule.id)).size;
      io.out(`samples: ${results.length - failed.length} of ${results.length} passed across ${rulesWith} rule(s)`);
      return failed.length === 0 && set.problems.length === 0 ? 0 : 1;
    }
    const config = configFor(values, io.env);
    const state = new LowdbStateStore(dataPaths(config.dataDir).stateFile);
    const loaded = state.getSetting<string[]>(LOADED_RULE_DIRS_SETTING) ?? [];
    if (action === 'load' || action === 'unload') {
      if (dirs.length !== 1) throw new Error(`rules ${action}: name exactly one folder`);
      const dir = resolve(dirs[0]!);
      if (action === 'unload') {
        state.setSetting(
          LOADED_RULE_DIRS_SETTING,
          loaded.filter((d) => d !== dir),
        );
        io.out(`unloaded ${dir} (restart serve to apply)`);
        return 0;
      }
      checkDirs([dir]);
      const set = loadRuleDirs([dir]);
      printSummary(set, io, values.json);
      if (set.detections.length + set.correlations.length === 0) {
        io.err(`rules load: no usable rule in ${dir}; not added`);
        return 1;
      }
      if (!loaded.includes(dir)) state.setSetting(LOADED_RULE_DIRS_SETTING, [...loaded, dir]);
      io.out(`loaded ${dir} (restart serve to apply)`);
      return 0;
    }
    if (action === 'list') {
      if (config.detect.builtinRules) io.out(`${builtinRulesDir()}  (built-in)`);
      for (const d of config.detect.ruleDirs) io.out(`${d}  (config)`);
      for (const d of loaded) io.out(`${d}  (rules load)`);
      return 0;
    }
    io.err('vigil-collector rules: expected check, test, load, unload or list (see --help)');
    return 2;
  },
};
