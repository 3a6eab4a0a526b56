// Response commands: create (each action's parameters validated here first), read status and history,
// approve or reject policy proposals and orders the two-person rule holds, the isolation impact preview, and
// response policies (admin).
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ACTION_NAMES, commandBody } from '@vigil/actions';
import { CollectorError } from '../../errors.js';
import type { CommandService } from '../../commands/service.js';
import type { PolicyRow, PolicyStore } from '../../commands/types.js';
import { route, type AnyRoute } from '../route.js';
import { credentialDetail } from '../../commands/credential-access.js';
import { idSchema, timeMsSchema } from '../schemas.js';
import { decodeCursor, encodeCursor } from '../paging.js';
import type { ApiCoreDeps } from '../deps.js';
import type { Fleet } from '../../hosts/fleet.js';

const createBody = z.intersection(
  z.object({
    agentId: idSchema,
    /** Report only, even on an agent that applies actions. */
    dryRun: z.boolean().default(false),
    ttlSeconds: z
      .number()
      .int()
      .min(10)
      .max(7 * 86_400)
      .optional(),
  }),
  commandBody,
);

const commandView = z.object({
  id: z.string(),
  agentId: z.string(),
  action: z.enum(ACTION_NAMES),
  params: z.unknown(),
  operator: z.string(),
  policyId: z.string().nullable(),
  dryRun: z.boolean(),
  status: z.enum(['awaiting_approval', 'pending', 'delivered', 'running', 'succeeded', 'failed', 'refused', 'expired', 'rejected']),
  createdAtMs: z.number(),
  expiresAtMs: z.number(),
  deliveredAtMs: z.number().nullable(),
  startedAtMs: z.number().nullable(),
  finishedAtMs: z.number().nullable(),
  errorCode: z.string().nullable(),
  message: z.string().nullable(),
  output: z.unknown(),
  /** Set when the two-person rule held the order: why, and who asked (who may therefore not approve it). */
  hold: z
    .object({
      commandId: z.string(),
      rule: z.literal('two_person_rule'),
      requestedBy: z.string(),
      hosts: z.number(),
      maxHosts: z.number(),
      windowMs: z.number(),
      reason: z.string(),
      heldAtMs: z.number(),
    })
    .nullable(),
});

const isLoopback = (a: string) => a === '::1' || a.startsWith('127.') || a === 'localhost' || a.startsWith('::ffff:127.');

