// Offers a published bundle to an agent as a signed `upgrade` command: version, where to download it (a
// path on this collector), its SHA-256 and the bundle signature the agent checks against its pinned key.
import { CollectorError } from '../errors.js';
import type { CommandService } from '../commands/service.js';
import type { CommandRow } from '../commands/types.js';
import type { BundleStore, PublishedBundle } from './bundles.js';

export function bundlePath(version: string): string {
  return `/download/bundles/${version}/vigil-agent.mjs`;
}

export interface OfferRequest {
  agentId: string;
  /** Default: the current bundle. */
  version?: string | undefined;
  operator: string;
  source?: string;
  ttlMs: number;
}

export function offerUpgrade(commands: CommandService, bundles: BundleStore, req: OfferRequest): { bundle: PublishedBundle; command: CommandRow } {
  const bundle = req.version ? bundles.get(req.version) : bundles.current();
  if (!bundle)
    throw new CollectorError(
      'VIGIL_ERR_BUNDLE_NOT_FOUND',
      req.version ? `no published bundle ${req.version}` : 'no bundle is published (vigil-collector bundle publish FILE)',
      { http: 404 },
    );
  const command = commands.issue({
    agentId: req.agentId,
    action: 'upgrade',
    params: { version: bundle.version, url: bundlePath(bundle.version), sha256: bundle.sha256, bundleSignature: bundle.signature },
    operator: req.operator,
    ...(req.source ? { source: req.source } : {}),
    ttlMs: req.ttlMs,
  });
  return { bundle, command };
}
