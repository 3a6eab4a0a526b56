// The collector's own health for signed-in operators: storage (full or not, and why), delivery counters
// and agents flagged "not storing". /healthz says only up or down; this is the detail behind it.
import { z } from 'zod';
import type { Gateway } from '../../gateway/server.js';
import type { Ingest } from '../../ingest/ingest.js';
import type { StorageGuard } from '../../store/space.js';
import { route, type AnyRoute } from '../route.js';

export interface CollectorHealth {
  storage: { full: boolean; reason: string | null; sinceMs: number | null; freeBytes: number | null; minFreeBytes: number; fullWrites: number };
  agentsOnline: number;
  agentsNotStoring: number;
  connections: number;
  /** True while ingest commits nothing: at start, until the correlation windows are rebuilt from stored events. */
  ingestHeld: boolean;
  ingest: Record<string, number>;
  gateway: Record<string, unknown>;
}

/** Storage, delivery and gateway figures (counts only, no names or addresses). */
export function collectorHealth(storage: Pick<StorageGuard, 'view'>, gateway: Gateway, ingest: Pick<Ingest, 'counters' | 'held'>): CollectorHealth {
  const g = gateway.counters;
  return {
    storage: storage.view(),
    agentsOnline: gateway.onlineAgents().length,
    agentsNotStoring: gateway.stalledAgents().length,
    connections: gateway.connectionCount(),
    ingestHeld: ingest.held,
    ingest: { ...ingest.counters },
    gateway: {
      accepted: g.connectionsAccepted,
      refusedAtUpgrade: g.connectionsRefused,
      authenticated: g.authenticated,
      enrolled: g.enrolled,
      malformedFrames: g.malformedFrames,
      oversizedFrames: g.oversizedFrames,
      batches: g.batches,
      identityConflicts: g.identityConflicts,
      sequenceConflicts: g.sequenceConflicts,
      refusals: g.refusals,
    },
  };
}

const healthSchema = z.object({
  storage: z.object({
    full: z.boolean(),
    reason: z.string().nullable(),
    sinceMs: z.number().nullable(),
    freeBytes: z.number().nullable(),
    minFreeBytes: z.number(),
    fullWrites: z.number(),
  }),
  agentsOnline: z.number(),
  agentsNotStoring: z.number(),
  connections: z.number(),
  ingestHeld: z.boolean(),
  ingest: z.record(z.string(), z.number()),
  gateway: z.record(z.string(), z.unknown()),
});

export function healthRoutes(health: () => CollectorHealth): AnyRoute[] {
  return [
    route({
      method: 'get',
      path: '/health',
      access: 'viewer',
      tag: 'meta',
      summary: 'Collector health: storage (full, why, since when), delivery counters, agents connected but not storing',
      response: healthSchema,
      handler: () => health(),
    }),
  ];
}
