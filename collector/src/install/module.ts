// The install feature, wired: the bundle store under the data folder (adopting this checkout's built bundle
// when nothing is published), the public install endpoints, the "Add host" command and upgrade offers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import type { Request, Router } from 'express';
import type { Logger } from '@vigil/logger';
import type { CollectorConfig } from '../config.js';
import type { AgentStore, TokenStore } from '../hosts/types.js';
import type { CommandService } from '../commands/service.js';
import { CollectorError } from '../errors.js';
import { BundleStore } from './bundles.js';
import { retiredPublicKeys, type CommandKeyring } from '../keys/keyring.js';
import { installRouter } from './routes.js';
import { installCommand, loadTemplate, tlsPins, urlFromHost, type CollectorIdentity } from './script.js';
import { offerUpgrade } from './upgrade.js';

export interface InstallModule {
  readonly bundles: BundleStore;
  /** The public endpoints (/install.sh, bundles): mounted before the API. */
  readonly router: Router;
  /** The collector as a request reached it (publicUrl wins). */
  identityFor(host: string | undefined): CollectorIdentity | undefined;
  /** A fresh enrollment token and the one-line install command with it. */
  createHostCommand(host: string | undefined, note?: string): { token: string; tokenId: string; expiresAtMs: number; command: string; scriptUrl: string };
  offer(req: { agentId: string; version?: string | undefined; operator: string; source?: string }): ReturnType<typeof offerUpgrade>;
}

export interface InstallDeps {
  dataDir: string;
  options: CollectorConfig['install'];
  tls: CollectorConfig['tls'];
  /** The agent WebSocket path the install script points agents at. */
  agentPath: string;
  commandKey: { privateKey: KeyObject; publicKey: Buffer; rotations: CommandKeyring['rotations'] };
  tokens: Pick<TokenStore, 'create'>;
  agents: Pick<AgentStore, 'get'>;
  commands: CommandService;
  logger: Logger;
  clock: () => number;
}

export function createInstall(deps: InstallDeps): InstallModule {
  const { options, logger } = deps;
  const bundles = new BundleStore(join(deps.dataDir, 'bundles'), deps.commandKey.privateKey, deps.clock, retiredPublicKeys(deps.commandKey));
  if (options.bundleFile) {
    try {
      const r = bundles.adoptBuilt(options.bundleFile);
      if (r.published) logger.info({ version: r.published.version, sha256: r.published.sha256, reason: r.reason }, 'agent bundle published');
      else logger.debug({ reason: r.reason }, 'built agent bundle not adopted');
    } catch (err) {
      logger.warn({ err, file: options.bundleFile }, 'cannot publish the built agent bundle');
    }
  }
  const pins = deps.tls ? tlsPins(readFileSync(deps.tls.certFile, 'utf8')) : { fingerprint: '', curlPin: '' };
  if (!bundles.current())
    logger.warn({ dir: bundles.dir }, 'no agent bundle published: /install.sh cannot install agents until "vigil-collector bundle publish"');
  const identityFor = (host: string | undefined): CollectorIdentity | undefined => {
    const url = options.publicUrl ?? urlFromHost(host, deps.tls !== undefined);
    return url ? { url: url.replace(/\/+$/, ''), ...pins, agentPath: deps.agentPath, commandKey: deps.commandKey.publicKey.toString('base64') } : undefined;
  };
  let template: string | undefined;
  return {
    bundles,
    router: installRouter({ bundles, identityFor: (req: Request) => identityFor(req.headers.host), template: () => (template ??= loadTemplate()), logger }),
    identityFor,
    createHostCommand(host, note) {
      const id = identityFor(host);
      if (!id) throw new CollectorError('VIGIL_ERR_INSTALL_URL', 'cannot tell the collector URL from this request; set install.publicUrl', { http: 400 });
      const { token, record } = deps.tokens.create({
        ttlSeconds: options.tokenTtlSeconds,
        maxUses: options.tokenUses,
        nowMs: deps.clock(),
        note: note ?? 'Add host',
      });
      return { token, tokenId: record.id, expiresAtMs: record.expiresAtMs, command: installCommand(id, token), scriptUrl: `${id.url}/install.sh` };
    },
    offer(req) {
      if (!deps.agents.get(req.agentId)) throw new CollectorError('VIGIL_ERR_BUNDLE_NOT_FOUND', `no agent ${req.agentId}`, { http: 404 });
      return offerUpgrade(deps.commands, bundles, { ...req, ttlMs: options.upgradeTtlMs });
    },
  };
}
