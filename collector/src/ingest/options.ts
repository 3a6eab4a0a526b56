// Ingest settings in the collector config (`ingest:`): how batches are grouped into transactions and how much
// the collector lets agents have in flight. Memory held by ingest is bounded by these, not by the offered load.
import { z } from '@vigil/config';

export const ingestOptionsSchema = z
  .object({
    /**
     * Events held for storage (queued plus in the running transaction) that the collector aims for: agents'
     * windows shrink as the queue fills, so a fleet sending faster than storage waits in its spools. A held
     * event costs a few KB decoded (BENCHMARKS.md, fleet), so this is a memory bound too.
     */
    maxQueuedEvents: z.number().int().min(1000).max(10_000_000).default(50_000),
    /**
     * Past this many held events nothing more is submitted until the queue drains below maxQueuedEvents: the
     * batches read meanwhile wait in their sessions, so pings, heartbeats and command results are still read and
     * answered. A bound against agents that ignore their window. Connections stay open.
     */
    pauseAtQueuedEvents: z.number().int().min(1000).max(20_000_000).default(100_000),
    /**
     * Past this many events waiting in sessions (all of them together), a session that reads another batch stops
     * reading its socket until the queue drains: the hard memory bound, with pings and commands waiting too.
     */
    maxParkedEvents: z.number().int().min(0).max(20_000_000).default(50_000),
    /** Largest window (unacked events) granted to one agent; an agent holding more is refused. */
    maxWindowEvents: z.number().int().min(1).max(100_000).default(5000),
    /** Smallest window granted, however full the queue: every agent keeps moving. */
    minWindowEvents: z.number().int().min(1).max(100_000).default(20),
    /** A transaction waits this long for more batches before it commits (group commit; 0: next turn). */
    commitDelayMs: z.number().int().min(0).max(1000).default(5),
    /**
     * Events one transaction takes at most; the rest wait for the next, so sockets are read in between. With
     * every index and the full-text row an insert costs ~0.1 ms here: 5,000 hold the thread about half a second.
     */
    maxTransactionEvents: z.number().int().min(1).max(1_000_000).default(5000),
  })
  .strict()
  .refine((o) => o.minWindowEvents <= o.maxWindowEvents, { message: 'minWindowEvents must not exceed maxWindowEvents' })
  .refine((o) => o.pauseAtQueuedEvents >= o.maxQueuedEvents, { message: 'pauseAtQueuedEvents must be at least maxQueuedEvents' });

export type IngestOptionsConfig = z.infer<typeof ingestOptionsSchema>;
