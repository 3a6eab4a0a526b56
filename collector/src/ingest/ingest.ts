// Ingest: batches from all connections are queued and committed together in one transaction
// (group commit: one fsync for many agents), the IngestStage list runs inside it, and each
// batch's ack is released only after the commit returned.
import type { Logger } from '@vigil/logger';
import type { vigil } from '@vigil/proto';
import type { EventStore } from '../events/types.js';
import type { IngestStage } from './stage.js';
import type { IngestTopics } from './topics.js';
import type { EventBus } from '../core/bus.js';
import { CollectorError } from '../errors.js';
import type { StorageGuard } from '../store/space.js';

export interface IngestCounters {
  batches: number;
  events: number;
  duplicates: number;
  transactions: number;
  failures: number;
  stageFailures: number;
}

type Done = (err: Error | undefined, ackedSeq: number) => void;

export interface IngestOptions {
  store: EventStore;
  stages: readonly IngestStage[];
  logger: Logger;
  /** Batches waiting for the next transaction; beyond this submit() refuses. */
  maxQueuedBatches: number;
  /** Events waiting for the next transaction (bounds memory together with gateway.maxPayloadBytes). */
  maxQueuedEvents?: number;
  /** Where each commit's newly stored events are announced (outside the transaction): live views, metrics. */
  bus?: EventBus<IngestTopics>;
  /** While storage is full nothing is attempted (and so nothing acked); a write failing for space says so here. */
  storage?: StorageGuard;
}

export class Ingest {
  readonly counters: IngestCounters = { batches: 0, events: 0, duplicates: 0, transactions: 0, failures: 0, stageFailures: 0 };
  private queue: Array<{ agentId: string; events: readonly vigil.v1.IEvent[]; done: Done }> = [];
  private scheduled = false;
  private queuedEvents = 0;

  constructor(private readonly options: IngestOptions) {}

  /** Queues one authenticated, validated batch. Returns false when the queue is full (caller sheds load). */
  submit(agentId: string, events: readonly vigil.v1.IEvent[], done: Done): boolean {
    if (this.queue.length >= this.options.maxQueuedBatches) return false;
    if (this.queue.length > 0 && this.queuedEvents + events.length > (this.options.maxQueuedEvents ?? Infinity)) return false;
    this.queue.push({ agentId, events, done });
    this.queuedEvents += events.length;
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    return true;
  }

  /** Commits everything queued now. */
  flush(): void {
    this.scheduled = false;
    const work = this.queue;
    this.queue = [];
    this.queuedEvents = 0;
    if (work.length === 0) return;
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
