import { describe, expect, it } from 'vitest';
import { AddressLimits } from './address-limits.js';

// Issue 13 item 5: one global bucket let an unauthenticated flood starve agents' reconnects.
describe('AddressLimits', () => {
  const opts = { perAddressPerSecond: 2, unknownPerSecond: 3, knownForMs: 60_000, maxAddresses: 1000 };

  it('limits each address on its own, and unknown addresses together', () => {
    const now = 0;
    const l = new AddressLimits(opts, () => now);
    expect([1, 2, 3, 4, 5].map(() => l.take('10.0.0.1'))).toEqual([true, true, true, false, false]); // shared bucket: 3
    expect(l.take('10.0.0.2')).toBe(false); // the shared bucket is empty
  });

  it('lets an address that hosts agents skip the shared bucket, at the per-address rate per agent', () => {
    let now = 0;
    const l = new AddressLimits(opts, () => now);
    for (let i = 0; i < 3; i++) l.take(`10.9.9.${i}`); // the flood empties the shared bucket
    l.noteAgent('10.0.0.7', 'a1');
    l.noteAgent('10.0.0.7', 'a2');
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(() => l.take('10.0.0.7')).filter(Boolean)).toHaveLength(8);
    expect(l.take('10.0.0.8')).toBe(false);
    now += 120_000; // known for 60 s only
    expect(l.isKnown('10.0.0.7')).toBe(false);
  });
});
