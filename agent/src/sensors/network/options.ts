// Named limits of the network sensor, with safe defaults; the agent config embeds this fragment.
import { z } from '@vigil/config';

export const networkSensorOptions = z
  .object({
    enabled: z.boolean().default(true),
    /**
     * Where connections come from. auto / audit: the kernel's connect and accept records (with the process,
     * however short the connection), listeners from the socket table poll; poll: the socket tables only.
     */
    source: z.enum(['auto', 'audit', 'poll']).default('auto'),
    /** Root of the proc filesystem (a fixture tree in tests); tables are read from PROCROOT/net. */
    procRoot: z.string().default('/proc'),
    /**
     * How often the socket tables are read. Each read walks the kernel's whole TCP hash table (about
     * 1 ms per table on a large-memory host), so the default trades latency for idle cost. A connection
     * that opens and closes between two polls is still seen while in TIME_WAIT, but without its process.
     */
    pollMs: z.number().int().min(20).max(60_000).default(1000),
    /** Largest socket table read per file (bytes); a bigger table is cut and reported as a problem. */
    maxTableBytes: z
      .number()
      .int()
      .min(4096)
      .default(8 * 1024 * 1024),
    /** Upper bound on tracked connections plus listeners. */
    maxTracked: z.number().int().min(16).default(65_536),
    /** Emit an event (closed = true) when a reported connection goes away. */
    reportClosed: z.boolean().default(true),
    /** Report connections and listeners that already exist when the sensor starts. */
    reportExisting: z.boolean().default(true),
  })
  .strict();

export type NetworkSensorOptions = z.output<typeof networkSensorOptions>;
