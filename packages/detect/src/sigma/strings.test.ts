import { describe, expect, it } from 'vitest';
import { compileString, testString } from './strings.js';

const m = (pattern: string, value: string, mode: 'eq' | 'contains' = 'eq'): boolean => testString(compileString(pattern, mode, true), value.toLowerCase());

describe('Sigma wildcard strings', () => {
  it('reduce to equality, prefix, suffix and substring tests when they can', () => {
    expect(compileString('abc', 'eq', true).kind).toBe('eq');
    expect(compileString('abc*', 'eq', true).kind).toBe('startswith');
    expect(compileString('*abc', 'eq', true).kind).toBe('endswith');
    expect(compileString('abc', 'contains', true).kind).toBe('contains');
    expect(compileString('*', 'eq', true).kind).toBe('any');
  });
  it('match inner stars with leftmost placement, anchored ends respected', () => {
    expect(m('a*b', 'ab')).toBe(true);
    expect(m('a*b', 'axxb')).toBe(true);
    expect(m('a*b', 'axxbc')).toBe(false);
    expect(m('aba*aba', 'aba')).toBe(false);
    expect(m('aba*aba', 'abaaba')).toBe(true);
    expect(m('wget *; chmod +x', 'x wget http://a; chmod +x /tmp/a', 'contains')).toBe(true);
    expect(m('wget *; chmod +x', 'x wget http://a; chmod 644 /tmp/a', 'contains')).toBe(false);
    expect(m('ping -c 2 *; grep * /proc/net/arp >/tmp/gx', 'ping -c 2 10.0.0.1; grep 10.0 /proc/net/arp >/tmp/gx', 'contains')).toBe(true);
  });
  it('match ? as exactly one character, mixed with stars', () => {
    expect(m('ba?h', 'bash')).toBe(true);
    expect(m('ba?h', 'bah')).toBe(false);
    expect(m('/usr/*/ba?h', '/usr/local/bin/bash')).toBe(true);
    expect(m('*a?c*', 'xxabcxx')).toBe(true);
    expect(m('*a?c*', 'xxacxx')).toBe(false);
  });
  it('stays correct on long adversarial values (no backtracking blow-up)', () => {
    const v = `${'wget '.repeat(20_000)}x`;
    expect(m('wget *; chmod +x', v, 'contains')).toBe(false);
    expect(m('*a*a*a*a*b', 'a'.repeat(50_000))).toBe(false);
    expect(m('*a?a?a?b', 'a'.repeat(2_000))).toBe(false);
  });
});
