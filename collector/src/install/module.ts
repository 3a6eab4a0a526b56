// The install feature as a collector module: the bundle store under the data folder (adopting this
// checkout's built bundle when nothing is published), the public install endpoints, the "Add host"
// command and upgrade offers for the API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'express';
import type { CollectorApp, CollectorModule } from '../app.js';
import type { CommandService } from '../commands/service.js';
import { CollectorError } from '../errors.js';
import { BundleStore } from './bundles.js';
import { installRouter } from './routes.js';
import { installCommand, loadTemplate, tlsPins, urlFromHost, type CollectorIdentity } from './script.js';
import { offerUpgrade } from './upgrade.js';

export interface InstallModule extends CollectorModule {
  /** Set after setup(). */
  bundles?: BundleStore;
  /** The collector as a request reached it (publicUrl wins). */
  identityFor(host: string | undefined): CollectorIdentity | undefined;
  /** A fresh enrollment token and the one-line install command with it. */
  createHostCommand(host: string | undefined, note?: string): { token: string; tokenId: string; expiresAtMs: number; command: string; scriptUrl: string };
  offer(req: { agentId: string; version?: string | undefined; operator: string; source?: string }): ReturnType<typeof offerUpgrade>;
}

export function installModule(options: { commands: () => CommandService | undefined }): InstallModule {
  let appRef: CollectorApp | undefined;
  let pins = { fingerprint: '', curlPin: '' };
  const mod: InstallModule = {
    name: 'install',
    setup(app: CollectorApp) {
      appRef = app;
      const logger = app.logger.child({ component: 'install' });
      const bundles = new BundleStore(join(app.paths.root, 'bundles'), app.commandKey.privateKey, app.clock);
      mod.bundles = bundles;
      const built = app.config.install.bundleFile;
      if (built) {
        try {
          const r = bundles.adoptBuilt(built);
          if (r.published) logger.info({ version: r.published.version, sha256: r.published.sha256, reason: r.reason }, 'agent bundle published');
          else logger.debug({ reason: r.reason }, 'built agent bundle not adopted');
        } catch (err) {
          logger.warn({ err, file: built }, 'cannot publish the built agent bundle');
        }
      }
      if (app.config.tls) pins = tlsPins(readFileSync(app.config.tls.certFile, 'utf8'));
      let template: string | undefined;
      app.express.use(
        installRouter({
          bundles,
          identityFor: (req: Request) => mod.identityFor(req.headers.host),
          template: () => (template ??= loadTemplate()),
          logger,
        }),
      );
      if (!bundles.current())
        logger.warn({ dir: bundles.dir }, 'no agent bundle published: /install.sh cannot install agents until "vigil-collector bundle publish"');
    },
    identityFor(host) {
      const app = appRef;
      if (!app) return undefined;
      const url = app.config.install.publicUrl ?? urlFromHost(host, app.tls);
      return url
        ? { url: url.replace(/\/+$/, ''), ...pins, agentPath: app.config.gateway.path, commandKey: app.commandKey.publicKey.toString('base64') }
        : undefined;
    },
    createHostCommand(host, note) {
      const app = appRef;
      if (!app) throw new CollectorError('VIGIL_ERR_INSTALL_URL', 'install module not set up', { http: 503 });
      const id = mod.identityFor(host);
      if (!id) throw new CollectorError('VIGIL_ERR_INSTALL_URL', 'cannot tell the collector URL from this request; set install.publicUrl', { http: 400 });
      const c = app.config.install;
      const { token, record } = app.state.createToken({ ttlSeconds: c.tokenTtlSeconds, maxUses: c.tokenUses, nowMs: app.clock(), note: note ?? 'Add host' });
      return { token, tokenId: record.id, expiresAtMs: record.expiresAtMs, command: installCommand(id, token), scriptUrl: `${id.url}/install.sh` };
    },
    offer(req) {
      const app = appRef;
      const commands = options.commands();
      if (!app || !commands || !mod.bundles) throw new CollectorError('VIGIL_ERR_INSTALL_URL', 'commands are not available', { http: 503 });
      if (!app.agents.get(req.agentId)) throw new CollectorError('VIGIL_ERR_BUNDLE_NOT_FOUND', `no agent ${req.agentId}`, { http: 404 });
      return offerUpgrade(commands, mod.bundles, { ...req, ttlMs: app.config.install.upgradeTtlMs });
    },
  };
  return mod;
}
