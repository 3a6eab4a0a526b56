import { describe, expect, it } from 'vitest';
import { TokenBucket } from './limiter.js';

describe('TokenBucket', () => {
  it('allows a burst, then the refill rate', () => {
    let now = 0;
    const b = new TokenBucket(2, 2, () => now);
    expect([b.take(), b.take(), b.take()]).toEqual([true, true, false]);
    now = 499;
    expect(b.take()).toBe(false);
    now = 500;
    expect(b.take()).toBe(true);
    now = 10_000;
    expect([b.take(), b.take(), b.take()]).toEqual([true, true, false]);
  });
});
