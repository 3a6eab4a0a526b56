// Live push to the page: a small in-process hub that services publish to (new alerts, host status changes,
// command progress), fanned out to browsers as server-sent events.
import type { Response } from 'express';

export type LiveTopic = 'alert' | 'agent' | 'command' | 'incident';

export interface LiveMessage {
  topic: LiveTopic;
  data: unknown;
}

export interface LivePublisher {
  publish(topic: LiveTopic, data: unknown): void;
}

type Listener = (message: LiveMessage) => void;

export class LiveHub implements LivePublisher {
  private readonly listeners = new Set<Listener>();
  private seq = 0;
  private streams = 0;

  publish(topic: LiveTopic, data: unknown): void {
    const message = { topic, data };
    for (const l of this.listeners) l(message);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Browsers (server-sent event streams) connected now; in-process subscribers are not counted. */
  get streamCount(): number {
    return this.streams;
  }

  /** Streams the hub to one HTTP response until the client goes away. */
  stream(res: Response, keepAliveMs: number): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    const unsubscribe = this.subscribe((m) => {
      const json = JSON.stringify(m.data, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
      res.write(`id: ${++this.seq}\nevent: ${m.topic}\ndata: ${json}\n\n`);
    });
    const timer = setInterval(() => res.write(': keep-alive\n\n'), keepAliveMs);
    timer.unref();
    this.streams++;
    res.on('close', () => {
      this.streams--;
      clearInterval(timer);
      unsubscribe();
    });
  }
}
