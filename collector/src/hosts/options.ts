// The hosts feature's settings (config section `agents:`): the agent table's limits and the host picture's
// start-up replay, each named here with a safe default.
import { z } from '@vigil/config';

const KiB = 1024;

export const agentsOptionsSchema = z
  .object({
    /**
     * Largest enrollment inventory kept per agent, as JSON bytes (a host with a thousand systemd units is
     * about 40 KiB). An enrollment with a larger one is refused before its token is spent.
     */
    maxInventoryBytes: z
      .number()
      .int()
      .min(4 * KiB)
      .max(16 * 1024 * KiB)
      .default(256 * KiB),
    /** Events per host and kind group replayed at start to rebuild its process and connection tables. */
    replayEvents: z.number().int().min(0).max(1_000_000).default(20_000),
  })
  .strict();

export type AgentsOptions = z.output<typeof agentsOptionsSchema>;

export const defaultAgentsOptions = (): AgentsOptions => agentsOptionsSchema.parse({});
