import { describe, expect, it } from 'vitest';
import { boundValue } from './bound.js';

const b = { maxStringBytes: 10, maxListEntries: 3 };

describe('boundValue', () => {
  it('leaves payloads within bounds untouched (same object)', () => {
    const p = { log: { raw: 'short', fields: { a: '1' } }, argv: ['a', 'b'] };
    expect(boundValue(p, b)).toBe(p);
  });
  it('cuts long strings on a UTF-8 boundary and shortens lists and maps', () => {
    const p = { log: { raw: 'éééééééééé', fields: { a: '1', b: '2', c: '3', d: '4' } }, argv: ['1', '2', '3', '4', '5'] };
    const out = boundValue(p, b);
    expect(Buffer.byteLength(out.log.raw)).toBeLessThanOrEqual(10);
    expect(out.log.raw).toBe('ééééé');
    expect(Object.keys(out.log.fields)).toHaveLength(3);
    expect(out.argv).toEqual(['1', '2', '3']);
    expect(p.argv).toHaveLength(5); // the input is not modified
  });
});
