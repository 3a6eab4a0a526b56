// Incidents: open from alerts or by hand, move through the phases, notes, evidence events, commands on the
// incident's hosts, the remediation checklist, the review, the report (Markdown / print-ready HTML), fleet
// metrics, evidence files, and a host's whole timeline as JSON lines or CSV. The incidents module does the
// work and audits it; these routes validate input, decide who may call, and call the feature's parts.
import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { CollectorError } from '../../errors.js';
import type { Incidents } from '../../incidents/types.js';
import { PHASES } from '../../incidents/phases.js';
import { renderHtml, renderMarkdown, REPORT_CSP } from '../../incidents/report.js';
import { CSV_COLUMNS, csvLine, jsonLine, type HostTimelineRow } from '../../incidents/host-timeline.js';
import type { CommandView } from '../../commands/service.js';
import type { CommandRow } from '../../commands/types.js';
import { route, type AnyRoute } from '../route.js';
import { idSchema, timeIdCursor, timePageQuery, timeQuery } from '../schemas.js';
import { decodeCursor, encodeCursor } from '../paging.js';
import type { ApiCoreDeps } from '../deps.js';
import type { Fleet } from '../../hosts/fleet.js';
import { commandBody } from '@vigil/actions';
import { credentialDetail } from '../../commands/credential-access.js';

const SEVERITY = z.enum(['informational', 'low', 'medium', 'high', 'critical']);
const incidentParams = z.object({ incidentId: idSchema });
const text = (max: number) => z.string().max(max);

/** Everything the collector holds for one host in [fromMs, toMs), time ordered. */
export type HostTimeline = (agentId: string, fromMs: number, toMs: number) => Iterable<HostTimelineRow>;

/** Commands as the API shows them, each with its two-person hold (the command service's views). */
export type CommandViews = (rows: readonly CommandRow[]) => CommandView[];