export function commandRoutes(
  deps: ApiCoreDeps,
  fleet: Fleet,
  services: { commands: CommandService; policies: PolicyStore; collectorPort: () => number },
): AnyRoute[] {
  const commands = () => services.commands;
  const policies = () => services.policies;
  const mustGet = (id: string) => {
    const row = commands().get(id);
    if (!row) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no command ${id}`);
    return row;
  };
  const { defaultPageSize, maxPageSize } = deps.options;
  const policyBody = z
    .object({
      name: z.string().min(1).max(100),
      enabled: z.boolean().default(true),
      mode: z.enum(['auto', 'approve']),
      ruleId: z.string().max(200).optional(),
      minSeverity: z.enum(['informational', 'low', 'medium', 'high', 'critical']).optional(),
      dryRun: z.boolean().default(false),
    })
    .and(commandBody)
    .refine((p) => p.ruleId || p.minSeverity, 'a policy needs a ruleId or a minSeverity')
    .refine((p) => !(p.action === 'collect_file' && p.params.credentialAccess), 'a policy cannot collect credential files (that needs an admin in person)');
  return [
    route({
      method: 'post',
      path: '/commands',
      access: 'responder',
      tag: 'commands',
      summary: 'Order a response action on a host (isolate, release, stop/start service, kill, block/unblock, quarantine/restore, triage, collect file)',
      audit: 'command.request',
      status: 201,
      body: createBody,
      target: (_p, b) => `agent:${b.agentId}`,
      response: commandView,
      handler({ body, principal, address, addDetail }) {
        if (!fleet.getAgent(body.agentId)) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no agent ${body.agentId}`);
        addDetail({ kind: body.action, ...credentialDetail(body.action, body.params) });
        const row = commands().issue({
          agentId: body.agentId,
          action: body.action,
          params: body.params,
          operator: principal.auditName,
          requester: principal.user,
          operatorRole: principal.role,
          source: address,
          dryRun: body.dryRun,
          ttlMs: body.ttlSeconds ? body.ttlSeconds * 1000 : undefined,
        });
        addDetail({ commandId: row.id, ...(row.status === 'awaiting_approval' ? { held: true } : {}) });
        return commands().view(row);
      },
    }),
    route({
      method: 'get',
      path: '/commands',
      access: 'viewer',
      tag: 'commands',
      summary: 'Command history, newest first, for one host or all',
      query: z
        .object({ agentId: idSchema.optional(), cursor: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(maxPageSize).optional() })
        .strict(),
      response: z.object({ items: z.array(commandView), nextCursor: z.string().nullable() }),
      handler({ query }) {
        const limit = query.limit ?? defaultPageSize;
        const beforeMs = query.cursor ? decodeCursor(timeMsSchema, query.cursor) : undefined;
        const rows = commands().list({ agentId: query.agentId, limit: limit + 1, beforeMs });
        const items = rows.slice(0, limit);
        const last = items[items.length - 1];
        return { items: commands().views(items), nextCursor: rows.length > limit && last ? encodeCursor(last.createdAtMs) : null };
      },
    }),
    route({
      method: 'get',
      path: '/commands/:commandId',
      access: 'viewer',
      tag: 'commands',
      summary: 'One command with its status and result',
      params: z.object({ commandId: idSchema }),
      response: commandView,
      handler: ({ params }) => commands().view(mustGet(params.commandId)),
    }),
    route({
      method: 'post',
      path: '/commands/:commandId/approve',
      access: 'responder',
      tag: 'commands',
      summary: "Approve a response policy's proposed command, or an order the two-person rule holds (not by its requester): it is signed and sent",
      audit: 'command.approve.request',
      params: z.object({ commandId: idSchema }),
      target: (p) => `command:${p.commandId}`,
      response: commandView,
      handler: ({ params, principal, address }) =>
        commands().view(commands().approve(params.commandId, { operator: principal.auditName, user: principal.user, role: principal.role }, address)),
    }),
    route({
      method: 'post',
      path: '/commands/:commandId/reject',
      access: 'responder',
      tag: 'commands',
      summary: "Reject a response policy's proposed command, or a held order",
      audit: 'command.reject.request',
      params: z.object({ commandId: idSchema }),
      target: (p) => `command:${p.commandId}`,
      response: commandView,
      handler: ({ params, principal, address }) => commands().view(commands().reject(params.commandId, principal.auditName, address)),
    }),
    route({
      method: 'get',
      path: '/agents/:agentId/isolation-preview',
      access: 'viewer',
      tag: 'commands',
      summary: 'What isolating this host would cut, from its latest telemetry: connections and listeners (loopback and the collector link are kept)',
      params: z.object({ agentId: idSchema }),
      handler({ params }) {
        if (!fleet.getAgent(params.agentId)) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no agent ${params.agentId}`);
        const port = services.collectorPort();
        const cut: unknown[] = [];
        const kept: Array<Record<string, unknown>> = [];
        for (const c of fleet.tracker.connections(params.agentId)) {
          if (isLoopback(c.remoteAddress) || isLoopback(c.localAddress)) continue;
          if (c.remotePort === port && c.direction !== 'inbound') kept.push({ ...c, reason: 'collector connection' });
          else cut.push(c);
        }
        const listeners = fleet.tracker.listeners(params.agentId).filter((l) => !isLoopback(l.localAddress));
        const health = fleet.tracker.health(params.agentId);
        return { asOfMs: health?.timeMs ?? null, cut: { connections: cut, listeners }, kept: { connections: kept } };
      },
    }),
    route({
      method: 'get',
      path: '/policies',
      access: 'viewer',
      tag: 'policies',
      summary: 'Response policies: rule or severity mapped to an action, auto or with approval',
      handler: () => ({
        items: policies()
          .list()
          .map(({ paramsJson, ...p }) => ({ ...p, params: JSON.parse(paramsJson) as unknown })),
      }),
    }),
    route({
      method: 'post',
      path: '/policies',
      access: 'admin',
      tag: 'policies',
      summary: 'Create a response policy',
      audit: 'policy.create',
      status: 201,
      body: policyBody,
      handler({ body, principal, setTarget }) {
        const id = randomUUID();
        setTarget(`policy:${id}`);
        const row: PolicyRow = {
          id,
          name: body.name,
          enabled: body.enabled,
          mode: body.mode,
          ruleId: body.ruleId ?? null,
          minSeverity: body.minSeverity ?? null,
          action: body.action,
          paramsJson: JSON.stringify(body.params),
          dryRun: body.dryRun,
          createdBy: principal.auditName,
          createdAtMs: (deps.now ?? Date.now)(),
        };
        policies().upsert(row);
        return { ...row, params: body.params };
      },
    }),
    route({
      method: 'delete',
      path: '/policies/:policyId',
      access: 'admin',
      tag: 'policies',
      summary: 'Delete a response policy',
      audit: 'policy.delete',
      params: z.object({ policyId: idSchema }),
      target: (p) => `policy:${p.policyId}`,
      handler({ params }) {
        if (!policies().remove(params.policyId)) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no policy ${params.policyId}`);
        return undefined;
      },
    }),
  ];
}
