// The coverage section of the collector config (`coverage:`): the window the host views sum over and the
// "telemetry degraded" alert's window, threshold and minimum exec count. Every limit named, safe defaults.
import { z } from '@vigil/config';

export const coverageOptionsSchema = z
  .object({
    /** The window the host page, fleet list, API and /metrics show coverage over. */
    summaryWindowMs: z
      .number()
      .int()
      .min(60_000)
      .max(7 * 86_400_000)
      .default(3_600_000),
    /** Raise "telemetry degraded" alerts at all. */
    alert: z.boolean().default(true),
    /** The alert sums the host's minutes over this window, ending at the minute just reported. */
    alertWindowMs: z.number().int().min(60_000).max(86_400_000).default(600_000),
    /** Coverage (execs with arguments / execs counted) under this percentage raises the alert. */
    alertBelowPercent: z.number().min(0).max(100).default(99),
    /** Fewer execs than this in the window never raise it (an idle host's one missed exec is not an attack). */
    alertMinExecs: z.number().int().min(1).max(1_000_000_000).default(20),
    /** Any audit records lost in a reported minute raise it. */
    alertOnRecordsLost: z.boolean().default(true),
  })
  .strict();

export type CoverageOptions = z.output<typeof coverageOptionsSchema>;
