// Named limits of the inventory sensor, with safe defaults; the agent config embeds this fragment.
import { z } from '@vigil/config';

export const inventorySensorOptions = z
  .object({
    enabled: z.boolean().default(true),
    /** How often the inventory is collected again; an event is sent only when it changed. */
    checkMs: z
      .number()
      .int()
      .min(10_000)
      .default(15 * 60_000),
    /** Folders whose unit files name the host's systemd services. */
    unitDirs: z.array(z.string().startsWith('/')).default(['/etc/systemd/system', '/run/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system']),
    /** Upper bound on listed services. */
    maxServices: z.number().int().min(0).default(4096),
    machineIdPath: z.string().default('/etc/machine-id'),
    /** Collect in a short-lived child process (keeps systeminformation out of the agent's memory). */
    childProcess: z.boolean().default(true),
    /** Deadline and output bound of that child. */
    childTimeoutMs: z.number().int().min(1000).max(300_000).default(30_000),
    childMaxBytes: z
      .number()
      .int()
      .min(4096)
      .max(16 * 1024 * 1024)
      .default(1024 * 1024),
  })
  .strict();

export type InventorySensorOptions = z.output<typeof inventorySensorOptions>;
