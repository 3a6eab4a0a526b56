// Command settings in the collector config (`commands:`): how long a command stays valid, how often
// the sweep expires and delivers, how many rows one history read returns, and the two-person rule for
// containment of many hosts at once. Each a named option with a safe default.
import { z } from '@vigil/config';

const DAY_MS = 86_400_000;

export const commandsOptionsSchema = z
  .object({
    /** Validity window of a command whose order sets none (an offline agent gets it until then). */
    defaultTtlMs: z
      .number()
      .int()
      .min(1000)
      .max(30 * DAY_MS)
      .default(3_600_000),
    /** Longest validity window an order may ask for (keep <= the agent's response.maxCommandLifetimeMs). */
    maxTtlMs: z
      .number()
      .int()
      .min(1000)
      .max(30 * DAY_MS)
      .default(7 * DAY_MS),
    /** How often overdue commands are expired and waiting ones delivered to online agents. */
    sweepIntervalMs: z.number().int().min(100).max(600_000).default(1000),
    /** Rows of command history a read returns when it sets no limit ... */
    defaultListRows: z.number().int().min(1).max(100_000).default(100),
    /** ... and at most, whatever it asks for. */
    maxListRows: z.number().int().min(1).max(100_000).default(1000),
    /**
     * Two-person rule (off by default): an isolate or block_address order that would take the distinct hosts
     * such orders target within `windowMs` (all operators and policies, held orders included) above `maxHosts`
     * is held unsigned until a second operator approves it (see two-person.ts).
     */
    twoPersonRule: z
      .object({
        enabled: z.boolean().default(false),
        /** Distinct hosts isolated or blocked within the window that one operator may reach alone. */
        maxHosts: z.number().int().min(1).max(100_000).default(5),
        /** The sliding window the hosts are counted over, by each order's creation time. */
        windowMs: z.number().int().min(1000).max(DAY_MS).default(600_000),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.defaultTtlMs > o.maxTtlMs) ctx.addIssue({ code: 'custom', path: ['defaultTtlMs'], message: 'must be at most commands.maxTtlMs' });
    if (o.defaultListRows > o.maxListRows) ctx.addIssue({ code: 'custom', path: ['defaultListRows'], message: 'must be at most commands.maxListRows' });
  });

export type CommandsOptions = z.output<typeof commandsOptionsSchema>;
