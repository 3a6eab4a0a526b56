// Ingest: batches from all connections are queued and committed together (group commit: one transaction and one
// fsync for many agents' batches, waiting at most commitDelayMs for more), the IngestStage list runs inside it,
// and each batch's ack is released only after the commit returned. Nothing is refused for load: agents are held
// to the windows they are granted (window.ts); past a hard bound the batches read wait in their sessions (so pings,
// heartbeats and command results are still read), and past a second bound on those sockets stop being read.
import type { Logger } from '@vigil/logger';
import type { vigil } from '@vigil/proto';
import type { EventStore, InsertBatch } from '../events/types.js';
import type { IngestStage } from './stage.js';
import type { IngestTopics } from './topics.js';
import type { EventBus } from '../core/bus.js';
import { CollectorError } from '../errors.js';
import type { StorageGuard } from '../store/space.js';
import type { IngestOptionsConfig } from './options.js';
import { grantWindow } from './window.js';

export interface IngestCounters {
  batches: number;
  events: number;
  duplicates: number;
  transactions: number;
  failures: number;
  stageFailures: number;
  /** Times the queue passed pauseAtQueuedEvents: batches read after that wait in their sessions until it drains. */
  pauses: number;
  /** Times a session stopped reading its socket because the waiting batches passed maxParkedEvents. */
  readStops: number;
}

type Done = (err: Error | undefined, ackedSeq: number) => void;
interface Work extends InsertBatch {
  done: Done;
}

export interface IngestOptions {
  store: EventStore;
  stages: readonly IngestStage[];
  logger: Logger;
  limits: IngestOptionsConfig;
  /** Where each commit's newly stored events are announced (outside the transaction): live views, metrics. */
  bus?: EventBus<IngestTopics>;
  /** While storage is full nothing is attempted (and so nothing acked); a write failing for space says so here. */
  storage?: StorageGuard;
}

export class Ingest {
  readonly counters: IngestCounters = { batches: 0, events: 0, duplicates: 0, transactions: 0, failures: 0, stageFailures: 0, pauses: 0, readStops: 0 };
  private queue: Work[] = [];
  private queued = 0;
  private parked = 0;
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private paused = false;
  private holding = false;
  private closed = false;
  private readonly resumers = new Set<() => void>();

  constructor(private readonly options: IngestOptions) {}

  /** Events waiting for a transaction. */
  get queuedEvents(): number {
    return this.queued;
  }

  /** True while batches must wait in their sessions (not submitted): the queue is past its hard bound. */
  get overloaded(): boolean {
    return this.paused;
  }

  /** Events sessions hold back because the queue is past its hard bound. */
  get parkedEvents(): number {
    return this.parked;
  }

  /**
   * A session holds back `n` more events while overloaded; false once all sessions hold more than
   * maxParkedEvents, and then that session stops reading its socket until the queue drains (the last resort).
   */
  park(n: number): boolean {
    this.parked += n;
    if (this.parked <= this.options.limits.maxParkedEvents) return true;
    this.counters.readStops++;
    return false;
  }

  /** Events held back by a session are submitted now, or went with its connection. */
  unpark(n: number): void {
    this.parked -= n;
  }

  /** True while commits wait for holdUntil()'s promise. */
  get held(): boolean {
    return this.holding;
  }

  /**
   * Commits nothing until `ready` settles (detection's correlation windows rebuilt at start): batches queue,
   * agents are held to their windows and then past the hard bound stop being read, and nothing is acked.
   */
  holdUntil(ready: Promise<unknown>): void {
    this.holding = true;
    const release = (): void => {
      this.holding = false;
      if (this.queue.length > 0 && !this.immediate && !this.closed) this.immediate = setImmediate(() => this.flush());
    };
    ready.then(release, release);
  }

  /**
   * The window to grant an agent now (unacked events it may have in flight), with `agents` connected. Events
   * held back in sessions count as held: the acks of a commit that drains the queue go out before they are
   * submitted.
   */
  window(agents: number): number {
    return grantWindow(this.options.limits, this.queued + this.parked, agents);
  }

