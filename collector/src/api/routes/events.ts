// Stored events: search by host, kind, time range and text, newest first with a cursor; one event by host
// and sequence (the link alert evidence uses).
import { z } from 'zod';
import { CollectorError } from '../../errors.js';
import { decodeCursor, encodeCursor } from '../paging.js';
import { route, type AnyRoute } from '../route.js';
import { idSchema, safeIntSchema, timeQuery } from '../schemas.js';
import type { ApiCoreDeps } from '../deps.js';
import type { Fleet } from '../../hosts/fleet.js';
import { eventToJson } from '../../events/json.js';
import type { FoundEvent } from '../../events/types.js';
import { summarize } from '../../hosts/summary.js';
import { EVENT_KINDS } from '../../events/store.js';
import { MAX_INDEXED_VALUE } from '../../events/extract.js';
import { MAX_SEARCH_TEXT } from '../../events/text-query.js';

/** The kinds a search may name: the store's one list (every payload of the .proto). */
export { EVENT_KINDS };

export const eventView = z.object({
  id: z.string(),
  agentId: z.string(),
  seq: z.number(),
  timeNs: z.string().describe('unix nanoseconds, as a decimal string'),
  timeMs: z.number(),
  kind: z.string(),
  summary: z.string().describe('one line of plain text'),
  data: z.record(z.string(), z.unknown()).describe('the event payload, protobuf JSON form'),
});

export function viewEvent(f: FoundEvent): z.output<typeof eventView> {
  const json = eventToJson(f.event);
  const { id: _id, agentId: _a, timeNs: _t, seq: _s, ...payload } = json;
  return {
    id: f.id,
    agentId: f.agentId,
    seq: f.seq,
    timeNs: f.timeNs.toString(),
    timeMs: Number(f.timeNs / 1_000_000n),
    kind: f.kind,
    summary: summarize(f.event),
    data: payload,
  };
}

const cursorSchema = z.tuple([
  z
    .string()
    .regex(/^\d{1,19}$/)
    .refine((s) => BigInt(s) < 1n << 63n, 'out of range'),
  safeIntSchema,
]);

export function eventRoutes(deps: ApiCoreDeps, fleet: Fleet): AnyRoute[] {
  const { defaultPageSize, maxPageSize } = deps.options;
  return [
    route({
      method: 'get',
      path: '/events',
      access: 'viewer',
      tag: 'events',
      summary: 'Search events newest first: by host, kinds, time range, exe, sha256, user, remote address and text; page with nextCursor',
      query: z
        .object({
          agentId: idSchema.optional(),
          kind: z
            .string()
            .max(300)
            .optional()
            .describe(`comma-separated kinds: ${EVENT_KINDS.join(', ')}`)
            .refine((s) => !s || s.split(',').every((k) => (EVENT_KINDS as readonly string[]).includes(k)), 'unknown event kind'),
          since: timeQuery.optional(),
          until: timeQuery.optional(),
          exe: z.string().min(1).max(MAX_INDEXED_VALUE).optional().describe('exact executable path'),
          sha256: z
            .string()
            .regex(/^[0-9a-fA-F]{64}$/, 'a hex SHA-256')
            .optional()
            .describe("hex SHA-256 of a process's executable or a changed file"),
          user: z.string().min(1).max(256).optional().describe("exact user name (a process's user, or a log line's user)"),
          remote: z.string().min(1).max(64).optional().describe("exact remote address (a connection's peer, or a log line's source address)"),
          text: z
            .string()
            .max(MAX_SEARCH_TEXT)
            .optional()
            .describe('words to find in this order, case-insensitive, the last one possibly cut short (a prefix)'),
          cursor: z.string().max(512).optional(),
          limit: z.coerce.number().int().min(1).max(maxPageSize).optional(),
        })
        .strict(),
      response: z.object({ items: z.array(eventView), nextCursor: z.string().nullable() }),
      handler({ query }) {
        const limit = query.limit ?? defaultPageSize;
        const after = query.cursor ? decodeCursor(cursorSchema, query.cursor) : undefined;
        const filter = {
          agentId: query.agentId,
          kinds: query.kind ? query.kind.split(',') : undefined,
          fromNs: query.since !== undefined ? BigInt(query.since) * 1_000_000n : undefined,
          toNs: query.until !== undefined ? BigInt(query.until) * 1_000_000n : undefined,
          after: after ? { timeNs: BigInt(after[0]), rowid: after[1] } : undefined,
        };
        const lookups = { exe: query.exe, sha256: query.sha256, user: query.user, remote: query.remote };
        const { events, next } = fleet.events.search({ ...filter, ...lookups, text: query.text, limit });
        return { items: events.map(viewEvent), nextCursor: next ? encodeCursor([next.timeNs.toString(), next.rowid]) : null };
      },
    }),
    route({
      method: 'get',
      path: '/agents/:agentId/events/:seq',
      access: 'viewer',
      tag: 'events',
      summary: 'One event by host and sequence number',
      params: z.object({ agentId: idSchema, seq: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
      response: eventView,
      handler({ params }) {
        const row = fleet.events.get(params.agentId, params.seq);
        if (!row) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no event ${params.seq} from agent ${params.agentId}`);
        return viewEvent(row);
      },
    }),
  ];
}
