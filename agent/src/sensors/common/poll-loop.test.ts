import { afterEach, describe, expect, it, vi } from 'vitest';
import { PollLoop, POLL_MS_MAX, POLL_MS_MIN } from './poll-loop.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('PollLoop', () => {
  it('runs one poll at a time and schedules the next only after the previous finished', async () => {
    vi.useFakeTimers();
    let inFlight = 0;
    let maxInFlight = 0;
    let polls = 0;
    const release: Array<() => void> = [];
    const loop = new PollLoop(
      () => {
        polls++;
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        return new Promise<void>((r) =>
          release.push(() => {
            inFlight--;
            r();
          }),
        );
      },
      100,
      () => {},
    );
    loop.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(polls).toBe(1); // the first poll has not finished, so no second one started
    release.shift()!();
    await vi.advanceTimersByTimeAsync(100);
    expect(polls).toBe(2);
    expect(maxInFlight).toBe(1);
    release.shift()!();
    await loop.stop();
  });

  it('stop waits for the poll in flight and nothing runs afterwards', async () => {
    vi.useFakeTimers();
    let polls = 0;
    let finished = false;
    let release!: () => void;
    const loop = new PollLoop(
      () => {
        polls++;
        return new Promise<void>(
          (r) =>
            (release = () => {
              finished = true;
              r();
            }),
        );
      },
      50,
      () => {},
    );
    loop.start();
    await vi.advanceTimersByTimeAsync(50);
    const stopping = loop.stop();
    release();
    await stopping;
    expect(finished).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(polls).toBe(1);
  });

  it('reports a failing poll and keeps polling', async () => {
    vi.useFakeTimers();
    const errors: unknown[] = [];
    let polls = 0;
    const loop = new PollLoop(
      () => {
        polls++;
        throw new Error('boom');
      },
      10,
      (err) => errors.push(err),
    );
    loop.start();
    await vi.advanceTimersByTimeAsync(35);
    await loop.stop();
    expect(polls).toBe(3);
    expect(errors).toHaveLength(3);
  });

  it('clamps a pushed interval to its bounds', () => {
    const loop = new PollLoop(
      () => {},
      250,
      () => {},
    );
    loop.setIntervalMs(1);
    expect(loop.intervalMs).toBe(POLL_MS_MIN);
    loop.setIntervalMs(10_000_000);
    expect(loop.intervalMs).toBe(POLL_MS_MAX);
    loop.setIntervalMs(333.7);
    expect(loop.intervalMs).toBe(333);
  });
});
