import { describe, expect, it } from 'vitest';
import { memoryLogger } from '@vigil/logger';
import { InProcessBus, type EventBus } from './bus.js';

interface T {
  'a.happened': { n: number };
  'b.happened': { s: string };
}

function capture() {
  const { logger, records } = memoryLogger('error');
  return { logger, records };
}

describe('InProcessBus', () => {
  it('delivers a topic to its subscribers in order, and only that topic', () => {
    const bus = new InProcessBus<T>(capture().logger);
    const seen: string[] = [];
    bus.subscribe('a.happened', (p) => seen.push(`1:${p.n}`));
    bus.subscribe('a.happened', (p) => seen.push(`2:${p.n}`));
    bus.subscribe('b.happened', (p) => seen.push(`b:${p.s}`));
    bus.publish('a.happened', { n: 7 });
    expect(seen).toEqual(['1:7', '2:7']);
  });

  it('keeps a failing subscriber from the publisher and from the others, and logs it', () => {
    const { logger, records } = capture();
    const bus = new InProcessBus<T>(logger);
    const seen: number[] = [];
    bus.subscribe('a.happened', () => {
      throw new Error('boom');
    });
    bus.subscribe('a.happened', (p) => seen.push(p.n));
    expect(() => bus.publish('a.happened', { n: 1 })).not.toThrow();
    expect(seen).toEqual([1]);
    expect(records).toEqual([expect.objectContaining({ msg: 'bus subscriber failed', topic: 'a.happened' })]);
  });

  it('stops delivering after unsubscribe, also when a handler unsubscribes during delivery', () => {
    const bus = new InProcessBus<T>(capture().logger);
    const seen: number[] = [];
    const off = bus.subscribe('a.happened', (p) => {
      seen.push(p.n);
      off();
    });
    bus.publish('a.happened', { n: 1 });
    bus.publish('a.happened', { n: 2 });
    expect(seen).toEqual([1]);
  });

  it('delivers nothing once closed (shutdown: storage is about to close)', () => {
    const bus = new InProcessBus<T>(capture().logger);
    const seen: number[] = [];
    bus.subscribe('a.happened', (p) => seen.push(p.n));
    bus.publish('a.happened', { n: 1 });
    bus.close();
    bus.publish('a.happened', { n: 2 });
    expect(seen).toEqual([1]);
  });

  it('is usable where a feature asks only for the topics it knows', () => {
    const bus = new InProcessBus<T>(capture().logger);
    const onlyA: EventBus<Pick<T, 'a.happened'>> = bus;
    const seen: number[] = [];
    bus.subscribe('a.happened', (p) => seen.push(p.n));
    onlyA.publish('a.happened', { n: 3 });
    expect(seen).toEqual([3]);
  });
});
