// The audit log's settings (config section `audit`): aggregation of refused unauthenticated requests, and retention.
import { z } from '@vigil/config';

export const auditOptionsSchema = z
  .object({
    /** Refused unauthenticated requests from one source are counted in one row per window of this length. */
    refusedWindowMs: z.number().int().min(100).max(3_600_000).default(60_000),
    /** Windows counted at once; beyond this, new sources fold into one row with source "*". */
    maxAggregates: z.number().int().min(10).max(1_000_000).default(10_000),
    maxAgeDays: z.number().positive().max(36_500).default(365),
    maxRows: z.number().int().min(100).max(1_000_000_000).default(2_000_000),
  })
  .strict();

export type AuditOptions = z.output<typeof auditOptionsSchema>;
