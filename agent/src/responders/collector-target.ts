// What isolation must keep open: every address the collector name resolves to right now, the live
// connection's peer, the collector port, and the resolvers from /etc/resolv.conf. Also the default
// self-test: a fresh TCP connection to the collector port succeeds before the deadline.
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { foldMapped } from '../commands/grammar.js';
import type { SelfTest } from './isolation.js';

export interface CollectorEndpoint {
  /** Host name or IP literal from the collector URL. */
  host: string;
  port: number;
  /** Remote address of the live connection, if connected. */
  liveAddress?: string;
}

/** Resolves every address (v4 and v6) of the collector and adds the live peer address. */
export async function collectorAddresses(ep: CollectorEndpoint): Promise<string[]> {
  const out = new Set<string>();
  const host = ep.host.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host)) out.add(foldMapped(host.toLowerCase()));
  else {
    const all = await lookup(host, { all: true, verbatim: true }).catch(() => []);
    for (const a of all) out.add(foldMapped(a.address.toLowerCase()));
  }
  if (ep.liveAddress && isIP(foldMapped(ep.liveAddress))) out.add(foldMapped(ep.liveAddress.toLowerCase()));
  return [...out].sort();
}

/** Nameserver addresses from resolv.conf (IP literals only; zone ids dropped). */
export function resolvers(path = '/etc/resolv.conf'): string[] {
  let text = '';
  try {
    text = readFileSync(path, 'utf8').slice(0, 64 * 1024);
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    const addr = m?.[1]?.replace(/%.*$/, '').toLowerCase();
    if (addr && isIP(addr)) out.add(foldMapped(addr));
  }
  return [...out].sort();
}

function tryConnect(address: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect({ host: address, port, timeout: timeoutMs });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.once('connect', () => done(true));
    sock.once('timeout', () => done(false));
    sock.once('error', () => done(false));
  });
}

/** Self-test that opens a new TCP connection to any collector address, retrying until the deadline. */
export function tcpSelfTest(addresses: readonly string[], port: number, retryMs = 250): SelfTest {
  return async (deadlineMs) => {
    const end = Date.now() + deadlineMs;
    let attempts = 0;
    while (Date.now() < end) {
      for (const a of addresses) {
        attempts++;
        const left = Math.max(100, Math.min(2000, end - Date.now()));
        if (await tryConnect(a, port, left)) return { ok: true, detail: `connected to ${a.includes(':') ? `[${a}]` : a}:${port} (attempt ${attempts})` };
      }
      await new Promise((r) => setTimeout(r, retryMs));
    }
    return { ok: false, detail: `no collector address (${addresses.join(', ')}) reachable on port ${port} within ${deadlineMs} ms after ${attempts} attempts` };
  };
}
