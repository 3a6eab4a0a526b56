// Named limits of forensic collection (triage snapshot, collect file), with safe defaults; the agent config
// embeds this fragment as `forensics`. The collector has its own caps too: both must allow a transfer.
import { z } from '@vigil/config';

const MiB = 1024 * 1024;

export const forensicsOptions = z
  .object({
    /** Largest file collect-file sends (a command may ask for less, never more). */
    collectMaxBytes: z.number().int().min(1).max(4096 * MiB).default(64 * MiB),
    /** Bytes per FileChunk message (well under the collector's frame limit). */
    chunkBytes: z.number().int().min(1024).max(2 * MiB).default(256 * 1024),
    triage: z
      .object({
        /** Processes listed (tree order); the rest are counted, not listed. */
        maxProcesses: z.number().int().min(1).max(100_000).default(5000),
        /** Executables larger than this are listed without a hash. */
        hashMaxBytes: z.number().int().min(0).max(1024 * MiB).default(256 * MiB),
        /** Connections and listeners listed. */
        maxSockets: z.number().int().min(1).max(100_000).default(5000),
        /** Recent auth log lines when the command names none, and the most a command may ask for. */
        authLogLines: z.number().int().min(1).max(10_000).default(200),
        maxAuthLogLines: z.number().int().min(1).max(100_000).default(5000),
        /** Auth logs tried in order (the first readable one is used; the journal when none is). */
        authLogPaths: z.array(z.string().startsWith('/')).default(['/var/log/auth.log', '/var/log/secure']),
        /** Longest log line kept; longer ones are cut and marked. */
        maxLineBytes: z.number().int().min(80).max(64 * 1024).default(2048),
        /** utmp (logged in now) and wtmp (recent logins) files, and how many recent logins are listed. */
        utmpPath: z.string().startsWith('/').default('/var/run/utmp'),
        wtmpPath: z.string().startsWith('/').default('/var/log/wtmp'),
        maxLogins: z.number().int().min(1).max(100_000).default(200),
        /** Persistence files listed, and the bytes of each one's content kept inline. */
        maxPersistenceFiles: z.number().int().min(1).max(100_000).default(1000),
        maxPersistenceContentBytes: z.number().int().min(0).max(1 * MiB).default(16 * 1024),
        /** systemd units changed within this many days are listed. */
        recentUnitDays: z.number().int().min(1).max(3650).default(14),
        /** Where SUID/SGID files are searched for (places users can write), how deep, and how much is walked. */
        suidRoots: z.array(z.string().startsWith('/')).default(['/tmp', '/var/tmp', '/dev/shm', '/home', '/run/user', '/var/www']),
        suidMaxDepth: z.number().int().min(1).max(64).default(8),
        suidMaxEntries: z.number().int().min(1).max(10_000_000).default(100_000),
        /** Largest snapshot document sent; beyond it the biggest sections are cut and marked truncated. */
        maxSnapshotBytes: z.number().int().min(64 * 1024).max(1024 * MiB).default(16 * MiB),
        /** The passwd file whose home folders are searched (authorized_keys, shell profiles). */
        passwdPath: z.string().startsWith('/').default('/etc/passwd'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type ForensicsOptions = z.output<typeof forensicsOptions>;
export type TriageOptions = ForensicsOptions['triage'];
