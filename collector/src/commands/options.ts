// The commands feature's settings (config section `commands`).
import { z } from '@vigil/config';

export const commandsOptionsSchema = z
  .object({
    /** How often overdue commands expire and pending ones go to online agents (rows other processes wrote, too). */
    sweepIntervalMs: z.number().int().min(100).max(600_000).default(1000),
  })
  .strict();

export type CommandsOptions = z.output<typeof commandsOptionsSchema>;
