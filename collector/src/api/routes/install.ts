// API routes of the install feature: the "Add host" dialog's command with a
// fresh enrollment token, the published bundles, and upgrade offers to agents. Admin only.
import { z } from '@vigil/config';
import { BUNDLE_VERSION_RE } from '@vigil/proto';
import { route, type AnyRoute } from '../route.js';
import { idSchema } from '../schemas.js';
import type { InstallModule } from '../../install/module.js';

const bundleView = z.object({ version: z.string(), sha256: z.string(), bytes: z.number(), signature: z.string(), publishedAtMs: z.number() });

export function installApiRoutes(install: InstallModule): AnyRoute[] {
  return [
    route({
      method: 'post',
      path: '/install/command',
      access: 'admin',
      tag: 'install',
      summary: 'Create an enrollment token and the one-line install command for a new host',
      audit: 'install.command',
      status: 201,
      body: z
        .object({ note: z.string().max(200).optional() })
        .strict()
        .default({}),
      response: z.object({ token: z.string(), tokenId: z.string(), expiresAtMs: z.number(), command: z.string(), scriptUrl: z.string() }),
      handler({ body, req, setTarget }) {
        const out = install.createHostCommand(req.headers.host, body.note);
        setTarget(`enrollment-token:${out.tokenId}`);
        return out;
      },
    }),
    route({
      method: 'get',
      path: '/install/bundles',
      access: 'admin',
      tag: 'install',
      summary: 'Published agent bundles and the current one',
      response: z.object({ current: z.string().nullable(), items: z.array(bundleView) }),
      handler: () => ({ current: install.bundles?.current()?.version ?? null, items: install.bundles?.list() ?? [] }),
    }),
    route({
      method: 'post',
      path: '/agents/:agentId/upgrade',
      access: 'admin',
      tag: 'install',
      summary: 'Offer a published bundle (default: the current one) to an agent as a signed upgrade command',
      audit: 'agent.upgrade',
      status: 201,
      params: z.object({ agentId: idSchema }),
      target: (p) => `agent:${p.agentId}`,
      body: z
        .object({ version: z.string().regex(BUNDLE_VERSION_RE).optional() })
        .strict()
        .default({}),
      response: z.object({ version: z.string(), commandId: z.string() }),
      handler({ params, body, principal, address }) {
        const { bundle, command } = install.offer({ agentId: params.agentId, version: body.version, operator: principal.auditName, source: address });
        return { version: bundle.version, commandId: command.id };
      },
    }),
  ];
}
