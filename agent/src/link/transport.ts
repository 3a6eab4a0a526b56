// Plain ws:// beyond loopback needs an explicit choice (issue 13, item 10): without TLS anyone on the path
// can read the events and stand in for the collector until its proof fails. `--insecure` (enroll, install,
// run) or link.allowInsecure in the config is that choice; loopback (the quick start) needs none.
import { isIP } from 'node:net';
import { AgentError } from '../errors.js';

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1' || /^::ffff:127\./.test(h);
}

/** Throws VIGIL_ERR_LINK_INSECURE for ws:// to anything but loopback unless allowed. */
export function checkTransport(url: string, allowInsecure: boolean): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AgentError('VIGIL_ERR_AGENT_CONFIG', `not a URL: ${url}`);
  }
  if (u.protocol === 'wss:' || u.protocol === 'https:') return;
  if (isLoopbackHost(u.hostname) || allowInsecure) return;
  throw new AgentError(
    'VIGIL_ERR_LINK_INSECURE',
    `${u.protocol}// to ${u.host} is not encrypted and is not loopback; use wss:// (vigil-collector init --tls), or pass --insecure (link.allowInsecure: true) to accept that`,
  );
}
