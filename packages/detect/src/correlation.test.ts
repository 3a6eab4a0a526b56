import { describe, expect, it } from 'vitest';
import { SSHD_RULES, collect, ruleSet, sshdLog } from './test/helpers.js';

const base = `${SSHD_RULES}---
title: user added
name: user_add
logsource: {product: linux, service: useradd}
detection:
  sel: {action: new_user}
  condition: sel
`;
const fail = (ip: string, user = 'root'): Record<string, unknown> => sshdLog('failed_password', ip, user, 'Failed password');
const ok = (ip: string): Record<string, unknown> => sshdLog('accepted_password', ip, 'root', 'Accepted password');
const useradd = {
  log: { source: '/var/log/auth.log', parser: 'useradd', program: 'useradd', action: 'new_user', raw: 'new user: name=x', fields: { user: 'x' } },
};

const corr = (body: string): string => `${base}---\ntitle: corr\nid: 33333333-3333-4333-8333-333333333333\n${body}`;
const titles = (ms: Array<{ rule: { title: string } }>): string[] => ms.map((m) => m.rule.title);

describe('correlation rules', () => {
  it('event_count: N events from one group within the timespan, then the window restarts', () => {
    const set = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {gte: 3}}\n'));
    const ev = [0, 10, 20, 30, 40, 50].map((s) => ({ e: fail('1.1.1.1'), t: s * 1000 }));
    const ms = collect(set, ev);
    expect(titles(ms)).toEqual(['corr', 'corr']);
    expect(ms[0]).toMatchObject({
      group: { src_ip: '1.1.1.1' },
      count: 3,
      eventIds: ['ev0', 'ev1', 'ev2'],
      eventTimesMs: [0, 10_000, 20_000],
      firstMs: 0,
      lastMs: 20_000,
    });
  });
  it('event_count: events outside the timespan or in other groups do not count', () => {
    const set = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {gte: 3}}\n'));
    expect(
      collect(set, [
        { e: fail('1.1.1.1'), t: 0 },
        { e: fail('1.1.1.1'), t: 61_000 },
        { e: fail('1.1.1.1'), t: 122_000 },
      ]),
    ).toEqual([]);
    expect(
      collect(set, [
        { e: fail('1.1.1.1'), t: 0 },
        { e: fail('2.2.2.2'), t: 1 },
        { e: fail('1.1.1.1'), t: 2 },
      ]),
    ).toEqual([]);
    expect(
      collect(set, [
        { e: fail('1.1.1.1'), t: 0, agent: 'a' },
        { e: fail('1.1.1.1'), t: 1, agent: 'b' },
        { e: fail('1.1.1.1'), t: 2, agent: 'a' },
      ]),
    ).toEqual([]);
  });
  it('event_count: a late event inside the window counts, one older than the window does not', () => {
    const set = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {gte: 3}}\n'));
    const late = collect(set, [
      { e: fail('1.1.1.1'), t: 100_000 },
      { e: fail('1.1.1.1'), t: 130_000 },
      { e: fail('1.1.1.1'), t: 90_000 },
    ]);
    expect(late.map((m) => [m.count, m.firstMs, m.lastMs])).toEqual([[3, 90_000, 130_000]]);
    expect(
      collect(set, [
        { e: fail('1.1.1.1'), t: 100_000 },
        { e: fail('1.1.1.1'), t: 130_000 },
        { e: fail('1.1.1.1'), t: 10_000 },
      ]),
    ).toEqual([]);
  });
  it('event_count with gt and eq', () => {
    const gt = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {gt: 2}}\n'));
    const three = [0, 1, 2].map((t) => ({ e: fail('9.9.9.9'), t }));
    expect(titles(collect(gt, three.slice(0, 2)))).toEqual([]);
    expect(titles(collect(gt, three))).toEqual(['corr']);
    const eq = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {eq: 2}}\n'));
    expect(titles(collect(eq, three.slice(0, 2)))).toEqual(['corr']);
  });
  it('value_count: distinct values of a field within the timespan', () => {
    const set = ruleSet(corr('correlation: {type: value_count, rules: [ssh_fail], group-by: [src_ip], timespan: 5m, condition: {field: user, gte: 3}}\n'));
    const users = ['a', 'a', 'b', 'b', 'c'].map((u, i) => ({ e: fail('5.5.5.5', u), t: i * 1000 }));
    const ms = collect(set, users);
    expect(titles(ms)).toEqual(['corr']);
    expect(ms[0]).toMatchObject({ count: 3, eventIds: ['ev0', 'ev1', 'ev2', 'ev3', 'ev4'] });
    expect(collect(set, users.slice(0, 4))).toEqual([]);
  });
  it('temporal: all rules seen within the timespan, any order', () => {
    const set = ruleSet(corr('correlation: {type: temporal, rules: [ssh_ok, user_add], group-by: [], timespan: 2m}\n'));
    expect(
      titles(
        collect(set, [
          { e: useradd, t: 0 },
          { e: ok('1.2.3.4'), t: 30_000 },
        ]),
      ),
    ).toEqual(['corr']);
    expect(
      titles(
        collect(set, [
          { e: useradd, t: 0 },
          { e: ok('1.2.3.4'), t: 121_000 },
        ]),
      ),
    ).toEqual([]);
  });
  it('temporal_ordered: only in the listed order', () => {
    const set = ruleSet(corr('correlation: {type: temporal_ordered, rules: [ssh_ok, user_add], group-by: [], timespan: 2m}\n'));
    expect(
      titles(
        collect(set, [
          { e: ok('1.2.3.4'), t: 0 },
          { e: useradd, t: 1000 },
        ]),
      ),
    ).toEqual(['corr']);
    expect(
      titles(
        collect(set, [
          { e: useradd, t: 0 },
          { e: ok('1.2.3.4'), t: 1000 },
        ]),
      ),
    ).toEqual([]);
  });
  it('aliases map one group-by name onto different fields per rule', () => {
    const set = ruleSet(
      corr(
        'correlation:\n  type: temporal\n  rules: [ssh_fail, user_add]\n  group-by: [who]\n  timespan: 1m\n  aliases:\n    who: {ssh_fail: user, user_add: user}\n',
      ),
    );
    expect(
      collect(set, [
        { e: fail('1.1.1.1', 'x'), t: 0 },
        { e: useradd, t: 1 },
      ])[0],
    ).toMatchObject({ rule: { title: 'corr' }, group: { who: 'x' } });
  });
  it('a correlation can use another correlation (brute force, then success)', () => {
    const set = ruleSet(`${base}---
title: brute
name: brute
vigil: {alert: true}
correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 5m, condition: {gte: 3}}
---
title: success after brute force
correlation: {type: temporal_ordered, rules: [brute, ssh_ok], group-by: [src_ip], timespan: 10m}
`);
    const ev = [...[0, 1, 2].map((t) => ({ e: fail('7.7.7.7'), t: t * 1000 })), { e: ok('7.7.7.7'), t: 5000 }, { e: ok('8.8.8.8'), t: 6000 }];
    const ms = collect(set, ev);
    expect(titles(ms)).toEqual(['brute', 'success after brute force']);
    expect(ms[1]).toMatchObject({ group: { src_ip: '7.7.7.7' }, eventIds: ['ev0', 'ev1', 'ev2', 'ev3'] });
  });
  it('referenced rules stay silent unless generate is true', () => {
    const quiet = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {gte: 5}}\n'));
    expect(collect(quiet, [{ e: fail('1.1.1.1'), t: 0 }])).toEqual([]);
    const loud = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {gte: 5}, generate: true}\n'));
    expect(titles(collect(loud, [{ e: fail('1.1.1.1'), t: 0 }]))).toEqual(['ssh failure']);
    const forced = ruleSet(
      corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {gte: 5}}\n').replace(
        'name: ssh_fail',
        'name: ssh_fail\nvigil: {alert: true}',
      ),
    );
    expect(titles(collect(forced, [{ e: fail('1.1.1.1'), t: 0 }]))).toEqual(['ssh failure']);
  });
  it('reports unsupported correlation features by name', () => {
    const set = ruleSet(corr('correlation: {type: event_count, rules: [ssh_fail], group-by: [src_ip], timespan: 1m, condition: {lt: 5}}\n'));
    expect(set.problems.map((p) => p.feature)).toEqual(['correlation:condition:lt']);
  });
});
