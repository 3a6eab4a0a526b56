// Schema pieces shared by several routes: ids, times, roles, and the list envelope.
import { z } from 'zod';
import { ROLES } from '../auth/index.js';

export const roleSchema = z.enum(ROLES);

/** An id in a path: printable, no slashes, bounded. */
export const idSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only');

/**
 * The latest time any query may name: event times are stored as signed 64-bit nanoseconds, so unix
 * milliseconds beyond 2^63 / 10^6 (the year 2262) cannot be compared with them (issue 13 item 15: such
 * values gave a 500 instead of a 400).
 */
export const MAX_TIME_MS = 9_223_372_036_854;

/** Unix milliseconds inside the range the stores can hold (in cursors and bodies). */
export const timeMsSchema = z.number().int().min(0).max(MAX_TIME_MS);

/** A row id or sequence number: a non-negative safe integer. */
export const safeIntSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A time in a query: ISO 8601 or unix milliseconds; becomes unix milliseconds. */
export const timeQuery = z
  .string()
  .max(40)
  .describe('ISO 8601 time or unix milliseconds')
  .transform((s, ctx) => {
    const ms = /^\d+$/.test(s) ? Number(s) : Date.parse(s);
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: 'custom', message: 'not a time' });
      return z.NEVER;
    }
    if (!Number.isSafeInteger(ms) || ms < 0 || ms > MAX_TIME_MS) {
      ctx.addIssue({ code: 'custom', message: `time out of range (0 to ${MAX_TIME_MS} ms)` });
      return z.NEVER;
    }
    return ms;
  });

/** since/until plus cursor/limit of the lists ordered by time, then id (alerts, incidents). */
export function timePageQuery(maxPageSize: number) {
  return {
    since: timeQuery.optional(),
    until: timeQuery.optional(),
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(maxPageSize).optional(),
  };
}

/** The cursor of those lists: [time in ms, id] of the page's last row. */
export const timeIdCursor = z.tuple([timeMsSchema, z.string().max(200)]);

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const okSchema = z.object({ ok: z.literal(true) });
