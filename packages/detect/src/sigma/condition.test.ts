import { describe, expect, it } from 'vitest';
import { parseCondition } from './condition.js';
import { matches, proc, processRule, ruleSet } from '../test/helpers.js';

const sels = `  sel_a:\n    Image|endswith: /bash\n  sel_b:\n    CommandLine|contains: curl\n  filter_x:\n    CurrentDirectory: /tmp\n  _hidden:\n    User: nobody\n`;
const r = (cond: string): string => processRule(`${sels}  condition: ${cond}`);
const curl = proc('/bin/bash', ['bash', '-c', 'curl x'], { cwd: '/root' });
const plain = proc('/bin/bash', ['bash'], { cwd: '/root' });
const inTmp = proc('/bin/bash', ['bash', '-c', 'curl x'], { cwd: '/tmp' });

describe('Sigma conditions', () => {
  it('parses precedence: not binds tighter than and, and tighter than or', () => {
    expect(parseCondition('a or b and not c')).toEqual({
      t: 'or',
      kids: [
        { t: 'sel', name: 'a' },
        {
          t: 'and',
          kids: [
            { t: 'sel', name: 'b' },
            { t: 'not', kid: { t: 'sel', name: 'c' } },
          ],
        },
      ],
    });
  });
  it('and', () => {
    expect(matches(r('sel_a and sel_b'), curl)).toBe(true);
    expect(matches(r('sel_a and sel_b'), plain)).toBe(false);
  });
  it('or', () => {
    expect(matches(r('sel_b or filter_x'), plain)).toBe(false);
    expect(matches(r('sel_a or sel_b'), plain)).toBe(true);
  });
  it('not', () => {
    expect(matches(r('sel_a and not filter_x'), curl)).toBe(true);
    expect(matches(r('sel_a and not filter_x'), inTmp)).toBe(false);
  });
  it('parentheses', () => {
    expect(matches(r('sel_a and (sel_b or filter_x)'), plain)).toBe(false);
    expect(matches(r('(sel_a and sel_b) or filter_x'), curl)).toBe(true);
    expect(matches(r('not (sel_b or filter_x)'), plain)).toBe(true);
  });
  it('1 of x*', () => {
    expect(matches(r('1 of sel_*'), plain)).toBe(true);
    expect(matches(r('1 of filter*'), plain)).toBe(false);
  });
  it('all of x*', () => {
    expect(matches(r('all of sel_*'), curl)).toBe(true);
    expect(matches(r('all of sel_*'), plain)).toBe(false);
  });
  it('1 of them (ignoring _ names)', () => {
    expect(matches(r('1 of them'), plain)).toBe(true);
    expect(matches(r('1 of them'), proc('/bin/ls', ['ls'], { user: 'nobody' }))).toBe(false);
  });
  it('all of them (ignoring _ names)', () => {
    expect(matches(r('all of them'), inTmp)).toBe(true);
    expect(matches(r('all of them'), curl)).toBe(false);
  });
  it('any of is a synonym of 1 of, and a condition list is OR', () => {
    expect(matches(r('any of sel_*'), plain)).toBe(true);
    expect(matches(processRule(`${sels}  condition: [filter_x, sel_a]`), plain)).toBe(true);
  });
  it('reports aggregation, near, unknown selections and syntax errors by name', () => {
    const features = (cond: string): string[] => ruleSet(r(cond)).problems.map((p) => p.feature);
    expect(features('sel_a | count() > 5')).toEqual(['condition:aggregation']);
    expect(features('sel_a near sel_b')).toEqual(['condition:near']);
    expect(features('sel_a and nope')).toEqual(['condition:unknown-selection']);
    expect(features('sel_a and (sel_b')).toEqual(['condition:syntax']);
    expect(features('1 of nothing_*')).toEqual(['condition:unknown-selection']);
  });
});
