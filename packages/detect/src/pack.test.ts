// Vigil's own rule pack: every rule loads, carries what a responder needs, and passes its own samples.
import { describe, expect, it } from 'vitest';
import { builtinRulesDir } from './index.js';
import { DetectionEngine } from './engine.js';
import { loadRuleDirs } from './loader.js';
import { formatProblem } from './problems.js';
import { runRuleSamples } from './samples.js';

const set = loadRuleDirs([builtinRulesDir()]);
const infos = [...set.detections.map((d) => d.info), ...set.correlations.map((c) => c.info)];

describe('built-in rule pack', () => {
  it('loads without a single problem, one rule per file', () => {
    expect(set.problems.map(formatProblem)).toEqual([]);
    expect(infos.length).toBe(set.files);
  });

  it('each rule has a stable UUID, title, description, level, ATT&CK technique, group-by fields and both kinds of samples', () => {
    for (const r of infos) {
      const where = `${r.file}`;
      expect(r.id, where).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.title.length, where).toBeGreaterThan(5);
      expect(r.description.length, where).toBeGreaterThan(20);
      expect(r.attack.length, where).toBeGreaterThan(0);
      expect(r.groupBy.length, where).toBeGreaterThan(0);
      const s = r.samples as { match?: unknown[]; nomatch?: unknown[] };
      expect(s?.match?.length, where).toBeGreaterThan(0);
      expect(s?.nomatch?.length, where).toBeGreaterThan(0);
    }
  });

  it('names the kinds its correlations learn from, so a rebuild skips the rest of the stored events', () => {
    const kinds = new DetectionEngine(set).replayKinds;
    // every feeding rule reads a logsource whose event kind is known; exits, file changes, health and the rest are skipped
    expect(kinds).toEqual(['log', 'network_connection', 'process_start']);
  });

  it('every rule matches its positive samples and none of its negative ones', () => {
    const results = runRuleSamples(set);
    const failed = results.filter((r) => !r.ok).map((r) => `${r.rule.file} ${r.expect}[${r.index}] matches=${r.matches} ${r.error ?? ''}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(infos.length * 2);
  });

  it('covers every behaviour the detection issue lists', () => {
    const titles = infos.map((r) => r.title.toLowerCase()).join('\n');
    for (const words of [
      'ssh brute force',
      'login succeeded after',
      'new local user',
      'group',
      'passwd, shadow',
      'sudoers',
      'authorized_keys',
      'cron',
      'systemd',
      'temporary folder',
      'reverse shell',
      'piped to a shell',
      'miner',
      'mining-pool port',
      'web server or database',
      'listening port',
      'ld.so.preload',
      'ld_preload',
      'history cleared',
      'kernel module',
      'firewall',
      'setuid',
      'shadow or gshadow read',
      'ld_preload or ld_audit in a new process',
      'audit rules removed',
    ])
      expect(titles, words).toContain(words);
  });
});
