// What isolation must keep open: every address the collector name resolves to right now, the live
// connection's peer, the collector port, and the resolvers from /etc/resolv.conf. Also the default
// self-test: a fresh TCP connection to the collector port succeeds before the deadline.
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { isIP } from 'node:net';
import { foldMapped } from '../shared/grammar.js';
import type { SelfTest } from './isolation.js';

export interface CollectorEndpoint {
  /** Host name or IP literal from the collector URL. */
  host: string;
  port: number;
  /** Remote addresses of the live connection(s), if connected (see livePeers). */
  liveAddresses?: string[];
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
  for (const a of ep.liveAddresses ?? []) if (isIP(foldMapped(a))) out.add(foldMapped(a.toLowerCase()));
  return [...out].sort();
}

/** Nameserver addresses from resolv.conf (IP literals only; zone ids dropped). */
export function resolvers(path = '/etc/resolv.conf'): string[] {
  let text: string;
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

/** Decodes a /proc/net/tcp{,6} hex address (each 32-bit word in host, i.e. little-endian, order). */
export function decodeProcAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((w) => (w.match(/../g) ?? []).reverse().map((b) => parseInt(b, 16)));
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12).join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  // RFC 5952: the longest run (2+) of zero groups becomes "::".
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.len && j - i >= 2) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

/**
 * Remote addresses of this process's ESTABLISHED TCP connections to `port`: the live collector
 * connection as the kernel sees it (covers a proxy or NAT address the name does not resolve to).
 */
export function livePeers(port: number, procSelf = '/proc/self'): string[] {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`${procSelf}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`${procSelf}/fd/${fd}`));
        if (m?.[1]) inodes.add(m[1]);
      } catch {
        /* fd closed meanwhile */
      }
    }
  } catch {
    return [];
  }
  const out = new Set<string>();
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = readFileSync(`${procSelf}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      const [remAddr, remPort] = (f[2] ?? '').split(':');
      if (f[3] !== '01' || !remAddr || parseInt(remPort ?? '', 16) !== port || !inodes.has(f[9] ?? '')) continue;
      out.add(decodeProcAddress(remAddr));
    }
  }
  return [...out].sort();
}
