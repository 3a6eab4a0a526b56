// Hosts: the fleet list with status, isolation, open alerts and exec coverage; one host's inventory, health, live process
// tree, connections, gaps and event rate; the fleet counts for the page header.
import { z } from 'zod';
import { CollectorError } from '../../errors.js';
import { u64ToNumber } from '@vigil/proto';
import { route, type AnyRoute } from '../route.js';
import { idSchema } from '../schemas.js';
import { decodeCursor, encodeCursor } from '../paging.js';
import type { ApiCoreDeps } from '../deps.js';
import type { Fleet, IsolationView, SeverityCounts } from '../../hosts/fleet.js';
import type { AgentRecord } from '../../hosts/types.js';
import { compareHost } from '../../hosts/order.js';
import type { HostCoverage } from '../../coverage/types.js';

const EMPTY_COUNTS: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, informational: 0 };

export interface AgentSummary {
  id: string;
  hostname: string;
  ips: string[];
  os: string;
  agentVersion: string;
  enrolledAtMs: number;
  lastSeenAtMs: number;
  status: 'online' | 'offline' | 'revoked';
  remote: string | null;
  dryRun: boolean;
  cloneOf: string | null;
  isolation: IsolationView;
  openAlerts: SeverityCounts;
  gaps: { count: number; dropped: number };
  /** Exec coverage over the summary window (null: the host never sent a coverage record). */
  coverage: HostCoverage | null;
  /** Connected but storing nothing it wrote (see gateway/delivery.ts); null when offline. */
  delivery: { stalled: boolean; agentSeq: number; heldSeq: number; stalledSinceMs: number | null } | null;
  /** The collector once held sequences this agent never wrote (forged events); null if never. */
  sequenceConflict: { atMs: number; heldSeq: number; agentLastSeq: number } | null;
}

const severityCounts = z.object({ critical: z.number(), high: z.number(), medium: z.number(), low: z.number(), informational: z.number() });
const agentSummary = z.object({
  id: z.string(),
  hostname: z.string(),
  ips: z.array(z.string()),
  os: z.string(),
  agentVersion: z.string(),
  enrolledAtMs: z.number(),
  lastSeenAtMs: z.number(),
  status: z.enum(['online', 'offline', 'revoked']),
  remote: z.string().nullable(),
  dryRun: z.boolean(),
  cloneOf: z.string().nullable(),
  isolation: z.object({ isolated: z.boolean(), pending: z.boolean(), source: z.enum(['command', 'health', 'none']), sinceMs: z.number().nullable() }),
  openAlerts: severityCounts,
  gaps: z.object({ count: z.number(), dropped: z.number() }),
  coverage: z
    .object({
      windowMs: z.number(),
      minutes: z.number().describe('minutes reported in the window'),
      kernelExecs: z.number(),
      execsWithArgs: z.number(),
      execsPidOnly: z.number(),
      execsCounted: z.number().describe('max(kernelExecs, execsWithArgs + execsPidOnly)'),
      execsWithoutArgs: z.number(),
      recordsLost: z.number(),
      ratio: z.number().nullable().describe('execsWithArgs / execsCounted, 1 when none ran, null when nothing was reported in the window'),
      percent: z.string().nullable().describe('the ratio as a percentage, two decimals, never rounded up to 100'),
      degraded: z.boolean().describe('under coverage.alertBelowPercent (with at least alertMinExecs) or records lost, over the window'),
      source: z.string().describe('exec source in use: audit, connector, poll'),
      reason: z.string(),
      lastReportMs: z.number(),
      text: z.string().describe('e.g. "exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments"'),
    })
    .nullable(),
  delivery: z.object({ stalled: z.boolean(), agentSeq: z.number(), heldSeq: z.number(), stalledSinceMs: z.number().nullable() }).nullable(),
  sequenceConflict: z.object({ atMs: z.number(), heldSeq: z.number(), agentLastSeq: z.number() }).nullable(),
});

function ipsOf(inventory: Record<string, unknown> | undefined): string[] {
  const out: string[] = [];
  const ifaces = (inventory?.interfaces ?? []) as Array<{ name?: string; addresses?: string[] }>;
  for (const i of ifaces) {
    if (i.name === 'lo') continue;
    for (const a of i.addresses ?? []) out.push(String(a).split('/')[0]!);
  }
  return out;
}

