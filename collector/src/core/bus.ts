// One typed in-process event bus: a feature announces what happened (events stored, an alert raised, a
// command changed, an agent online) and others react, without knowing each other. The browser stream is one
// subscriber among others. Behind the EventBus interface so a cross-node transport can take over later.
import type { Logger } from '@vigil/logger';

/** A topic map: topic name to payload type. Each feature declares the topics it publishes in its types.ts. */
export type Topics = object;

export type Handler<P> = (payload: P) => void;

export interface EventBus<T extends Topics> {
  /** Delivers synchronously to every subscriber in subscription order; one subscriber's throw never reaches the publisher. */
  publish<K extends keyof T & string>(topic: K, payload: T[K]): void;
  /** Returns the unsubscribe function. */
  subscribe<K extends keyof T & string>(topic: K, handler: Handler<T[K]>): () => void;
  /** At shutdown, before storage closes: later news (agents disconnecting) reaches nobody. */
  close(): void;
}

export class InProcessBus<T extends Topics> implements EventBus<T> {
  private readonly handlers = new Map<string, Set<Handler<never>>>();
  private closed = false;

  constructor(private readonly logger: Logger) {}

  publish<K extends keyof T & string>(topic: K, payload: T[K]): void {
    const set = this.handlers.get(topic);
    if (!set || this.closed) return;
    for (const h of [...set]) {
      try {
        (h as Handler<T[K]>)(payload);
      } catch (err) {
        this.logger.error({ err, topic }, 'bus subscriber failed');
      }
    }
  }

  subscribe<K extends keyof T & string>(topic: K, handler: Handler<T[K]>): () => void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    return () => void set.delete(handler);
  }

  close(): void {
    this.closed = true;
  }
}
