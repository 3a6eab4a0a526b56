// Test helpers: compile one rule from YAML text and ask whether an event in proto JSON shape matches it.
import { compileRuleSources, type RuleSet } from '../loader.js';
import { DetectionEngine, type RuleMatch } from '../engine.js';
import { sampleEvent } from '../samples.js';

export function ruleSet(yaml: string): RuleSet {
  return compileRuleSources([{ file: 'test.yml', text: yaml }]);
}

/** A process_creation rule with the given detection body (YAML, indented under detection:). */
export function processRule(detection: string): string {
  return `title: t\nid: 00000000-0000-4000-8000-000000000001\nlogsource: {product: linux, category: process_creation}\ndetection:\n${detection}\n`;
}

export function matches(yaml: string, event: Record<string, unknown>): boolean {
  const set = ruleSet(yaml);
  if (set.problems.length > 0) throw new Error(set.problems.map((p) => `${p.line}: ${p.feature} ${p.message}`).join('\n'));
  const engine = new DetectionEngine(set);
  let n = 0;
  engine.evaluate(sampleEvent(event, 'e1', 1_000), () => n++);
  return n > 0;
}

export function proc(exe: string, argv: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { processStart: { pid: 100, ppid: 1, exe, argv, cwd: '/root', user: 'root', uid: 0, ...extra } };
}

export function collect(set: RuleSet, events: Array<{ e: Record<string, unknown>; t: number; agent?: string }>): RuleMatch[] {
  const engine = new DetectionEngine(set);
  const out: RuleMatch[] = [];
  events.forEach(({ e, t, agent }, i) => engine.evaluate(sampleEvent(e, `ev${i}`, t, agent), (m) => out.push(m)));
  return out;
}

/** The two sshd rules the correlation tests build on: ssh_fail (failed_password) and ssh_ok (accepted_password). */
export const SSHD_RULES = `title: ssh failure
id: 22222222-2222-4222-8222-222222222222
name: ssh_fail
logsource: {product: linux, service: sshd}
detection:
  sel: {action: failed_password}
  condition: sel
---
title: ssh accepted
name: ssh_ok
logsource: {product: linux, service: sshd}
detection:
  sel: {action: accepted_password}
  condition: sel
`;

/** An sshd record from /var/log/auth.log as the agent's parser emits it. */
export function sshdLog(action: string, ip: string, user = 'root', raw = action): Record<string, unknown> {
  return { log: { source: '/var/log/auth.log', parser: 'sshd', program: 'sshd', action, raw, fields: { src_ip: ip, user } } };
}
