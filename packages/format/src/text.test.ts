import { describe, expect, it } from 'vitest';
import { textOf } from './text.js';

describe('textOf', () => {
  it('prints stored JSON values as text: scalars as they print, objects as JSON, absent as empty', () => {
    expect(textOf('nginx.service')).toBe('nginx.service');
    expect(textOf(42)).toBe('42');
    expect(textOf(false)).toBe('false');
    expect(textOf(10n)).toBe('10');
    expect(textOf({ unit: 'x' })).toBe('{"unit":"x"}');
    expect(textOf(['a'])).toBe('["a"]');
    expect(textOf(undefined)).toBe('');
    expect(textOf(null)).toBe('');
  });
});
