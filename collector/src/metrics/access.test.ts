import { describe, expect, it } from 'vitest';
import { metricsAllowed } from './module.js';

// Issue 13 item 12: /metrics answered anyone.
describe('metricsAllowed', () => {
  it('without a token answers loopback callers only', () => {
    expect(metricsAllowed(undefined, undefined, '127.0.0.1')).toBe(true);
    expect(metricsAllowed(undefined, undefined, '::1')).toBe(true);
    expect(metricsAllowed(undefined, undefined, '::ffff:127.0.0.1')).toBe(true);
    expect(metricsAllowed(undefined, undefined, '192.0.2.7')).toBe(false);
    expect(metricsAllowed(undefined, undefined, '::ffff:10.0.0.1')).toBe(false);
  });
  it('with a token needs exactly that bearer token, from anywhere', () => {
    const t = 'x'.repeat(40);
    expect(metricsAllowed(t, `Bearer ${t}`, '192.0.2.7')).toBe(true);
    expect(metricsAllowed(t, undefined, '127.0.0.1')).toBe(false);
    expect(metricsAllowed(t, `Bearer ${t}x`, '127.0.0.1')).toBe(false);
  });
});
