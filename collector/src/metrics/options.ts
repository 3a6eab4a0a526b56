// The metrics section of the collector config: the Prometheus endpoint (counts only, no names).
import { z } from '@vigil/config';

export const metricsOptionsSchema = z
  .object({
    /** Serve Prometheus metrics on the collector's port. */
    enabled: z.boolean().default(true),
    path: z.string().regex(/^\/[A-Za-z0-9._/-]*$/).default('/metrics'),
  })
  .strict();