export function incidentRoutes(deps: ApiCoreDeps, fleet: Fleet, incidents: Incidents, hostTimeline: HostTimeline, commandViews: CommandViews): AnyRoute[] {
  const { lifecycle, evidence, review, report } = incidents;
  const now = deps.now ?? Date.now;
  const { defaultPageSize, maxPageSize } = deps.options;
  const base = { tag: 'incidents', params: incidentParams, target: (p: { incidentId: string }) => `incident:${p.incidentId}` } as const;
  return [
    route({
      method: 'get',
      path: '/incidents',
      access: 'viewer',
      tag: 'incidents',
      summary: 'Incidents newest first, with their metrics; filter by phase, host and creation time',
      query: z
        .object({
          phase: z
            .string()
            .max(100)
            .refine((s) => s.split(',').every((p) => (PHASES as readonly string[]).includes(p)), `comma-separated phases: ${PHASES.join(', ')}`)
            .optional(),
          agentId: idSchema.optional(),
          ...timePageQuery(maxPageSize),
        })
        .strict(),
      handler({ query }) {
        const limit = query.limit ?? defaultPageSize;
        const after = query.cursor ? decodeCursor(timeIdCursor, query.cursor) : undefined;
        const rows = lifecycle.list({
          phase: query.phase?.split(',') as never,
          agentId: query.agentId,
          fromMs: query.since,
          toMs: query.until,
          after: after ? { createdAtMs: after[0], id: after[1] } : undefined,
          limit: limit + 1,
        });
        const items = rows.slice(0, limit).map((i) => ({ ...i, hostnames: Object.fromEntries(i.hosts.map((h) => [h, fleet.getAgent(h)?.hostname ?? h])) }));
        const last = items[items.length - 1];
        return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.createdAtMs, last.id]) : null };
      },
    }),
    route({
      method: 'post',
      path: '/incidents',
      access: 'responder',
      tag: 'incidents',
      summary: 'Open an incident from alerts, or by hand from a report (then reportSource is required)',
      audit: 'incident.request',
      status: 201,
      body: z
        .object({
          source: z.enum(['alerts', 'manual']),
          title: text(300).optional(),
          severity: SEVERITY.optional(),
          alertIds: z.array(idSchema).max(500).optional(),
          hosts: z.array(idSchema).max(500).optional(),
          reportSource: text(500).optional(),
          summary: text(10_000).optional(),
          assignee: z.string().max(64).nullable().optional(),
          firstMaliciousMs: z.number().int().positive().nullable().optional(),
        })
        .strict(),
      handler({ body, principal, address, addDetail }) {
        addDetail({ op: 'open' });
        return lifecycle.open({ ...body, actor: principal.auditName, address });
      },
    }),
    route({
      method: 'get',
      path: '/incidents/metrics',
      access: 'viewer',
      tag: 'incidents',
      summary: 'Fleet-wide medians of time to detect, contain and remediate, per time bucket',
      query: z.object({ days: z.coerce.number().int().min(1).max(3650).default(90), buckets: z.coerce.number().int().min(1).max(120).default(12) }).strict(),
      handler({ query }) {
        const toMs = now();
        const fromMs = toMs - query.days * 86_400_000;
        return lifecycle.fleetMetrics({ fromMs, toMs, bucketMs: Math.ceil((toMs - fromMs) / query.buckets) });
      },
    }),
    route({
      method: 'get',
      path: '/incidents/:incidentId',
      access: 'viewer',
      ...base,
      summary: 'One incident: hosts, alerts, phases, notes, evidence, files, commands, checklist, merged timeline, metrics',
      handler: ({ params }) => {
        const d = lifecycle.detail(params.incidentId);
        return { ...d, commands: commandViews(d.commands) };
      },
    }),
    route({
      method: 'patch',
      path: '/incidents/:incidentId',
      access: 'responder',
      ...base,
      summary: 'Change title, severity, assignee, summary or the first malicious time',
      audit: 'incident.request',
      body: z
        .object({
          title: text(300).optional(),
          severity: SEVERITY.optional(),
          assignee: z.string().max(64).nullable().optional(),
          summary: text(10_000).optional(),
          firstMaliciousMs: z.number().int().positive().nullable().optional(),
        })
        .strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'update' }),
        lifecycle.update(params.incidentId, body, principal.auditName, address)
      ),
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/alerts',
      access: 'responder',
      ...base,
      summary: 'Add alerts (and their hosts) to the incident',
      audit: 'incident.request',
      body: z.object({ alertIds: z.array(idSchema).min(1).max(500) }).strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'alerts' }),
        lifecycle.addAlerts(params.incidentId, body.alertIds, principal.auditName, address)
      ),
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/hosts',
      access: 'responder',
      ...base,
      summary: 'Add affected hosts',
      audit: 'incident.request',
      body: z.object({ hosts: z.array(idSchema).min(1).max(500) }).strict(),
      handler({ params, body, principal, address, addDetail }) {
        addDetail({ op: 'hosts' });
        for (const h of body.hosts) if (!fleet.getAgent(h)) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no agent ${h}`);
        return lifecycle.addHosts(params.incidentId, body.hosts, principal.auditName, address);
      },
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/phase',
      access: 'responder',
      ...base,
      summary: 'Move to another phase (identified, contained, assessed, remediated, closed); who and when are recorded',
      audit: 'incident.request',
      body: z.object({ phase: z.enum(PHASES), note: text(2000).default('') }).strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'phase', to: body.phase }),
        lifecycle.movePhase(params.incidentId, body.phase, principal.auditName, body.note, address)
      ),
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/notes',
      access: 'responder',
      ...base,
      summary: 'Add a note to the timeline',
      audit: 'incident.request',
      status: 201,
      body: z.object({ body: text(10_000).min(1) }).strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'note' }),
        lifecycle.addNote(params.incidentId, body.body, principal.auditName, address)
      ),
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/evidence',
      access: 'responder',
      ...base,
      summary: 'Mark a stored event (host and sequence) as evidence',
      audit: 'incident.request',
      status: 201,
      body: z.object({ agentId: idSchema, seq: z.number().int().min(1), note: text(2000).default('') }).strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'evidence' }),
        evidence.mark(params.incidentId, body.agentId, body.seq, principal.auditName, body.note, address)
      ),
    }),
    route({
      method: 'delete',
      path: '/incidents/:incidentId/evidence/:agentId/:seq',
      access: 'responder',
      tag: 'incidents',
      params: z.object({ incidentId: idSchema, agentId: idSchema, seq: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
      target: (p) => `incident:${p.incidentId}`,
      summary: 'Unmark an evidence event',
      audit: 'incident.request',
      handler({ params, principal, address, addDetail }) {
        addDetail({ op: 'unevidence' });
        evidence.unmark(params.incidentId, params.agentId, params.seq, principal.auditName, address);
        return undefined;
      },
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/commands',
      access: 'responder',
      ...base,
      summary: "Order a response or forensic action on one of the incident's hosts; it lands on the timeline",
      audit: 'incident.request',
      status: 201,
      body: z.intersection(
        z.object({
          agentId: idSchema,
          dryRun: z.boolean().default(false),
          ttlSeconds: z
            .number()
            .int()
            .min(10)
            .max(7 * 86_400)
            .optional(),
        }),
        commandBody,
      ),
      handler({ params, body, principal, address, addDetail }) {
        addDetail({ op: 'command', kind: body.action, ...credentialDetail(body.action, body.params) });
        const row = lifecycle.issueCommand(
          params.incidentId,
          {
            agentId: body.agentId,
            action: body.action,
            params: body.params,
            dryRun: body.dryRun,
            ttlMs: body.ttlSeconds ? body.ttlSeconds * 1000 : undefined,
            operatorRole: principal.role,
            requester: principal.user,
          },
          principal.auditName,
          address,
        );
        return commandViews([row])[0];
      },
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/checklist',
      access: 'responder',
      ...base,
      summary: 'Add your own remediation item (patched, rotated credentials, ...)',
      audit: 'incident.request',
      status: 201,
      body: z.object({ label: text(500).min(1), note: text(2000).default('') }).strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'checklist.add' }),
        review.addChecklistItem(params.incidentId, body.label, body.note, principal.auditName, address)
      ),
    }),
    route({
      method: 'post',
      path: '/incidents/:incidentId/checklist/:itemId/run',
      access: 'responder',
      tag: 'incidents',
      params: z.object({ incidentId: idSchema, itemId: idSchema }),
      target: (p) => `incident:${p.incidentId}`,
      summary: 'Run the undo command of a remediation item (release, start service, restore, unblock); it ticks itself off on success',
      audit: 'incident.request',
      handler: ({ params, principal, address, addDetail }) => (
        addDetail({ op: 'checklist.run', itemId: params.itemId }),
        review.runChecklistItem(params.incidentId, params.itemId, principal.auditName, address)
      ),
    }),
    route({
      method: 'patch',
      path: '/incidents/:incidentId/checklist/:itemId',
      access: 'responder',
      tag: 'incidents',
      params: z.object({ incidentId: idSchema, itemId: idSchema }),
      target: (p) => `incident:${p.incidentId}`,
      summary: 'Tick or untick a remediation item',
      audit: 'incident.request',
      body: z.object({ done: z.boolean(), note: text(2000).optional() }).strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'checklist.tick', itemId: params.itemId }),
        review.tickChecklistItem(params.incidentId, params.itemId, body.done, body.note, principal.auditName, address)
      ),
    }),
    route({
      method: 'put',
      path: '/incidents/:incidentId/review',
      access: 'responder',
      ...base,
      summary: 'Write the post-incident review: root cause, what worked, what did not, follow-ups',
      audit: 'incident.request',
      body: z
        .object({
          rootCause: text(10_000).min(1),
          whatWorked: text(10_000).optional(),
          whatDidNot: text(10_000).optional(),
          followUps: z
            .array(z.object({ text: text(1000).min(1), owner: z.string().max(64).optional(), done: z.boolean().optional() }).strict())
            .max(100)
            .optional(),
        })
        .strict(),
      handler: ({ params, body, principal, address, addDetail }) => (
        addDetail({ op: 'review' }),
        review.setReview(params.incidentId, body, principal.auditName, address)
      ),
    }),
    route({
      method: 'get',
      path: '/incidents/:incidentId/report',
      access: 'viewer',
      ...base,
      summary: 'The incident report: Markdown, or a print-ready HTML page (Chromium prints it to PDF)',
      query: z.object({ format: z.enum(['md', 'html']).default('html') }).strict(),
      stream: true,
      produces: 'text/html',
      handler({ params, query, principal, res }) {
        const r = report.build(params.incidentId, principal.auditName);
        if (query.format === 'md') {
          res.status(200).type('text/markdown; charset=utf-8');
          res.setHeader('Content-Disposition', `attachment; filename="incident-${params.incidentId}.md"`);
          res.end(renderMarkdown(r));
        } else {
          res.status(200).type('text/html; charset=utf-8');
          res.setHeader('Content-Security-Policy', REPORT_CSP);
          res.end(renderHtml(r));
        }
      },
    }),
    route({
      method: 'get',
      path: '/evidence-files/:fileId',
      access: 'responder',
      tag: 'incidents',
      summary: 'Download a collected evidence file (stored copy; its SHA-256 is in the incident); every download is audited (chain of custody)',
      params: z.object({ fileId: idSchema }),
      audit: 'evidence.download',
      target: (p) => `evidence:${p.fileId}`,
      stream: true,
      produces: 'application/octet-stream',
      handler({ params, res }) {
        const f = evidence.file(params.fileId);
        if (!f || f.status !== 'stored' || !f.storedPath) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no stored evidence file ${params.fileId}`);
        res.status(200).type('application/octet-stream');
        res.setHeader('Content-Disposition', `attachment; filename="evidence-${f.id}.bin"`);
        if (f.sha256) res.setHeader('X-Vigil-SHA256', f.sha256);
        createReadStream(f.storedPath).pipe(res);
      },
    }),
    route({
      method: 'get',
      path: '/agents/:agentId/timeline',
      access: 'viewer',
      tag: 'incidents',
      summary: 'Everything the collector holds for a host in a time range (events, alerts, commands, files, incidents, audit), as JSON lines or CSV',
      params: z.object({ agentId: idSchema }),
      query: z.object({ since: timeQuery, until: timeQuery.optional(), format: z.enum(['jsonl', 'csv']).default('jsonl') }).strict(),
      stream: true,
      produces: 'application/x-ndjson',
      handler({ params, query, res }) {
        const agent = fleet.getAgent(params.agentId);
        if (!agent) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no agent ${params.agentId}`);
        const rows = hostTimeline(params.agentId, query.since, query.until ?? now());
        const host = agent.hostname;
        res.status(200).type(query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
        res.setHeader('Content-Disposition', `attachment; filename="timeline-${params.agentId}.${query.format}"`);
        if (query.format === 'csv') res.write(`${CSV_COLUMNS.join(',')}\r\n`);
        for (const row of rows) res.write(query.format === 'csv' ? csvLine(row, host) : jsonLine(row, host));
        res.end();
      },
    }),
  ];
}
