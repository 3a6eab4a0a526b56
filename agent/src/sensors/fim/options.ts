// Named limits of the file integrity sensor, with safe defaults; the agent config embeds this fragment.
import { z } from '@vigil/config';

export const fimSensorOptions = z
  .object({
    enabled: z.boolean().default(true),
    /** Use the built-in set of persistence locations (../persistence-paths.ts). */
    builtinWatches: z.boolean().default(true),
    /** Extra files or directories to watch, with their rule name. */
    extraPaths: z.array(z.object({ path: z.string().startsWith('/'), watch: z.string().min(1).max(64).default('custom') }).strict()).default([]),
    /** Also watch every account's own persistence files (~/.ssh/authorized_keys, shell rc files, autostart, user units), homes found through this passwd file. */
    authorizedKeys: z.boolean().default(true),
    passwdPath: z.string().default('/etc/passwd'),
    /** Directory depth below a watched directory. */
    depth: z.number().int().min(0).max(8).default(3),
    /** Files bigger than this are not hashed (sha256 empty; size, mode and owner still compared). */
    hashMaxBytes: z
      .number()
      .int()
      .min(0)
      .default(16 * 1024 * 1024),
    /** Upper bound on files in the baseline. */
    maxFiles: z.number().int().min(16).default(50_000),
    /** Changes are collected this long before they are judged, so an editor's temp-file-and-rename reads as one modification. */
    settleMs: z.number().int().min(10).max(10_000).default(250),
    /** A watched file with a <file>.lock beside it (shadow-utils' useradd, vipw, passwd) is judged once the lock is gone, waiting at most this long. */
    lockWaitMs: z.number().int().min(0).max(60_000).default(5_000),
    /** Full re-check of every watched path against the baseline, in case a file event was missed (0 = never). */
    verifyMs: z
      .number()
      .int()
      .min(0)
      .default(10 * 60_000),
  })
  .strict();

export type FimSensorOptions = z.output<typeof fimSensorOptions>;
