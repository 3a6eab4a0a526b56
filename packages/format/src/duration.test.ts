import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration.js';

describe('formatDuration', () => {
  it('formats durations for people', () => {
    expect(formatDuration(450)).toBe('450 ms');
    expect(formatDuration(62_000)).toBe('1m 02s');
    expect(formatDuration(3_723_000)).toBe('1h 02m 03s');
    expect(formatDuration(null)).toBe('n/a');
  });
});
