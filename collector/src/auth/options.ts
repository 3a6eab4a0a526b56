// Every limit of operator authentication in one place, with safe defaults. The collector's config schema
// embeds this as its `auth` section.
import { z } from 'zod';

export const authOptionsSchema = z
  .object({
    /** Absolute session lifetime. */
    sessionTtlMs: z.number().int().positive().default(12 * 3600_000),
    /** A session unused for this long ends. */
    sessionIdleMs: z.number().int().positive().default(2 * 3600_000),
    /** Sessions held at once (oldest are dropped beyond it). */
    maxSessions: z.number().int().positive().default(10_000),
    /** Failed logins allowed per client address within the window. */
    loginFailuresPerAddress: z.number().int().positive().default(20),
    /** Failed logins allowed per user name within the window, from any address. */
    loginFailuresPerUser: z.number().int().positive().default(10),
    loginWindowMs: z.number().int().positive().default(15 * 60_000),
    minPasswordLength: z.number().int().min(8).default(12),
    /** Mark the session cookie Secure (on automatically when the collector serves TLS). */
    secureCookie: z.boolean().default(false),
  })
  .strict();

export type AuthOptions = z.output<typeof authOptionsSchema>;

export function defaultAuthOptions(overrides: Partial<AuthOptions> = {}): AuthOptions {
  return authOptionsSchema.parse(overrides);
}
