import { describe, expect, it } from 'vitest';
import { grantWindow } from './window.js';

const o = { maxQueuedEvents: 200_000, maxWindowEvents: 5000, minWindowEvents: 50 };

describe('grantWindow', () => {
  it('shares the free queue among the connected agents, within the configured bounds', () => {
    expect(grantWindow(o, 0, 1)).toBe(5000);
    expect(grantWindow(o, 0, 1000)).toBe(200);
    expect(grantWindow(o, 100_000, 1000)).toBe(100);
    expect(grantWindow(o, 0, 0)).toBe(5000);
  });

  it('never grants less than the minimum, even with the queue past its bound', () => {
    expect(grantWindow(o, 199_999, 1000)).toBe(50);
    expect(grantWindow(o, 900_000, 10_000)).toBe(50);
  });
});
