// The metrics section of the collector config: the Prometheus endpoint (counts only, no names).
import { z } from '@vigil/config';

export const metricsOptionsSchema = z
  .object({
    /** Serve Prometheus metrics on the collector's port. */
    enabled: z.boolean().default(true),
    path: z
      .string()
      .regex(/^\/[A-Za-z0-9._/-]*$/)
      .default('/metrics'),
    /**
     * Bearer token a scraper presents (at least 32 characters). Without one, /metrics answers only callers
     * on a loopback address: the counts (alerts by severity, commands by action) are an oracle for an intruder.
     */
    token: z.string().min(32).max(512).optional(),
  })
  .strict();

export type MetricsOptions = z.output<typeof metricsOptionsSchema>;
