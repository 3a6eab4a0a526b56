// The kernel's process connector (NETLINK_CONNECTOR, CN_IDX_PROC): fork, exec and exit of every process,
// on a socket of its own. It is the independent count of execs for the coverage ledger, feeds the process
// table, and is the exec source where audit is unavailable. It needs CAP_NET_ADMIN in the initial
// namespaces; elsewhere the kernel silently sends nothing, so a start without the listen ack is a failure.
import type { NativeNetlink } from './native.js';
import { NLMSG_DONE, NetlinkSocket, type NetlinkMessage } from './netlink.js';

const NETLINK_CONNECTOR = 11;
const CN_IDX_PROC = 1;
const CN_VAL_PROC = 1;
const PROC_CN_MCAST_LISTEN = 1;
const PROC_CN_MCAST_IGNORE = 2;
const CN_MSG = 20;

export const PROC_EVENT = { NONE: 0, FORK: 1, EXEC: 2, UID: 4, GID: 0x40, EXIT: 0x80000000 } as const;

export interface ConnectorHandlers {
  fork(parentTgid: number, childTgid: number): void;
  exec(tgid: number, timeNsMonotonic: bigint): void;
  exit(tgid: number, exitCode: number): void;
  overflow(count: number): void;
}

function control(op: number, seq: number): Buffer {
  const b = Buffer.alloc(CN_MSG + 4);
  b.writeUInt32LE(CN_IDX_PROC, 0);
  b.writeUInt32LE(CN_VAL_PROC, 4);
  b.writeUInt32LE(seq, 8);
  b.writeUInt16LE(4, 16);
  b.writeUInt32LE(op, CN_MSG);
  return b;
}

export class ProcConnector {
  private sock?: NetlinkSocket;
  private acked?: () => void;
  /**
   * Events count only once the kernel acknowledged our listen: a socket in a nested PID namespace joins the
   * group and receives the whole host's events without an ack, and those are not this host's to count.
   */
  private listening = false;

  constructor(
    private readonly addon: NativeNetlink,
    private readonly handlers: ConnectorHandlers,
    private readonly rcvbufBytes: number,
  ) {}

  /** Opens the socket and waits for the kernel's listen ack; rejects with the reason otherwise. */
  async start(timeoutMs = 1500): Promise<void> {
    const sock = new NetlinkSocket(this.addon, { protocol: NETLINK_CONNECTOR, groups: CN_IDX_PROC, rcvbufBytes: this.rcvbufBytes });
    this.sock = sock;
    sock.onMessage((m) => this.onMessage(m));
    sock.onOverflow((n) => this.handlers.overflow(n));
    const ack = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('process connector did not acknowledge (not in the initial namespaces, or no CAP_NET_ADMIN)')),
        timeoutMs,
      );
      this.acked = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    try {
      // The send is inside the try: when it fails, the acknowledgement's timer must not reject unheard.
      const errno = sock.send(NLMSG_DONE, 0, control(PROC_CN_MCAST_LISTEN, 1));
      if (errno !== 0) throw new Error(`process connector listen failed: errno ${errno}`);
      await ack;
    } catch (err) {
      this.acked?.();
      this.acked = undefined;
      this.stop();
      throw err;
    }
  }

  stop(): void {
    if (!this.sock) return;
    this.sock.send(NLMSG_DONE, 0, control(PROC_CN_MCAST_IGNORE, 2));
    this.sock.close();
    this.sock = undefined;
  }

  get overflows(): number {
    return this.sock?.overflows ?? 0;
  }

  private onMessage(m: NetlinkMessage): void {
    const d = m.data;
    if (d.length < CN_MSG + 16) return;
    if (d.readUInt32LE(0) !== CN_IDX_PROC) return;
    const what = d.readUInt32LE(CN_MSG);
    if (!this.listening && what !== PROC_EVENT.NONE) return;
    const at = CN_MSG + 16;
    switch (what) {
      case PROC_EVENT.NONE:
        this.listening = true;
        this.acked?.();
        this.acked = undefined;
        return;
      case PROC_EVENT.FORK: {
        if (d.length < at + 16) return;
        const childPid = d.readUInt32LE(at + 8);
        const childTgid = d.readUInt32LE(at + 12);
        if (childPid === childTgid) this.handlers.fork(d.readUInt32LE(at + 4), childTgid);
        return;
      }
      case PROC_EVENT.EXEC:
        if (d.length >= at + 8) this.handlers.exec(d.readUInt32LE(at + 4), d.readBigUInt64LE(CN_MSG + 8));
        return;
      case PROC_EVENT.EXIT: {
        if (d.length < at + 12) return;
        const pid = d.readUInt32LE(at);
        const tgid = d.readUInt32LE(at + 4);
        if (pid === tgid) this.handlers.exit(tgid, d.readUInt32LE(at + 8));
        return;
      }
      default:
        return;
    }
  }
}
