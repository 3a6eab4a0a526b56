import { describe, expect, it } from 'vitest';
import { DeliveryWatch } from './delivery.js';

describe('DeliveryWatch', () => {
  it('flags an agent owed events with nothing stored for stalledAfterMs, and clears once they are stored', () => {
    let now = 1000;
    const w = new DeliveryWatch(() => now, 500, 10, 10);
    w.sent(30, 10);
    now += 499;
    expect(w.view().stalled).toBe(false);
    now += 1;
    expect(w.view()).toEqual({ agentSeq: 30, heldSeq: 10, stalled: true, stalledSinceMs: 1000 });
    w.stored(30);
    expect(w.view().stalled).toBe(false);
  });

  it('does not flag an idle agent with nothing owed, and a debt starts when it appears', () => {
    let now = 0;
    const w = new DeliveryWatch(() => now, 100, 5, 5);
    now = 10_000;
    expect(w.view().stalled).toBe(false);
    w.sent(6, 5);
    now += 99;
    expect(w.view().stalled).toBe(false);
    w.stored(5); // a batch of duplicates: no progress on what is owed
    now += 1;
    expect(w.view().stalled).toBe(true);
  });
});
