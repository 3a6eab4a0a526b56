// Live push to the page: a small in-process hub that services publish to (new alerts, host status changes,
// command progress), fanned out to browsers as server-sent events.
import type { Response } from 'express';

export type LiveTopic = 'alert' | 'agent' | 'command' | 'incident' | 'health';

export interface LiveMessage {
  topic: LiveTopic;
  data: unknown;
}

export interface LivePublisher {
  publish(topic: LiveTopic, data: unknown): void;
  /** Whether anyone listens now: a message that is costly to build is skipped when nobody does. */
  readonly listening: boolean;
}

type Listener = (message: LiveMessage) => void;

/** Who holds a stream, and whether they still may: checked on every message, keep-alive and auth change. */
export interface StreamHolder {
  /** The user the stream counts against (per-user cap). */
  user: string;
  /** False once the caller logged out, was disabled or deleted, or their role changed: the stream ends. */
  stillAllowed(): boolean;
}

export class LiveHub implements LivePublisher {
  private readonly listeners = new Set<Listener>();
  private seq = 0;
  private streams = 0;
  private readonly open = new Map<Response, StreamHolder>();

  publish(topic: LiveTopic, data: unknown): void {
    const message = { topic, data };
    for (const l of this.listeners) l(message);
  }

  get listening(): boolean {
    return this.listeners.size > 0;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Browsers (server-sent event streams) connected now; in-process subscribers are not counted. */
  get streamCount(): number {
    return this.streams;
  }

  /** Streams one user holds now. */
  streamsOf(user: string): number {
    let n = 0;
    for (const h of this.open.values()) if (h.user === user) n++;
    return n;
  }

  /** Re-checks every stream's holder now (after a logout, disable, delete or role change) and ends the refused. */
  recheck(): void {
    for (const [res, holder] of [...this.open]) if (!res.writableEnded && !holder.stillAllowed()) res.end();
  }

  /** Streams the hub to one HTTP response until the client goes away or the holder may no longer see it. */
  stream(res: Response, keepAliveMs: number, holder: StreamHolder): void {
    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    this.open.set(res, holder);
    const unsubscribe = this.subscribe((m) => {
      if (res.writableEnded) return;
      if (!holder.stillAllowed()) return void res.end();
      const json = JSON.stringify(m.data, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
      res.write(`id: ${++this.seq}\nevent: ${m.topic}\ndata: ${json}\n\n`);
    });
    const timer = setInterval(() => {
      if (res.writableEnded) return;
      if (holder.stillAllowed()) res.write(': keep-alive\n\n');
      else res.end();
    }, keepAliveMs);
    timer.unref();
    this.streams++;
    res.on('close', () => {
      this.streams--;
      this.open.delete(res);
      clearInterval(timer);
      unsubscribe();
    });
  }
}
