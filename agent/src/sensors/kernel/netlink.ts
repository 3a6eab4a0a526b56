// A netlink socket with the framing every kernel sensor needs: split the addon's batches into datagrams
// and messages (nlmsghdr), and run request/ack exchanges (audit status, rule changes, sock_diag dumps)
// matched by sequence number with a timeout. Messages a request does not claim go to the listener.
import type { NativeNetlink, NativeNetlinkSocket } from './native.js';

export const NLMSG_NOOP = 1;
export const NLMSG_ERROR = 2;
export const NLMSG_DONE = 3;
export const NLM_F_REQUEST = 0x1;
export const NLM_F_MULTI = 0x2;
export const NLM_F_ACK = 0x4;
export const NLM_F_DUMP = 0x300;
const HDR = 16;

export interface NetlinkMessage {
  type: number;
  flags: number;
  seq: number;
  pid: number;
  /** The payload after the 16-byte header (a view into the received datagram). */
  data: Buffer;
}

/** Splits one datagram into its netlink messages; a malformed length ends the datagram. */
export function splitMessages(datagram: Buffer, out: NetlinkMessage[] = []): NetlinkMessage[] {
  let off = 0;
  while (off + HDR <= datagram.length) {
    const len = datagram.readUInt32LE(off);
    if (len < HDR || off + len > datagram.length) {
      // Audit records may carry an nlmsg_len shorter than the datagram (the kernel pads it): take what is there.
      if (len >= HDR && off === 0) out.push(header(datagram, off, datagram.length));
      break;
    }
    out.push(header(datagram, off, len));
    off += (len + 3) & ~3;
  }
  return out;
}

function header(d: Buffer, off: number, len: number): NetlinkMessage {
  return {
    type: d.readUInt16LE(off + 4),
    flags: d.readUInt16LE(off + 6),
    seq: d.readUInt32LE(off + 8),
    pid: d.readUInt32LE(off + 12),
    data: d.subarray(off + HDR, off + len),
  };
}

export function encodeMessage(type: number, flags: number, seq: number, payload: Buffer, pid = 0): Buffer {
  const b = Buffer.alloc(HDR + payload.length);
  b.writeUInt32LE(b.length, 0);
  b.writeUInt16LE(type, 4);
  b.writeUInt16LE(flags, 6);
  b.writeUInt32LE(seq >>> 0, 8);
  b.writeUInt32LE(pid >>> 0, 12);
  payload.copy(b, HDR);
  return b;
}

export class NetlinkError extends Error {
  constructor(
    message: string,
    readonly errno: number,
  ) {
    super(message);
    this.name = 'NetlinkError';
  }
}

interface Pending {
  resolve(messages: NetlinkMessage[]): void;
  reject(err: Error): void;
  messages: NetlinkMessage[];
  timer: NodeJS.Timeout;
  /** Dumps end with NLMSG_DONE; plain requests with their ack or first reply. */
  dump: boolean;
}

export interface NetlinkSocketOptions {
  protocol: number;
  groups?: number;
  rcvbufBytes?: number;
  requestTimeoutMs?: number;
}

/** Errno names for the values the kernel sensors meet. */
const ERRNO: Record<number, string> = {
  1: 'EPERM',
  2: 'ENOENT',
  13: 'EACCES',
  17: 'EEXIST',
  22: 'EINVAL',
  95: 'EOPNOTSUPP',
  105: 'ENOBUFS',
  111: 'ECONNREFUSED',
  93: 'EPROTONOSUPPORT',
};
export function errnoName(errno: number): string {
  return ERRNO[errno] ?? `errno ${errno}`;
}

export class NetlinkSocket {
  private readonly native: NativeNetlinkSocket;
  private readonly pending = new Map<number, Pending>();
  private seq = Math.floor(Math.random() * 0x7fffffff);
  private closed = false;
  /** Datagrams the kernel could not queue for us (socket overflow), since open. */
  overflows = 0;
  private listener: (m: NetlinkMessage) => void = () => {};
  private overflowListener: (n: number) => void = () => {};

