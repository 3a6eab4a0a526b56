// Every limit of operator authentication in one place, with safe defaults. The collector's config schema
// embeds this as its `auth` section.
import { z } from 'zod';

export const authOptionsSchema = z
  .object({
    /** Absolute session lifetime. */
    sessionTtlMs: z
      .number()
      .int()
      .positive()
      .default(12 * 3600_000),
    /** A session unused for this long ends. */
    sessionIdleMs: z
      .number()
      .int()
      .positive()
      .default(2 * 3600_000),
    /** Sessions held at once (oldest are dropped beyond it). */
    maxSessions: z.number().int().positive().default(10_000),
    /** Failed logins from one client address (any user names) before each further try waits a backoff. */
    loginFailuresPerAddress: z.number().int().positive().default(20),
    /** Failed logins for one user name from one address before backoff (never locks the user out elsewhere). */
    loginFailuresPerUser: z.number().int().positive().default(10),
    /** Failures are forgotten this long after a source's last one. */
    loginWindowMs: z
      .number()
      .int()
      .positive()
      .default(15 * 60_000),
    /** First wait past a limit, doubled with each further failure, up to the max. */
    loginBackoffBaseMs: z.number().int().positive().default(1000),
    loginBackoffMaxMs: z
      .number()
      .int()
      .positive()
      .default(15 * 60_000),
    /** Wrong current passwords allowed on a password change (per session address and user) before backoff. */
    passwordChangeFailures: z.number().int().positive().default(5),
    minPasswordLength: z.number().int().min(8).default(12),
    /** Least zxcvbn score (0-4) a new password needs: "aaaaaaaaaaaa" scores 0. */
    minPasswordScore: z.number().int().min(0).max(4).default(3),
    /** The strength check runs in a short-lived worker thread (auth/strength.ts): its time bound... */
    passwordCheckTimeoutMs: z.number().int().positive().default(15_000),
    /** ...and its heap bound in MiB (the dictionaries take about 50). */
    passwordCheckMaxHeapMb: z.number().int().min(64).default(256),
    /** Mark the session cookie Secure (on automatically when the collector serves TLS). */
    secureCookie: z.boolean().default(false),
  })
  .strict();

export type AuthOptions = z.output<typeof authOptionsSchema>;

export function defaultAuthOptions(overrides: Partial<AuthOptions> = {}): AuthOptions {
  return authOptionsSchema.parse(overrides);
}