export function summarizeAgent(fleet: Fleet, a: AgentRecord): AgentSummary {
  const st = fleet.status(a.id);
  const gaps = fleet.events.gaps(a.id);
  const health = fleet.tracker.health(a.id);
  const fromCommand = fleet.commandIsolation?.(a.id);
  const isolation: IsolationView = fromCommand
    ? { ...fromCommand, source: 'command' }
    : health
      ? { isolated: health.isolated, pending: false, source: 'health', sinceMs: null }
      : { isolated: false, pending: false, source: 'none', sinceMs: null };
  const liveInventory = fleet.tracker.inventory(a.id) as Record<string, unknown> | undefined;
  return {
    id: a.id,
    hostname: a.hostname,
    ips: ipsOf(liveInventory ?? a.inventory),
    os: a.os,
    agentVersion: a.agentVersion,
    enrolledAtMs: a.enrolledAtMs,
    lastSeenAtMs: Math.max(a.lastSeenAtMs, st.lastSeenAtMs),
    status: a.revoked ? 'revoked' : st.online ? 'online' : 'offline',
    remote: st.remote ?? null,
    dryRun: a.dryRun,
    cloneOf: a.cloneOf ?? null,
    isolation,
    openAlerts: fleet.openAlerts?.(a.id) ?? { ...EMPTY_COUNTS },
    gaps: { count: gaps.length, dropped: gaps.reduce((n, g) => n + g.dropped, 0) },
    coverage: fleet.coverage?.(a.id) ?? null,
    delivery: st.online && st.delivery ? st.delivery : null,
    sequenceConflict: a.sequenceConflict ?? null,
  };
}

const agentParams = z.object({ agentId: idSchema });

