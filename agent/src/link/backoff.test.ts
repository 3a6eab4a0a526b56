import { describe, expect, it } from 'vitest';
import { Backoff } from './backoff.js';

describe('backoff', () => {
  it('doubles its ceiling per attempt up to the cap', () => {
    const b = new Backoff({ baseMs: 100, maxMs: 1000, random: () => 0.999999 });
    const delays = Array.from({ length: 7 }, () => b.next());
    expect(delays).toEqual([99, 199, 399, 799, 999, 999, 999]);
  });

  it('draws the full range [0, ceiling) (full jitter)', () => {
    const zero = new Backoff({ baseMs: 100, maxMs: 1000, random: () => 0 });
    expect([zero.next(), zero.next(), zero.next()]).toEqual([0, 0, 0]);
    const real = new Backoff({ baseMs: 1000, maxMs: 1000 });
    const seen = Array.from({ length: 200 }, () => real.next());
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...seen)).toBeLessThan(1000);
    expect(new Set(seen).size).toBeGreaterThan(50);
  });

  it('starts over after reset', () => {
    const b = new Backoff({ baseMs: 10, maxMs: 10_000, random: () => 0.5 });
    b.next();
    b.next();
    b.next();
    b.reset();
    expect(b.next()).toBe(5);
  });
});
