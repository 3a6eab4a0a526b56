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

  it('keeps the ceiling low for a while after an online connection dropped, then grows again', () => {
    const b = new Backoff({ baseMs: 500, maxMs: 30_000, recentMaxMs: 2000, recentWindowMs: 60_000, random: () => 0.999999 });
    b.lost(1000);
    const during = Array.from({ length: 8 }, () => b.next(1000 + 30_000));
    expect(during).toEqual([499, 999, 1999, 1999, 1999, 1999, 1999, 1999]);
    expect(b.next(1000 + 60_000)).toBe(29_999); // the window is over: the exponential it grew to meanwhile
  });

  it('ends the short window on a refusal that is not a restart', () => {
    const b = new Backoff({ baseMs: 500, maxMs: 30_000, recentMaxMs: 2000, recentWindowMs: 60_000, random: () => 0.999999 });
    b.lost(0);
    for (let i = 0; i < 5; i++) b.next(10);
    expect(b.ceiling(10)).toBe(2000);
    b.refused('VIGIL_ERR_GATEWAY_SHUTDOWN'); // a restart: the window holds
    expect(b.ceiling(10)).toBe(2000);
    b.refused('VIGIL_ERR_GATEWAY_AUTH_FAILED');
    expect(b.ceiling(10)).toBe(16_000);
  });

  it('without a recent loss the window changes nothing', () => {
    const b = new Backoff({ baseMs: 500, maxMs: 30_000, recentMaxMs: 2000, recentWindowMs: 60_000, random: () => 0.999999 });
    expect(Array.from({ length: 5 }, () => b.next(10))).toEqual([499, 999, 1999, 3999, 7999]);
  });
});
