// Renders install.sh (collector/deploy/install.sh) for the collector that serves it: its URL, its
// certificate fingerprint, the curl public-key pin and the agent path, each checked against a strict
// grammar before it lands between single quotes in the script.
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CollectorError } from '../errors.js';

export const INSTALL_SCRIPT_TEMPLATE = fileURLToPath(new URL('../../deploy/install.sh', import.meta.url));

export interface CollectorIdentity {
  /** http(s)://host:port as servers reach it. */
  url: string;
  /** Lowercase hex SHA-256 of the TLS certificate (what agents pin); "" without TLS. */
  fingerprint: string;
  /** curl --pinnedpubkey value (sha256//base64 of the certificate's public key); "" without TLS. */
  curlPin: string;
  agentPath: string;
  /** Base64 raw Ed25519 command key: install.sh verifies the bundle's signature with it and the agent pins it. */
  commandKey: string;
}

const HOST_RE = /^(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,20}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;
const URL_RE = /^https?:\/\/[A-Za-z0-9.:_[\]-]{1,300}$/;

/** The URL a request reached the collector at, from its Host header; undefined when the header is odd. */
export function urlFromHost(host: string | undefined, tls: boolean): string | undefined {
  if (!host || !HOST_RE.test(host)) return undefined;
  return `${tls ? 'https' : 'http'}://${host}`;
}

export function tlsPins(certPem: string): { fingerprint: string; curlPin: string } {
  const cert = new X509Certificate(certPem);
  const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
  return {
    fingerprint: cert.fingerprint256.replace(/:/g, '').toLowerCase(),
    curlPin: `sha256//${createHash('sha256').update(spki).digest('base64')}`,
  };
}

export function renderInstallScript(template: string, id: CollectorIdentity): string {
  const url = id.url.replace(/\/+$/, '');
  if (!URL_RE.test(url))
    throw new CollectorError('VIGIL_ERR_INSTALL_URL', `collector URL ${JSON.stringify(url)} cannot go into the install script`, { http: 400 });
  if (!/^[0-9a-f]{0,64}$/.test(id.fingerprint) || !/^(sha256\/\/[A-Za-z0-9+/=]{44})?$/.test(id.curlPin) || !/^\/[A-Za-z0-9._/-]{0,200}$/.test(id.agentPath)) {
    throw new CollectorError('VIGIL_ERR_INSTALL_URL', 'certificate pins or agent path cannot go into the install script', { http: 500 });
  }
  if (!/^[A-Za-z0-9+/]{43}=$/.test(id.commandKey))
    throw new CollectorError('VIGIL_ERR_INSTALL_URL', 'the command key cannot go into the install script', { http: 500 });
  return template
    .replace("'@@COLLECTOR_URL@@'", `'${url}'`)
    .replace("'@@FINGERPRINT@@'", `'${id.fingerprint}'`)
    .replace("'@@CURL_PIN@@'", `'${id.curlPin}'`)
    .replace("'@@AGENT_PATH@@'", `'${id.agentPath}'`)
    .replace("'@@COMMAND_KEY@@'", `'${id.commandKey}'`);
}

export function loadTemplate(path = INSTALL_SCRIPT_TEMPLATE): string {
  return readFileSync(path, 'utf8');
}

/**
 * The one-liner the "Add host" dialog shows. Over TLS curl pins the collector key (-k trusts nothing else).
 * The token goes in on stdin (printf is a shell builtin), never on a command line others can read with ps;
 * over plain http the script needs --insecure, which the command then says out loud.
 */
export function installCommand(id: CollectorIdentity, token: string): string {
  const url = id.url.replace(/\/+$/, '');
  const curl = id.curlPin ? `curl -fsSL -k --pinnedpubkey '${id.curlPin}' ${url}/install.sh` : `curl -fsSL ${url}/install.sh`;
  const insecure = url.startsWith('http://') ? ' --insecure' : '';
  return `printf '%s\\n' '${token}' | sudo sh -c "$(${curl})" vigil-install --token-stdin${id.fingerprint ? ` --fingerprint ${id.fingerprint}` : ''}${insecure}`;
}
