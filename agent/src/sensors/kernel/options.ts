// Named limits of the kernel sensors (audit listener, process connector, process table, ledger), with
// safe defaults; the agent config embeds this fragment as sensors.kernel.
import { z } from '@vigil/config';

export const kernelSensorOptions = z
  .object({
    /** Receive buffer asked for each netlink socket (SO_RCVBUFFORCE as root, else capped by rmem_max). */
    rcvbufBytes: z
      .number()
      .int()
      .min(64 * 1024)
      .max(256 * 1024 * 1024)
      .default(16 * 1024 * 1024),
    /** The kernel audit backlog limit is raised to this when lower (restored on stop). */
    auditBacklogLimit: z.number().int().min(64).max(1_048_576).default(16_384),
    /** A record group without EOE is complete after this long. */
    groupIdleMs: z.number().int().min(10).max(10_000).default(500),
    maxOpenGroups: z.number().int().min(16).max(100_000).default(4096),
    maxRecordsPerGroup: z.number().int().min(4).max(10_000).default(512),
    /** Longest audit record text kept (bytes). */
    maxRecordBytes: z
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024)
      .default(64 * 1024),
    /** Longest raw text of a log record made from an audit group. */
    maxRawChars: z
      .number()
      .int()
      .min(256)
      .max(1024 * 1024)
      .default(16 * 1024),
    /** Process table bound, and how far up the parent chain an exec event names its ancestors. */
    maxProcesses: z.number().int().min(256).max(1_000_000).default(65_536),
    maxAncestors: z.number().int().min(0).max(64).default(8),
    /** Characters of argv kept per ancestor (the whole chain rides on every exec event). */
    maxAncestorChars: z.number().int().min(16).max(65_536).default(512),
    /** Bytes of /proc/PID/environ read for LD_PRELOAD, LD_LIBRARY_PATH and LD_AUDIT. */
    maxEnvironBytes: z
      .number()
      .int()
      .min(0)
      .max(1024 * 1024)
      .default(64 * 1024),
    /** How long a kernel-counted exec waits for its audit record before it counts as pid-only. */
    matchWindowMs: z.number().int().min(100).max(60_000).default(3000),
    maxPendingMatches: z.number().int().min(100).max(1_000_000).default(100_000),
    /** Emit exit events for processes whose start was reported. */
    reportExits: z.boolean().default(true),
    /** Extra files to watch for reads, writes and attribute changes (absolute paths). */
    extraWatches: z.array(z.string().regex(/^\//).max(4096)).max(256).default([]),
    /** The agent's own binaries and config, watched for tampering (the state dir is added by the runtime). */
    agentPaths: z.array(z.string().regex(/^\//).max(4096)).max(16).default(['/opt/vigil', '/etc/vigil']),
    /** Passwd file for home folders (authorized_keys and shell rc watches) and user names. */
    passwdPath: z.string().default('/etc/passwd'),
  })
  .strict();

export type KernelSensorOptions = z.output<typeof kernelSensorOptions>;
