// The hosts feature's settings (config section `hosts`).
import { z } from '@vigil/config';

export const hostsOptionsSchema = z
  .object({
    /** Events per host and kind group replayed at start to rebuild its process and connection tables. */
    replayEvents: z.number().int().min(0).max(1_000_000).default(20_000),
  })
  .strict();

export type HostsOptions = z.output<typeof hostsOptionsSchema>;
