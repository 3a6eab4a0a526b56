// Named limits of the process sensor, with safe defaults; the agent config embeds this fragment.
import { z } from '@vigil/config';

export const processSensorOptions = z
  .object({
    enabled: z.boolean().default(true),
    /**
     * Where execs come from. auto: kernel audit (full argv) plus the process connector (the kernel's own
     * count), polling /proc only when neither is available; audit / connector: that kernel source, falling
     * back to polling with a health line; poll: /proc polling only (misses processes shorter than pollMs).
     */
    source: z.enum(['auto', 'audit', 'connector', 'poll']).default('auto'),
    /** Root of the proc filesystem (a fixture tree in tests). */
    procRoot: z.string().default('/proc'),
    /** How often /proc is listed; processes living shorter than this may be missed (use auditd for those). */
    pollMs: z.number().int().min(20).max(60_000).default(250),
    /**
     * Known processes have their stat re-read every Nth poll (pid reuse and exec detection); new pids
     * and exits are seen on every poll from the /proc listing alone. 1 = re-read on every poll.
     */
    verifyEvery: z.number().int().min(1).max(100).default(4),
    /** Executables larger than this are not hashed (hash_skipped = too_large). */
    hashMaxBytes: z
      .number()
      .int()
      .min(0)
      .default(64 * 1024 * 1024),
    /** Exe hash cache size (entries keyed by device+inode+mtime+size). */
    hashCacheEntries: z.number().int().min(1).default(4096),
    /** Upper bound on tracked processes; beyond it new processes are reported as a sensor problem. */
    maxTrackedProcesses: z.number().int().min(16).default(65_536),
    /** Bytes of /proc/PID/cmdline read; longer argv is cut. */
    maxCmdlineBytes: z
      .number()
      .int()
      .min(256)
      .max(1024 * 1024)
      .default(32 * 1024),
    /** Emit start events for processes already running when the sensor starts. */
    reportExisting: z.boolean().default(true),
    /** Kernel threads (children of kthreadd) are skipped unless this is set. */
    includeKernelThreads: z.boolean().default(false),
    /** Where user names come from. */
    passwdPath: z.string().default('/etc/passwd'),
  })
  .strict();

export type ProcessSensorOptions = z.output<typeof processSensorOptions>;
