// Parser for /proc/net/{tcp,tcp6,udp,udp6}: one row per socket with hex addresses in host byte order.
import { formatV6 } from '../common/inet.js';

export interface SocketRow {
  transport: 'tcp' | 'udp';
  ipVersion: 4 | 6;
  localAddress: string;
  localPort: number;
  remoteAddress: string;
  remotePort: number;
  state: string;
  uid: number;
  inode: number;
}

const TCP_STATES: Record<string, string> = {
  '01': 'ESTABLISHED',
  '02': 'SYN_SENT',
  '03': 'SYN_RECV',
  '04': 'FIN_WAIT1',
  '05': 'FIN_WAIT2',
  '06': 'TIME_WAIT',
  '07': 'CLOSE',
  '08': 'CLOSE_WAIT',
  '09': 'LAST_ACK',
  '0A': 'LISTEN',
  '0B': 'CLOSING',
  '0C': 'NEW_SYN_RECV',
};

/** Reads a little-endian 32-bit hex word as its 4 address bytes. */
function wordBytes(hex: string): number[] {
  const v = parseInt(hex, 16) >>> 0;
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

export function decodeAddress(hex: string): string | undefined {
  if (hex.length === 8) return wordBytes(hex).join('.');
  if (hex.length !== 32) return undefined;
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 8) bytes.push(...wordBytes(hex.slice(i, i + 8)));
  return formatV6(bytes);
}

/** Parses one row of a socket table (the header line gives undefined). */
export function parseSocketLine(line: string, transport: 'tcp' | 'udp', ipVersion: 4 | 6): SocketRow | undefined {
  const f = line.trim().split(/\s+/);
  if (f.length < 10) return undefined;
  const [lhex, lport] = f[1]!.split(':');
  const [rhex, rport] = f[2]!.split(':');
  if (!lhex || !lport || !rhex || !rport) return undefined;
  const local = decodeAddress(lhex);
  const remote = decodeAddress(rhex);
  if (local === undefined || remote === undefined) return undefined;
  const st = f[3]!.toUpperCase();
  return {
    transport,
    ipVersion,
    localAddress: local,
    localPort: parseInt(lport, 16),
    remoteAddress: remote,
    remotePort: parseInt(rport, 16),
    state: transport === 'tcp' ? (TCP_STATES[st] ?? st) : st === '01' ? 'ESTABLISHED' : 'UNCONN',
    uid: Number(f[7]),
    inode: Number(f[9]),
  };
}

export function parseSocketTable(text: string, transport: 'tcp' | 'udp', ipVersion: 4 | 6): SocketRow[] {
  const rows: SocketRow[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const row = parseSocketLine(lines[i]!, transport, ipVersion);
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * The raw "local remote state" columns of a row, cut out without parsing, so rows already known are
 * recognized cheaply; undefined if the line does not have the kernel's fixed-width layout.
 */
export function rawColumns(line: string, ipVersion: 4 | 6): { tuple: string; state: string } | undefined {
  const colon = line.indexOf(': ');
  if (colon < 0) return undefined;
  const w = ipVersion === 4 ? 13 : 37;
  const start = colon + 2;
  const tuple = line.slice(start, start + w * 2 + 1);
  const state = line.slice(start + w * 2 + 2, start + w * 2 + 4);
  if (tuple.length !== w * 2 + 1 || state.length !== 2 || tuple[w] !== ' ') return undefined;
  return { tuple, state };
}

/** Kernel state name of a raw TCP state column. */
export function tcpStateName(hex: string): string {
  return TCP_STATES[hex.toUpperCase()] ?? hex;
}

export function isWildcard(address: string): boolean {
  return address === '0.0.0.0' || address === '::';
}
