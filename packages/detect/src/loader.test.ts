import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRuleDirs } from './loader.js';
import { formatProblem } from './problems.js';
import { summarizeRuleSet, unavailableFields } from './summary.js';
import { DetectionEngine, type RuleMatch } from './engine.js';
import { sampleEvent } from './samples.js';
import { ruleSet } from './test/helpers.js';

// The SigmaHQ Linux rules, read in place from the shared data folder (never copied into the repo).
const SIGMA = fileURLToPath(new URL('../../../../shared/data/sigma/rules/linux', import.meta.url));

describe('loader over SigmaHQ Linux rules', () => {
  it.runIf(existsSync(SIGMA))('loads and evaluates at least 95 % and lists every rule left out', () => {
    const set = loadRuleDirs([SIGMA]);
    const s = summarizeRuleSet(set);
    const unsupported = set.problems.map(formatProblem);
    // Printed so the test log itself is the list of what is unsupported.
    process.stdout.write(`sigma: ${s.detections}/${s.documents} loaded; left out: ${s.leftOut}\n${unsupported.join('\n')}\n`);
    expect(s.documents).toBeGreaterThanOrEqual(200);
    expect(s.detections / s.documents).toBeGreaterThanOrEqual(0.95);
    expect(s.leftOut).toBe(new Set(set.problems.map((p) => `${p.file}`)).size);
    // Conservatively, a rule reading a field Vigil never sets for its category does not count as evaluating.
    const notes = unavailableFields(set);
    process.stdout.write(
      `loaded but reading fields Vigil never sets:\n${notes.map((n) => `${n.file}:${n.line} ${n.logsource} ${n.fields.join(',')}`).join('\n')}\n`,
    );
    expect((s.detections - notes.length) / s.documents).toBeGreaterThanOrEqual(0.95);

    const naive = new DetectionEngine(set, { index: false });
    const engine = new DetectionEngine(set);
    const events = [
      {
        processStart: {
          pid: 9,
          ppid: 1,
          exe: '/usr/bin/python3',
          argv: ['python3', '-c', 'import pty;pty.spawn("/bin/bash")'],
          parentExe: '/usr/bin/bash',
          user: 'www-data',
          cwd: '/tmp',
        },
      },
      { processStart: { pid: 9, ppid: 1, exe: '/usr/bin/chattr', argv: ['chattr', '-i', '/etc/passwd'] } },
      {
        networkConnection: {
          transport: 'TCP',
          ipVersion: 4,
          localAddress: '10.1.1.1',
          localPort: 5555,
          remoteAddress: '8.8.8.8',
          remotePort: 4444,
          direction: 'OUTBOUND',
          exe: '/usr/bin/bash',
        },
      },
      { fileChange: { path: '/etc/cron.d/evil', action: 'CREATED', after: { exists: true, mode: 0o100644 } } },
      {
        log: {
          source: '/var/log/audit/audit.log',
          parser: 'auditd',
          raw: 'type=ADD_USER msg=audit(1.0:1): op=add-user acct="x"',
          fields: { type: 'ADD_USER' },
        },
      },
      { log: { source: '/var/log/syslog', parser: '', program: 'kernel', raw: 'eth0: entered promiscuous mode' } },
    ];
    const run = (e: DetectionEngine): string[] => {
      const hits: RuleMatch[] = [];
      events.forEach((ev, i) => e.evaluate(sampleEvent(ev, `s${i}`, 1000 + i), (m) => hits.push(m)));
      return hits.map((h) => `${h.eventIds[0]} ${h.rule.title}`);
    };
    const indexed = run(engine);
    // The index must never hide a match the naive every-rule evaluation finds.
    expect(indexed.sort()).toEqual(run(naive).sort());
    expect(indexed).toEqual(
      expect.arrayContaining([
        's0 Python Spawning Pretty TTY Via PTY Module',
        's1 Remove Immutable File Attribute',
        's2 Potentially Suspicious Malware Callback Communication - Linux',
        's3 New Cron File Created',
        's4 Creation Of An User Account',
        's5 Suspicious Log Entries',
      ]),
    );
    expect(engine.stats.evaluations).toBeLessThan(naive.stats.evaluations);
  });

  it('reports every problem in every file, with file:line, and keeps the good rules', () => {
    const set = ruleSet(
      [
        'title: good',
        'logsource: {product: linux, category: process_creation}',
        'detection:',
        '  s: {Image: /x}',
        '  condition: s',
        '---',
        'title: windows',
        'logsource: {product: windows, category: process_creation}',
        'detection:',
        '  s: {Image: x}',
        '  condition: s',
        '---',
        'title: bad',
        'logsource: {product: linux, category: dns}',
        'detection:',
        '  s:',
        '    query|expand: x',
        '  condition: s | count() > 1',
        '---',
        'title: corr',
        'correlation: {type: value_sum, rules: [nope], group-by: [a], timespan: 5m, condition: {gte: 1}}',
      ].join('\n'),
    );
    expect(set.detections.map((d) => d.info.title)).toEqual(['good']);
    expect(set.problems.map((p) => `${p.line} ${p.feature}`)).toEqual([
      '8 logsource:product=windows',
      '14 logsource:category=dns',
      '17 modifier:expand',
      '18 condition:aggregation',
      '21 correlation:value_sum',
    ]);
  });

  it('reports YAML syntax errors with their line and goes on', () => {
    const set = ruleSet('title: a\ndetection: [\n---\ntitle: b\nlogsource: {product: linux, service: sshd}\ndetection: {k: [x], condition: k}\n');
    expect(set.problems[0]).toMatchObject({ code: 'VIGIL_ERR_RULE_YAML', line: expect.any(Number) });
    expect(set.detections.map((d) => d.info.title)).toEqual(['b']);
  });

  it('reports duplicate ids and correlations with unknown rules', () => {
    const rule = 'title: a\nid: 11111111-1111-4111-8111-111111111111\nlogsource: {product: linux, service: sshd}\ndetection: {k: [x], condition: k}\n';
    const set = ruleSet(
      `${rule}---\n${rule}---\ntitle: c\ncorrelation: {type: event_count, rules: [missing], group-by: [x], timespan: 1m, condition: {gte: 2}}\n`,
    );
    expect(set.problems.map((p) => p.feature)).toEqual(['id:duplicate', 'correlation:unknown-rule']);
    expect(set.detections).toHaveLength(1);
    expect(set.correlations).toHaveLength(0);
  });
});