  constructor(
    addon: NativeNetlink,
    private readonly opts: NetlinkSocketOptions,
  ) {
    this.native = new addon.NetlinkSocket(opts.protocol, opts.groups ?? 0, opts.rcvbufBytes ?? 0, (chunk, count, overflows) =>
      this.onChunk(chunk, count, overflows),
    );
  }

  get port(): number {
    return this.native.port();
  }

  get receiveBufferBytes(): number {
    return this.native.rcvbuf();
  }

  onMessage(fn: (m: NetlinkMessage) => void): void {
    this.listener = fn;
  }

  onOverflow(fn: (n: number) => void): void {
    this.overflowListener = fn;
  }

  join(group: number): void {
    this.native.join(group);
  }

  /** Does not keep the process alive by itself (listeners that only observe). */
  unref(): void {
    this.native.unref();
  }

  nextSeq(): number {
    this.seq = (this.seq + 1) >>> 0 || 1;
    return this.seq;
  }

  /** Sends without waiting for anything; returns the errno (0 on success). */
  send(type: number, flags: number, payload: Buffer, seq = this.nextSeq()): number {
    if (this.closed) return 9;
    return this.native.send(encodeMessage(type, flags, seq, payload, this.port));
  }

  /**
   * Sends a request and resolves with the replies carrying its sequence number: for a dump every message up
   * to NLMSG_DONE, otherwise the first reply (an ack resolves with none). A kernel error rejects.
   */
  request(type: number, flags: number, payload: Buffer, dump = (flags & NLM_F_DUMP) === NLM_F_DUMP): Promise<NetlinkMessage[]> {
    const seq = this.nextSeq();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(seq);
        reject(new NetlinkError(`netlink request ${type} timed out`, 110));
      }, this.opts.requestTimeoutMs ?? 2000);
      this.pending.set(seq, { resolve, reject, messages: [], timer, dump });
      const errno = this.send(type, flags | NLM_F_REQUEST, payload, seq);
      if (errno !== 0) {
        clearTimeout(timer);
        this.pending.delete(seq);
        reject(new NetlinkError(`netlink send failed: ${errnoName(errno)}`, errno));
      }
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.native.close();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new NetlinkError('netlink socket closed', 9));
    }
    this.pending.clear();
  }

  private onChunk(chunk: Buffer, count: number, overflows: number): void {
    if (overflows > 0) {
      this.overflows += overflows;
      this.overflowListener(overflows);
    }
    const messages: NetlinkMessage[] = [];
    let off = 0;
    for (let i = 0; i < count && off + 4 <= chunk.length; i++) {
      const len = chunk.readUInt32LE(off);
      const datagram = chunk.subarray(off + 4, off + 4 + len);
      off += 4 + ((len + 3) & ~3);
      messages.length = 0;
      splitMessages(datagram, messages);
      for (const m of messages) this.dispatch(m);
    }
  }

  private dispatch(m: NetlinkMessage): void {
    // Replies carry our sequence number (and our port id, or 0); multicast records carry sequence 0.
    const p = m.seq !== 0 ? this.pending.get(m.seq) : undefined;
    if (!p) {
      this.listener(m);
      return;
    }
    if (m.type === NLMSG_ERROR) {
      const err = m.data.length >= 4 ? -m.data.readInt32LE(0) : 0;
      this.finish(m.seq, p);
      if (err === 0) p.resolve(p.messages);
      else p.reject(new NetlinkError(`netlink request refused: ${errnoName(err)}`, err));
      return;
    }
    if (m.type === NLMSG_DONE) {
      this.finish(m.seq, p);
      p.resolve(p.messages);
      return;
    }
    p.messages.push(m);
    if (!p.dump) {
      this.finish(m.seq, p);
      p.resolve(p.messages);
    }
  }

  private finish(seq: number, p: Pending): void {
    clearTimeout(p.timer);
    this.pending.delete(seq);
  }
}