  /** The largest window ever granted: an agent holding more unacked events than this is refused. */
  get maxWindowEvents(): number {
    return this.options.limits.maxWindowEvents;
  }

  /** Calls `resume` once the queue has drained below maxQueuedEvents (at once if it is not overloaded). */
  whenDrained(resume: () => void): void {
    if (!this.paused) resume();
    else this.resumers.add(resume);
  }

  /** Queues one authenticated, validated batch (with each event's wire bytes when known); `done` runs after its transaction. */
  submit(agentId: string, events: readonly vigil.v1.IEvent[], done: Done, bodies?: readonly Uint8Array[]): void {
    this.queue.push({ agentId, events, done, ...(bodies ? { bodies } : {}) });
    this.queued += events.length;
    const { pauseAtQueuedEvents, maxTransactionEvents, commitDelayMs } = this.options.limits;
    if (!this.paused && this.queued >= pauseAtQueuedEvents) {
      this.paused = true;
      this.counters.pauses++;
      // said the first time and then every 1000th: under sustained overload this is the steady state, not news
      if (this.counters.pauses % 1000 === 1)
        this.options.logger.warn(
          { queuedEvents: this.queued, pauses: this.counters.pauses },
          "ingest queue past its hard bound: agents' batches wait in their sessions until it drains",
        );
    }
    if (this.immediate || this.holding) return;
    if (this.queued >= maxTransactionEvents || commitDelayMs === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.immediate = setImmediate(() => this.flush());
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), commitDelayMs);
    }
  }

  /** Commits what is queued, up to maxTransactionEvents; what is left goes in the next turn's transaction. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.immediate = undefined;
    if (this.holding) return;
    const work = this.take();
    if (this.queue.length > 0) this.immediate = setImmediate(() => this.flush());
    if (work.length > 0) this.commit(work);
    if (this.paused && this.queued < this.options.limits.maxQueuedEvents) {
      this.paused = false;
      const resumers = [...this.resumers];
      this.resumers.clear();
      for (const resume of resumers) resume();
    }
  }

  /** Commits everything queued now, in as many transactions as it takes (graceful stop); nothing while held. */
  drain(): void {
    while (this.queue.length > 0 && !this.holding) this.flush();
    this.close();
  }

  /** Stops the timers; queued batches are not committed (their agents resend what was never acked). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = undefined;
    this.immediate = undefined;
  }

  private take(): Work[] {
    const max = this.options.limits.maxTransactionEvents;
    let n = 0;
    let events = 0;
    while (n < this.queue.length && (n === 0 || events + this.queue[n]!.events.length <= max)) events += this.queue[n++]!.events.length;
    const work = this.queue.splice(0, n);
    this.queued -= events;
    return work;
  }

  private commit(work: Work[]): void {
    const { store, stages, logger, storage } = this.options;
    if (storage?.full) {
      const err = new CollectorError('VIGIL_ERR_STORE_FULL');
      for (const w of work) w.done(err, 0);
      return;
    }
    let results;
    try {
      results = store.insertBatches(work, (agentId, inserted) => {
        for (const stage of stages) {
          // A failing stage must not block storage and acks of every agent: it is logged and counted.
          // Stages that write several rows wrap them in db.transaction() (a savepoint here) to stay atomic.
          try {
            stage.onEvents(agentId, inserted);
          } catch (err) {
            this.counters.stageFailures++;
            logger.error({ err, stage: stage.name, agentId }, 'ingest stage failed');
          }
        }
      });
    } catch (err) {
      this.counters.failures++;
      storage?.noteFailure(err, 'ingest');
      logger.error({ err, batches: work.length }, 'ingest transaction failed; batches not acked');
      for (const w of work) w.done(err as Error, 0);
      return;
    }
    this.counters.transactions++;
    for (let i = 0; i < work.length; i++) {
      const w = work[i]!;
      const r = results[i]!;
      this.counters.batches++;
      this.counters.events += r.inserted.length;
      this.counters.duplicates += r.duplicates;
      if (r.inserted.length > 0) this.options.bus?.publish('events.stored', { agentId: w.agentId, events: r.inserted });
      w.done(undefined, r.ackedSeq);
    }
  }
}
