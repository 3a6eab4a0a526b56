// Cursor paging: the cursor is opaque to clients (base64url JSON of the last row's sort key), validated on the
// way back in, so lists stay stable while new rows arrive.
import { z } from 'zod';
import { CollectorError } from '../errors.js';

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (err) {
    throw new CollectorError('VIGIL_ERR_API_VALIDATION', 'cursor is malformed', { cause: err });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new CollectorError('VIGIL_ERR_API_VALIDATION', 'cursor is malformed');
  return parsed.data;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only proves another page exists. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (last: T) => unknown): Page<T> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

/** Query fields every list route accepts. */
export function pagingQuery(maxPageSize: number) {
  return {
    cursor: z.string().max(512).optional().describe('nextCursor from the previous page'),
    limit: z.coerce.number().int().min(1).max(maxPageSize).optional().describe('page size'),
  };
}
