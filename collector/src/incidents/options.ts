// Incident settings in the collector config (`incidents:`): the automatic grouping policy (off by default)
// and every limit of forensic collection and exports, each a named option with a safe default.
import { z } from '@vigil/config';

const MiB = 1024 * 1024;

export const incidentOptionsSchema = z
  .object({
    /** Open incidents automatically from alerts: one per host, collecting that host's alerts within the window. */
    autoGroup: z
      .object({
        enabled: z.boolean().default(false),
        /** An alert joins the host's policy incident if that incident had an alert within this long. */
        windowMs: z
          .number()
          .int()
          .min(1000)
          .max(30 * 86_400_000)
          .default(3_600_000),
        /** Alerts below this severity never open or join an incident automatically. */
        minSeverity: z.enum(['informational', 'low', 'medium', 'high', 'critical']).default('high'),
      })
      .strict()
      .prefault({}),
    /** How often evidence transfers are checked for idleness (one idle past its timeout fails). */
    evidenceSweepMs: z.number().int().min(100).max(600_000).default(5000),
    /** Commands on an incident's hosts this long before it opened still count as its actions (containment first, paperwork second). */
    commandLookbackMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400_000)
      .default(3_600_000),
    /** Largest collected file the collector accepts (the agent has its own cap too). */
    maxFileBytes: z
      .number()
      .int()
      .min(1024)
      .max(4096 * MiB)
      .default(256 * MiB),
    /** Largest triage snapshot (JSON) accepted. */
    maxTriageBytes: z
      .number()
      .int()
      .min(1024)
      .max(1024 * MiB)
      .default(32 * MiB),
    /** File transfers in progress at once. */
    maxOpenTransfers: z.number().int().min(1).max(1000).default(16),
    /** A transfer that sends no chunk for this long fails. */
    transferIdleMs: z.number().int().min(1000).max(3_600_000).default(120_000),
    /** Rows in one host-timeline export. */
    maxTimelineRows: z.number().int().min(100).max(10_000_000).default(200_000),
    /** Alerts, notes, evidence events and checklist items per incident. */
    maxItemsPerIncident: z.number().int().min(10).max(100_000).default(5000),
  })
  .strict();

export type IncidentOptions = z.output<typeof incidentOptionsSchema>;
