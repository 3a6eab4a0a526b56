// Named limits of the health sensor, with safe defaults; the agent config embeds this fragment.
import { z } from '@vigil/config';

export const healthSensorOptions = z
  .object({
    enabled: z.boolean().default(true),
    /** How often a health event is sent. */
    intervalMs: z.number().int().min(1000).default(60_000),
  })
  .strict();

export type HealthSensorOptions = z.output<typeof healthSensorOptions>;
