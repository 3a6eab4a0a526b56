// The socket inventory from the kernel's sock_diag netlink interface (inet_diag): listening TCP sockets
// and unconnected UDP sockets, filtered by state inside the kernel. Reading /proc/net/tcp* text instead
// walks the whole TCP hash table on every poll (7-15 ms on a busy host); a state-filtered dump visits
// the listening sockets only.
import type { NativeNetlink } from './native.js';
import { NLM_F_DUMP, NetlinkSocket } from './netlink.js';
import type { SocketRow } from '../network/proc-net.js';
import { formatV4, formatV6 } from '../common/inet.js';

const NETLINK_SOCK_DIAG = 4;
const SOCK_DIAG_BY_FAMILY = 20;
const AF_INET = 2;
const AF_INET6 = 10;
const IPPROTO_TCP = 6;
const IPPROTO_UDP = 17;
const TCP_LISTEN = 10;
/** Unconnected UDP sockets sit in TCP_CLOSE: what /proc/net/udp shows as UNCONN. */
const UDP_UNCONNECTED = 7;
const MSG_BYTES = 72;

function request(family: number, protocol: number, states: number): Buffer {
  const b = Buffer.alloc(56);
  b.writeUInt8(family, 0);
  b.writeUInt8(protocol, 1);
  b.writeUInt32LE(states, 4);
  // The socket id (bytes 8..55) stays zero: no filter on addresses, and no cookie.
  b.writeUInt32LE(0xffffffff, 48);
  b.writeUInt32LE(0xffffffff, 52);
  return b;
}

/** One inet_diag_msg as a socket table row. */
export function parseDiagMessage(d: Buffer, transport: 'tcp' | 'udp'): SocketRow | undefined {
  if (d.length < MSG_BYTES) return undefined;
  const family = d.readUInt8(0);
  if (family !== AF_INET && family !== AF_INET6) return undefined;
  const v4 = family === AF_INET;
  const state = d.readUInt8(1);
  return {
    transport,
    ipVersion: v4 ? 4 : 6,
    localAddress: v4 ? formatV4(d, 8) : formatV6(d, 8),
    localPort: d.readUInt16BE(4),
    remoteAddress: v4 ? formatV4(d, 24) : formatV6(d, 24),
    remotePort: d.readUInt16BE(6),
    state: transport === 'tcp' ? (state === TCP_LISTEN ? 'LISTEN' : `STATE_${state}`) : 'UNCONN',
    uid: d.readUInt32LE(64),
    inode: d.readUInt32LE(68),
  };
}

export class SockDiag {
  private readonly sock: NetlinkSocket;

  constructor(addon: NativeNetlink) {
    this.sock = new NetlinkSocket(addon, { protocol: NETLINK_SOCK_DIAG, requestTimeoutMs: 5000 });
    // Answers only to requests: it must not keep the agent alive.
    this.sock.unref();
  }

  /** Listening TCP and unconnected UDP sockets, IPv4 and IPv6. */
  async listeners(): Promise<SocketRow[]> {
    const rows: SocketRow[] = [];
    for (const [protocol, transport, states] of [
      [IPPROTO_TCP, 'tcp', 1 << TCP_LISTEN],
      [IPPROTO_UDP, 'udp', 1 << UDP_UNCONNECTED],
    ] as const) {
      for (const family of [AF_INET, AF_INET6]) {
        const replies = await this.sock.request(SOCK_DIAG_BY_FAMILY, NLM_F_DUMP, request(family, protocol, states), true);
        for (const m of replies) {
          if (m.type !== SOCK_DIAG_BY_FAMILY) continue;
          const row = parseDiagMessage(m.data, transport);
          if (row) rows.push(row);
        }
      }
    }
    return rows;
  }

  close(): void {
    this.sock.close();
  }
}