export function agentRoutes(deps: ApiCoreDeps, fleet: Fleet, extra: { setDryRun?: (agentId: string, dryRun: boolean) => void } = {}): AnyRoute[] {
  const mustGet = (id: string) => {
    const a = fleet.getAgent(id);
    if (!a) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no agent ${id}`);
    return a;
  };
  const now = deps.now ?? Date.now;
  return [
    route({
      method: 'get',
      path: '/fleet',
      access: 'viewer',
      tag: 'agents',
      summary: 'Fleet counts: hosts online, offline, isolated, with open alerts, with degraded exec coverage',
      response: z.object({
        total: z.number(),
        online: z.number(),
        offline: z.number(),
        isolated: z.number(),
        withOpenAlerts: z.number(),
        coverageDegraded: z.number(),
        openAlerts: severityCounts,
      }),
      handler() {
        const all = fleet.listAgents({ revoked: false }).map((a) => summarizeAgent(fleet, a));
        const openAlerts = { ...EMPTY_COUNTS };
        for (const s of all) for (const k of Object.keys(openAlerts) as Array<keyof SeverityCounts>) openAlerts[k] += s.openAlerts[k];
        return {
          total: all.length,
          online: all.filter((s) => s.status === 'online').length,
          offline: all.filter((s) => s.status === 'offline').length,
          isolated: all.filter((s) => s.isolation.isolated).length,
          withOpenAlerts: all.filter((s) => Object.values(s.openAlerts).some((n) => n > 0)).length,
          coverageDegraded: all.filter((s) => s.coverage?.degraded).length,
          openAlerts,
        };
      },
    }),
    route({
      method: 'get',
      path: '/agents',
      access: 'viewer',
      tag: 'agents',
      summary: 'Hosts with status, isolation, open alerts, exec coverage and gaps; filter by text and status',
      query: z
        .object({
          q: z.string().max(200).optional().describe('substring of hostname, IP, OS or agent id'),
          status: z
            .enum(['online', 'offline', 'isolated', 'alerting', 'degraded'])
            .optional()
            .describe('degraded: exec coverage under the alert threshold or records lost, over the summary window'),
          cursor: z.string().max(400).optional(),
          limit: z.coerce.number().int().min(1).max(deps.options.maxPageSize).optional(),
        })
        .strict(),
      response: z.object({ items: z.array(agentSummary), nextCursor: z.string().nullable() }),
      handler({ query }) {
        const limit = query.limit ?? deps.options.defaultPageSize;
        const after = query.cursor ? decodeCursor(z.tuple([z.string(), z.string()]), query.cursor) : undefined;
        const q = query.q?.toLowerCase();
        if (!q && !query.status) {
          // unfiltered: the agent table cuts the page, so a page costs its own hosts, not the fleet's
          const rows = fleet.listAgents({ ...(after ? { after: { hostname: after[0], id: after[1] } } : {}), limit: limit + 1 });
          const page = rows.slice(0, limit).map((a) => summarizeAgent(fleet, a));
          const last = page[page.length - 1];
          return { items: page, nextCursor: rows.length > limit && last ? encodeCursor([last.hostname, last.id]) : null };
        }
        const items = fleet
          .listAgents()
          .map((a) => summarizeAgent(fleet, a))
          .filter((s) => !q || [s.hostname, s.id, s.os, ...s.ips].some((v) => v.toLowerCase().includes(q)))
          .filter((s) => {
            switch (query.status) {
              case 'online':
              case 'offline':
                return s.status === query.status;
              case 'isolated':
                return s.isolation.isolated;
              case 'alerting':
                return Object.values(s.openAlerts).some((n) => n > 0);
              case 'degraded':
                return s.coverage?.degraded === true;
              default:
                return true;
            }
          })
          .sort((a, b) => compareHost(a, b))
          .filter((s) => !after || compareHost(s, { hostname: after[0], id: after[1] }) > 0);
        const page = items.slice(0, limit);
        const last = page[page.length - 1];
        return { items: page, nextCursor: items.length > limit && last ? encodeCursor([last.hostname, last.id]) : null };
      },
    }),
    route({
      method: 'get',
      path: '/agents/:agentId',
      access: 'viewer',
      tag: 'agents',
      summary: 'One host: summary, inventory, health, gaps, last tamper event',
      params: agentParams,
      handler({ params }) {
        const a = mustGet(params.agentId);
        const inventory = (fleet.tracker.inventory(a.id) as Record<string, unknown> | undefined) ?? a.inventory ?? null;
        return {
          ...summarizeAgent(fleet, a),
          machineId: a.machineId,
          inventory: inventory
            ? (JSON.parse(
                JSON.stringify(inventory, (_k, v: unknown) => (typeof v === 'object' && v && 'low' in v && 'high' in v ? u64ToNumber(v as never) : v)),
              ) as unknown)
            : null,
          health: fleet.tracker.health(a.id) ?? null,
          gapList: fleet.events
            .gaps(a.id)
            .slice(0, 50)
            .map((g) => ({ ...g, firstTimeMs: Number(g.firstTimeNs / 1_000_000n), lastTimeMs: Number(g.lastTimeNs / 1_000_000n) })),
          lastTamper: fleet.tracker.lastTamper(a.id) ?? null,
        };
      },
    }),
    route({
      method: 'get',
      path: '/agents/:agentId/processes',
      access: 'viewer',
      tag: 'agents',
      summary: 'Running processes from the latest telemetry (pid, parent, start time, exe, argv, user)',
      params: agentParams,
      handler({ params }) {
        mustGet(params.agentId);
        return { items: fleet.tracker.processes(params.agentId) };
      },
    }),
    route({
      method: 'get',
      path: '/agents/:agentId/connections',
      access: 'viewer',
      tag: 'agents',
      summary: 'Open connections and listeners from the latest telemetry',
      params: agentParams,
      handler({ params }) {
        mustGet(params.agentId);
        return { connections: fleet.tracker.connections(params.agentId), listeners: fleet.tracker.listeners(params.agentId) };
      },
    }),
    route({
      method: 'get',
      path: '/agents/:agentId/rate',
      access: 'viewer',
      tag: 'agents',
      summary: "Events per time bucket for one host ('fleet' for all hosts)",
      params: z.object({ agentId: z.union([idSchema, z.literal('fleet')]) }),
      query: z
        .object({
          minutes: z.coerce
            .number()
            .int()
            .min(1)
            .max(7 * 24 * 60)
            .default(60),
          buckets: z.coerce.number().int().min(1).max(240).default(60),
        })
        .strict(),
      response: z.object({ bucketMs: z.number(), items: z.array(z.object({ startMs: z.number(), count: z.number() })) }),
      handler({ params, query }) {
        if (params.agentId !== 'fleet') mustGet(params.agentId);
        const toMs = now();
        const bucketMs = Math.max(1000, Math.floor((query.minutes * 60_000) / query.buckets));
        const fromMs = toMs - bucketMs * query.buckets;
        return {
          bucketMs,
          items: fleet.events.rates({
            agentId: params.agentId === 'fleet' ? undefined : params.agentId,
            fromMs,
            toMs: fromMs + bucketMs * query.buckets,
            bucketMs,
          }),
        };
      },
    }),
    route({
      method: 'patch',
      path: '/agents/:agentId',
      access: 'admin',
      tag: 'agents',
      summary: 'Change per-agent settings (dry-run for host-altering responses); pushed to the agent at once',
      audit: 'agent.update',
      params: agentParams,
      target: (p) => `agent:${p.agentId}`,
      body: z.object({ dryRun: z.boolean() }).strict(),
      response: agentSummary,
      handler({ params, body, addDetail }) {
        mustGet(params.agentId);
        if (!extra.setDryRun) throw new CollectorError('VIGIL_ERR_API_UNAVAILABLE', 'agent settings are not available');
        addDetail({ dryRun: body.dryRun });
        extra.setDryRun(params.agentId, body.dryRun);
        return summarizeAgent(fleet, mustGet(params.agentId));
      },
    }),
  ];
}
