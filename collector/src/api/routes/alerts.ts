// Alerts, their triage and suppressions, and the loaded rules with their load report: the API face of
// detect's AlertService.
import { z } from 'zod';
import { CollectorError } from '../../errors.js';
import type { Alerts } from '../../alerts/module.js';
import type { AlertRecord } from '../../alerts/types.js';
import { route, type AnyRoute } from '../route.js';
import { idSchema, timeIdCursor, timePageQuery } from '../schemas.js';
import { decodeCursor, encodeCursor } from '../paging.js';
import type { ApiCoreDeps } from '../deps.js';
import type { Fleet } from '../../hosts/fleet.js';
import { viewEvent } from './events.js';
import { attackLinks } from '../../alerts/attack.js';

const STATUSES = ['new', 'acknowledged', 'resolved', 'false_positive'] as const;
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;

const listOf = <T extends readonly string[]>(values: T, extra: string[] = []) =>
  z
    .string()
    .max(200)
    .refine(
      (s) => s.split(',').every((v) => (values as readonly string[]).includes(v) || extra.includes(v)),
      `comma-separated values of: ${[...values, ...extra].join(', ')}`,
    );

const suppressionBody = z
  .object({
    ruleId: z.string().min(1).max(200),
    agentId: idSchema.optional(),
    field: z.string().min(1).max(100).optional(),
    value: z.string().max(2000).optional(),
    reason: z.string().max(2000).default(''),
    hours: z
      .number()
      .positive()
      .max(24 * 365)
      .optional()
      .describe('expires after this many hours; omit for no expiry'),
  })
  .strict()
  .refine((b) => (b.field === undefined) === (b.value === undefined), 'field and value go together');

