// Detection settings in the collector config (`detect:`): which rule folders load, and the limits of
// alert deduplication, evidence and correlation state. Every limit is named here with a safe default.
import { z } from '@vigil/config';

export const detectOptionsSchema = z
  .object({
    /** Load Vigil's built-in rule pack (packages/detect/rules). */
    builtinRules: z.boolean().default(true),
    /** More folders of Sigma YAML rules (SigmaHQ Linux rules, your own). */
    ruleDirs: z.array(z.string().min(1)).max(64).default([]),
    /** A repeat of the same rule, host and group key within this window updates the open alert. */
    dedupeWindowMs: z
      .number()
      .int()
      .min(1000)
      .max(30 * 86_400_000)
      .default(3_600_000),
    /** Evidence event ids kept per alert (the count keeps growing beyond it). */
    maxEvidencePerAlert: z.number().int().min(1).max(10_000).default(100),
    /** Correlation groups kept per correlation rule (least recently used dropped first). */
    maxCorrelationGroups: z.number().int().min(10).max(10_000_000).default(10_000),
    /** Event ids kept per correlation match. */
    maxEvidencePerMatch: z.number().int().min(1).max(10_000).default(50),
    /**
     * Stored events replayed through the engine at start and after a rule reload, so correlation windows
     * (five failed logins before a restart, five after) survive a restart, a crash or a reload: the newest
     * events received within the longest correlation timespan, at most this many of the kinds a correlation
     * can learn from (DetectionEngine.replayKinds; 0: windows start empty). At start ingest commits nothing
     * until they are replayed (the API and the agents' sockets are served meanwhile).
     */
    rebuildMaxEvents: z.number().int().min(0).max(100_000_000).default(250_000),
    /** How often idle correlation groups are swept. */
    sweepIntervalMs: z.number().int().min(1000).max(86_400_000).default(60_000),
    /** Largest rule file read. */
    maxRuleFileBytes: z
      .number()
      .int()
      .min(1024)
      .max(64 * 1024 * 1024)
      .default(1024 * 1024),
  })
  .strict();

export type DetectOptions = z.output<typeof detectOptionsSchema>;
