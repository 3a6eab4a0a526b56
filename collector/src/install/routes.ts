// The public install endpoints: GET /install.sh (rendered for this collector), the current agent bundle
// with its SHA-256 and signature, and every published bundle by version (what upgrade commands point to).
// Nothing here is secret; the token is the only credential and it is never served.
import express, { type Request, type Response } from 'express';
import { createReadStream, statSync } from 'node:fs';
import type { Logger } from '@vigil/logger';
import { BUNDLE_VERSION_RE } from '@vigil/proto';
import type { BundleStore, PublishedBundle } from './bundles.js';
import { renderInstallScript, type CollectorIdentity } from './script.js';

export interface InstallRoutesDeps {
  bundles: BundleStore;
  /** The collector as the requester reached it (or install.publicUrl); undefined for an odd Host header. */
  identityFor(req: Request): CollectorIdentity | undefined;
  template: () => string;
  logger: Logger;
}

function sendBundle(res: Response, bundles: BundleStore, b: PublishedBundle | undefined): void {
  if (!b) {
    res.status(404).type('text/plain').send('no agent bundle is published on this collector\n');
    return;
  }
  // The file as it is on disk (never the published length): the agent checks the signed SHA-256 itself.
  let size: number;
  try {
    size = statSync(bundles.fileOf(b.version)).size;
  } catch {
    res.status(404).type('text/plain').send('bundle file missing\n');
    return;
  }
  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  res.setHeader('Content-Length', String(size));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Vigil-Bundle-Version', b.version);
  res.setHeader('X-Vigil-Bundle-Sha256', b.sha256);
  createReadStream(bundles.fileOf(b.version))
    .on('error', () => res.destroy())
    .pipe(res);
}

export function installRouter(d: InstallRoutesDeps): express.Router {
  const r = express.Router();
  r.get('/install.sh', (req, res) => {
    const id = d.identityFor(req);
    if (!id) {
      res.status(400).type('text/plain').send('the Host header is not a host name or address; set install.publicUrl\n');
      return;
    }
    let text: string;
    try {
      text = renderInstallScript(d.template(), id);
    } catch (err) {
      d.logger.error({ err }, 'cannot render install.sh');
      res.status(500).type('text/plain').send('install script unavailable\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/x-shellscript').send(text);
  });
  r.get('/download/vigil-agent.mjs', (_req, res) => sendBundle(res, d.bundles, d.bundles.current()));
  r.get('/download/vigil-agent.mjs.sha256', (_req, res) => {
    const b = d.bundles.current();
    if (!b) return void res.status(404).type('text/plain').send('no agent bundle is published\n');
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/plain').send(`${b.sha256}  vigil-agent.mjs\n`);
  });
  r.get('/download/vigil-agent.mjs.sig', (_req, res) => {
    const b = d.bundles.current();
    if (!b) return void res.status(404).json({ error: 'no agent bundle is published' });
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      version: b.version,
      sha256: b.sha256,
      signature: b.signature,
      signed: 'vigil.v1.bundle 0x00 sha256-hex 0x00 version (Ed25519, the command key agents pin)',
    });
  });
  r.get('/download/bundles/:version/vigil-agent.mjs', (req, res) => {
    const version = req.params.version;
    sendBundle(res, d.bundles, BUNDLE_VERSION_RE.test(version) ? d.bundles.get(version) : undefined);
  });
  return r;
}