export function alertRoutes(deps: ApiCoreDeps, fleet: Fleet, feature: Pick<Alerts, 'service' | 'reload'>): AnyRoute[] {
  const alerts = () => feature.service;
  const now = deps.now ?? Date.now;
  const { defaultPageSize, maxPageSize } = deps.options;
  const hostname = (agentId: string) => fleet.getAgent(agentId)?.hostname ?? '';
  const view = (a: AlertRecord) => ({ ...a, hostname: hostname(a.agentId), techniques: a.attack, attackLinks: attackLinks(a.attack) });
  const ruleTitles = () =>
    new Map(
      alerts()
        .rules()
        .map((r) => [r.id, r.title]),
    );
  return [
    route({
      method: 'get',
      path: '/alerts',
      access: 'viewer',
      tag: 'alerts',
      summary: 'Alerts newest first (by last seen): by status ("open" = new + acknowledged), severity, host, rule, time, text',
      query: z
        .object({
          status: listOf(STATUSES, ['open']).optional(),
          severity: listOf(SEVERITIES).optional(),
          agentId: idSchema.optional(),
          ruleId: z.string().max(200).optional(),
          q: z.string().max(200).optional().describe('substring of rule title, rule id, host name or ATT&CK technique'),
          ...timePageQuery(maxPageSize),
        })
        .strict(),
      handler({ query }) {
        const limit = query.limit ?? defaultPageSize;
        const status = query.status?.split(',').flatMap((s) => (s === 'open' ? ['new', 'acknowledged'] : [s])) as Array<(typeof STATUSES)[number]> | undefined;
        const needle = query.q?.toLowerCase();
        let after = query.cursor ? decodeCursor(timeIdCursor, query.cursor) : undefined;
        const items: ReturnType<typeof view>[] = [];
        let more = false;
        // a text filter is applied after the store query, so scan on (bounded) until the page is full
        for (let scans = 0; scans < 20 && items.length <= limit; scans++) {
          const rows = alerts().list({
            status,
            severity: query.severity?.split(','),
            agentId: query.agentId,
            ruleId: query.ruleId,
            fromMs: query.since,
            toMs: query.until,
            after: after ? { lastSeenMs: after[0], id: after[1] } : undefined,
            limit: limit + 1,
          });
          for (const r of rows) {
            const v = view(r);
            if (!needle || [v.ruleTitle, v.ruleId, v.hostname, ...v.attack].some((s) => s.toLowerCase().includes(needle))) items.push(v);
          }
          const last = rows[rows.length - 1];
          more = rows.length > limit;
          if (!more || !last) break;
          after = [last.lastSeenMs, last.id];
        }
        const page = items.slice(0, limit);
        const last = page[page.length - 1];
        return { items: page, nextCursor: (items.length > limit || more) && last ? encodeCursor([last.lastSeenMs, last.id]) : null };
      },
    }),
    route({
      method: 'get',
      path: '/alerts/rate',
      access: 'viewer',
      tag: 'alerts',
      summary: 'Alerts first seen per time bucket (for the alerts-over-time chart)',
      query: z
        .object({
          minutes: z.coerce
            .number()
            .int()
            .min(1)
            .max(30 * 24 * 60)
            .default(1440),
          buckets: z.coerce.number().int().min(1).max(240).default(48),
        })
        .strict(),
      handler({ query }) {
        const toMs = now();
        const bucketMs = Math.max(1000, Math.floor((query.minutes * 60_000) / query.buckets));
        const fromMs = toMs - bucketMs * query.buckets;
        const counts = new Array<number>(query.buckets).fill(0);
        let after: { lastSeenMs: number; id: string } | undefined;
        for (let pages = 0; pages < 50; pages++) {
          const rows = alerts().list({ fromMs, after, limit: 500 });
          for (const a of rows) {
            const i = Math.floor((a.firstSeenMs - fromMs) / bucketMs);
            if (i >= 0 && i < counts.length) counts[i]!++;
          }
          const last = rows[rows.length - 1];
          if (rows.length < 500 || !last) break;
          after = { lastSeenMs: last.lastSeenMs, id: last.id };
        }
        return { bucketMs, items: counts.map((count, i) => ({ startMs: fromMs + i * bucketMs, count })) };
      },
    }),
    route({
      method: 'get',
      path: '/alerts/:alertId',
      access: 'viewer',
      tag: 'alerts',
      summary: 'One alert with its evidence events and status history',
      params: z.object({ alertId: idSchema }),
      handler({ params }) {
        const d = alerts().get(params.alertId);
        if (!d) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no alert ${params.alertId}`);
        const evidence = d.evidence.map((e) => {
          const fromNs = BigInt(e.timeMs) * 1_000_000n;
          const found = fleet.events.search({ agentId: e.agentId, fromNs, toNs: fromNs + 1_000_000n, limit: 200 }).events.find((f) => f.id === e.eventId);
          return { ...e, event: found ? viewEvent(found) : null };
        });
        return { alert: view(d.alert), evidence, history: d.history };
      },
    }),
    route({
      method: 'patch',
      path: '/alerts/:alertId',
      access: 'responder',
      tag: 'alerts',
      summary: 'Triage: acknowledge, resolve or mark false positive (who and when are recorded)',
      audit: 'alert.status',
      params: z.object({ alertId: idSchema }),
      target: (p) => `alert:${p.alertId}`,
      body: z.object({ status: z.enum(STATUSES), note: z.string().max(2000).default('') }).strict(),
      handler({ params, body, principal, addDetail }) {
        addDetail({ status: body.status });
        return view(alerts().updateStatus(params.alertId, body.status, principal.auditName, body.note));
      },
    }),
    route({
      method: 'get',
      path: '/suppressions',
      access: 'viewer',
      tag: 'alerts',
      summary: 'Active suppressions with how many matches each has muted',
      query: z.object({ ruleId: z.string().max(200).optional() }).strict(),
      handler({ query }) {
        const titles = ruleTitles();
        const t = now();
        return {
          items: alerts()
            .listSuppressions(query.ruleId)
            .filter((s) => s.removedAtMs === null && (s.expiresAtMs === null || s.expiresAtMs > t))
            .map((s) => ({ ...s, ruleTitle: titles.get(s.ruleId) ?? s.ruleId, hostname: s.agentId ? hostname(s.agentId) : null })),
        };
      },
    }),
    route({
      method: 'post',
      path: '/suppressions',
      access: 'responder',
      tag: 'alerts',
      summary: 'Mute a rule for a host, or for a field value, optionally until an expiry; muted matches are still counted',
      audit: 'suppression.create',
      status: 201,
      body: suppressionBody,
      target: (_p, b) => `rule:${b.ruleId}`,
      handler({ body, principal }) {
        return alerts().suppress({
          ruleId: body.ruleId,
          agentId: body.agentId ?? null,
          field: body.field ?? null,
          value: body.value ?? null,
          reason: body.reason,
          createdBy: principal.auditName,
          expiresAtMs: body.hours ? now() + Math.round(body.hours * 3_600_000) : null,
        });
      },
    }),
    route({
      method: 'get',
      path: '/suppressions/:suppressionId/hits',
      access: 'viewer',
      tag: 'alerts',
      summary: 'The matches a suppression muted',
      params: z.object({ suppressionId: idSchema }),
      handler: ({ params }) => ({ items: alerts().suppressionHits(params.suppressionId) }),
    }),
    route({
      method: 'delete',
      path: '/suppressions/:suppressionId',
      access: 'responder',
      tag: 'alerts',
      summary: 'Lift a suppression',
      audit: 'suppression.delete',
      params: z.object({ suppressionId: idSchema }),
      target: (p) => `suppression:${p.suppressionId}`,
      handler({ params, principal }) {
        alerts().unsuppress(params.suppressionId, principal.auditName);
        return undefined;
      },
    }),
    route({
      method: 'post',
      path: '/rules/reload',
      access: 'admin',
      tag: 'rules',
      summary: 'Reload the rule folders (config, built-in pack, folders added with `rules load`); the running set stays if none loads',
      audit: 'rules.reload',
      target: () => 'rules',
      async handler({ addDetail }) {
        const r = await feature.reload();
        addDetail({ applied: r.applied, problems: r.problems.length });
        return r;
      },
    }),
    route({
      method: 'get',
      path: '/rules',
      access: 'viewer',
      tag: 'rules',
      summary: 'Loaded detection rules, and every rule left out with file:line and the reason (the load report)',
      handler() {
        const items = alerts().rules();
        const problems = alerts().ruleProblems();
        return { items, problems, summary: { loaded: items.length, leftOut: problems.length } };
      },
    }),
  ];
}
