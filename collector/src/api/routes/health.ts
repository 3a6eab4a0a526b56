// The collector's own health for signed-in operators: storage (full or not, and why), delivery counters
// and agents flagged "not storing". /healthz says only up or down; this is the detail behind it.
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';

export interface CollectorHealth {
  storage: { full: boolean; reason: string | null; sinceMs: number | null; freeBytes: number | null; minFreeBytes: number; fullWrites: number };
  agentsOnline: number;
  agentsNotStoring: number;
  connections: number;
  ingest: Record<string, number>;
  gateway: Record<string, unknown>;
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
