// replay(): how the collector rebuilds correlation windows from stored events after a start or a rule reload.
// It must leave exactly the windows evaluate() would have left, while evaluating only the rules that feed a
// correlation and reporting nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DetectionEngine, type RuleMatch } from './engine.js';
import { sampleEvent } from './samples.js';
import { SSHD_RULES, proc, ruleSet, sshdLog } from './test/helpers.js';

const RULES = `${SSHD_RULES}---
title: shell from tmp
name: tmp_shell
logsource: {product: linux, category: process_creation}
detection:
  sel: {Image|startswith: /tmp/}
  condition: sel
---
title: curl
logsource: {product: linux, category: process_creation}
detection:
  sel: {Image|endswith: /curl}
  condition: sel
---
title: brute
name: brute
vigil: {alert: true}
correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 5m, condition: {gte: 3}}
---
title: success after brute force
correlation: {type: temporal_ordered, rules: [brute, ssh_ok], group-by: [src_ip], timespan: 10m}
---
title: tmp shells
correlation: {type: event_count, rules: [tmp_shell], group-by: [User], timespan: 2m, condition: {gte: 2}}
`;
const EVENTS: Array<Record<string, unknown>> = [
  sshdLog('failed_password', '10.0.0.1'),
  sshdLog('failed_password', '10.0.0.2'),
  sshdLog('accepted_password', '10.0.0.1'),
  proc('/tmp/x', ['/tmp/x'], { user: 'bob' }),
  proc('/usr/bin/curl', ['curl', 'http://example.test/']),
  { processExit: { pid: 7 } },
];
const summary = (m: RuleMatch) => `${m.rule.title}|${m.agentId}|${m.eventIds.join(',')}|${m.count}`;

describe('replay', () => {
  it('leaves the windows evaluate() leaves, for any stream and any split point, and reports nothing', () => {
    const set = ruleSet(RULES);
    expect(set.problems).toEqual([]);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ e: fc.integer({ min: 0, max: EVENTS.length - 1 }), dt: fc.integer({ min: 0, max: 90_000 }), agent: fc.constantFrom('a1', 'a2') }),
          {
            maxLength: 60,
          },
        ),
        fc.nat(),
        (stream, cut) => {
          const split = stream.length === 0 ? 0 : cut % (stream.length + 1);
          let t = 1_000_000;
          const inputs = stream.map(({ e, dt, agent }, i) => sampleEvent(EVENTS[e]!, `ev${i}`, (t += dt), agent));
          const live = new DetectionEngine(set);
          const rebuilt = new DetectionEngine(set);
          const liveAfter: string[] = [];
          const rebuiltAfter: string[] = [];
          inputs.forEach((input, i) => live.evaluate(input, (m) => i >= split && liveAfter.push(summary(m))));
          const matchesBefore = rebuilt.stats.matches;
          inputs.slice(0, split).forEach((input) => rebuilt.replay(input));
          expect(rebuilt.stats.matches).toBe(matchesBefore);
          expect(rebuilt.correlationGroups).toBe(countGroups(set, inputs.slice(0, split)));
          inputs.slice(split).forEach((input) => rebuilt.evaluate(input, (m) => rebuiltAfter.push(summary(m))));
          expect(rebuiltAfter).toEqual(liveAfter);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('evaluates only the rules that feed a correlation', () => {
    const set = ruleSet(RULES);
    const engine = new DetectionEngine(set);
    engine.replay(sampleEvent(proc('/usr/bin/curl', ['curl']), 'ev0', 1000));
    expect(engine.stats.evaluations).toBe(0); // curl feeds nothing; tmp_shell's prefix does not occur
    engine.replay(sampleEvent(proc('/tmp/x', ['/tmp/x']), 'ev1', 2000));
    expect(engine.stats.evaluations).toBe(1);
    engine.evaluate(sampleEvent(proc('/usr/bin/curl', ['curl']), 'ev2', 3000), () => {});
    expect(engine.stats.evaluations).toBe(2);
  });

  it('names the stored kinds a replay can learn from', () => {
    expect(new DetectionEngine(ruleSet(RULES)).replayKinds).toEqual(['log', 'process_start']);
    // sshd rules only: logs; process rules also read sudo lines, which are logs
    const sshOnly =
      RULES.slice(0, RULES.indexOf('---\ntitle: shell from tmp')) + RULES.slice(RULES.indexOf('---\ntitle: brute'), RULES.indexOf('---\ntitle: tmp shells'));
    expect(new DetectionEngine(ruleSet(sshOnly)).replayKinds).toEqual(['log']);
    expect(new DetectionEngine(ruleSet(RULES.slice(0, RULES.indexOf('---\ntitle: brute')))).replayKinds).toEqual([]);
  });
});

/** The correlation groups evaluate() leaves behind after `inputs` (the reference the replayed engine must equal). */
function countGroups(set: ReturnType<typeof ruleSet>, inputs: ReturnType<typeof sampleEvent>[]): number {
  const e = new DetectionEngine(set);
  for (const input of inputs) e.evaluate(input, () => {});
  return e.correlationGroups;
}
