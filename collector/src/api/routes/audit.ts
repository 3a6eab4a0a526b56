// Reading the audit log, newest first.
import { z } from 'zod';
import { decodeCursor, pageOf, pagingQuery } from '../paging.js';
import { route, type AnyRoute } from '../route.js';
import { pageSchema, safeIntSchema, timeQuery } from '../schemas.js';
import type { ApiCoreDeps } from '../deps.js';

const auditView = z.object({
  id: z.number(),
  timeMs: z.number(),
  user: z.string(),
  source: z.string(),
  action: z.string(),
  target: z.string(),
  result: z.enum(['ok', 'denied', 'invalid', 'failed']),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

export function auditRoutes(deps: ApiCoreDeps): AnyRoute[] {
  const { defaultPageSize, maxPageSize } = deps.options;
  return [
    route({
      method: 'get',
      path: '/audit',
      access: 'responder',
      tag: 'audit',
      summary: 'Audit log: who did what, from where, when, to what, with which result',
      query: z
        .object({
          user: z.string().max(200).optional(),
          action: z.string().max(100).optional(),
          target: z.string().max(300).optional(),
          since: timeQuery.optional(),
          until: timeQuery.optional(),
          ...pagingQuery(maxPageSize),
        })
        .strict(),
      response: pageSchema(auditView),
      handler({ query }) {
        const limit = query.limit ?? defaultPageSize;
        const beforeId = query.cursor ? decodeCursor(safeIntSchema, query.cursor) : undefined;
        const rows = deps.audit.list({
          user: query.user,
          action: query.action,
          target: query.target,
          sinceMs: query.since,
          untilMs: query.until,
          beforeId,
          limit: limit + 1,
        });
        return pageOf(rows, limit, (last) => last.id);
      },
    }),
    route({
      method: 'get',
      path: '/audit/verify',
      access: 'admin',
      tag: 'audit',
      summary: 'Re-computes the audit hash chain: ok, rows checked, and the first row that was changed or whose predecessor was removed',
      response: z.object({ ok: z.boolean(), rows: z.number(), firstBad: z.object({ id: z.number(), reason: z.enum(['hash', 'link']) }).nullable() }),
      handler: () => deps.audit.verify(),
    }),
  ];
}
