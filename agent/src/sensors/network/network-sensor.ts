// Network sensor: reads the kernel socket tables each poll, reports every new connection once (with
// its owning process and direction) and listeners as they open and close. Owner lookup by fd scan
// runs only when a socket inode shows up that the last scan did not know.
import { vigil } from '@vigil/proto';
import type { Sensor, SensorContext } from '../sensor.js';
import { ProcFiles } from '../common/proc-files.js';
import { PollLoop } from '../common/poll-loop.js';
import { parseSocketLine, rawColumns, tcpStateName, isWildcard, type SocketRow } from './proc-net.js';
import { SocketOwners } from './socket-owners.js';
import { networkSensorOptions, type NetworkSensorOptions } from './options.js';

const TABLES: Array<{ file: string; transport: 'tcp' | 'udp'; ipVersion: 4 | 6 }> = [
  { file: 'tcp', transport: 'tcp', ipVersion: 4 },
  { file: 'tcp6', transport: 'tcp', ipVersion: 6 },
  { file: 'udp', transport: 'udp', ipVersion: 4 },
  { file: 'udp6', transport: 'udp', ipVersion: 6 },
];

/** TCP states after one side has closed: the connection is over even while the tuple lingers. */
const CLOSING = new Set(['FIN_WAIT1', 'FIN_WAIT2', 'TIME_WAIT', 'CLOSE', 'CLOSE_WAIT', 'LAST_ACK', 'CLOSING']);

interface Seen {
  /** The connection's end was already reported (or it was first seen already closing). */
  ended?: boolean;
  row: SocketRow;
  pid: number;
  exe: string;
  gen: number;
  direction: vigil.v1.Direction;
}

export class NetworkSensor implements Sensor {
  readonly name = 'network';
  private readonly opts: NetworkSensorOptions;
  private readonly files = new ProcFiles(256 * 1024);
  private readonly owners: SocketOwners;
  private readonly connections = new Map<string, Seen>();
  private readonly listeners = new Map<string, Seen>();
  private ctx?: SensorContext;
  private readonly loop: PollLoop;
  private gen = 0;
  private auditConnections = false;
  private diag?: () => Promise<SocketRow[]>;

  constructor(options: Partial<NetworkSensorOptions> = {}) {
    this.opts = networkSensorOptions.parse(options);
    this.owners = new SocketOwners(this.opts.procRoot, this.files);
    this.loop = new PollLoop(
      () => this.poll(true),
      this.opts.pollMs,
      (err) => this.ctx?.logger.error({ err }, 'network poll failed'),
    );
  }

  async start(ctx: SensorContext): Promise<void> {
    this.ctx = ctx;
    await this.poll(this.opts.reportExisting);
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * On: the kernel sensor reports connections (from audit connect/accept records, with their process), so
   * this poll reads listeners only. Off: this poll reports connections too.
   */
  setAuditConnections(on: boolean): void {
    this.auditConnections = on;
    if (on) this.connections.clear();
  }

  /** Listeners from the kernel's sock_diag interface instead of the /proc/net text (while audit reports connections). */
  useSocketDiag(listeners: () => Promise<SocketRow[]>): void {
    this.diag = listeners;
  }

  /** Changes the poll interval from the next poll on (the collector may push one). */
  setPollMs(ms: number): void {
    this.loop.setIntervalMs(ms);
  }

  /** Runs one poll now (tests and benchmarks). */
  pollNow(): Promise<void> {
    return Promise.resolve(this.poll(true));
  }

  /** How many full fd scans ran (a cost figure for the benchmark). */
  get ownerScans(): number {
    return this.owners.scans;
  }

  /** The raw text of each table, with its kind. */
  private readTables(): Array<{ file: string; transport: 'tcp' | 'udp'; ipVersion: 4 | 6; text: string }> {
    const out: Array<{ file: string; transport: 'tcp' | 'udp'; ipVersion: 4 | 6; text: string }> = [];
    for (const t of TABLES) {
      const path = `${this.opts.procRoot}/net/${t.file}`;
      const text = this.files.readText(path, this.opts.maxTableBytes);
      if (text === undefined) {
        this.ctx!.reportProblem({ sensor: this.name, source: path, code: 'VIGIL_ERR_SENSOR_SOURCE', message: 'socket table unreadable' });
        continue;
      }
      if (Buffer.byteLength(text) >= this.opts.maxTableBytes) {
        this.ctx!.reportProblem({
          sensor: this.name,
          source: path,
          code: 'VIGIL_ERR_SENSOR_LIMIT',
          message: `socket table larger than ${this.opts.maxTableBytes} bytes; rest ignored`,
        });
      }
      out.push({ ...t, text });
    }
    return out;
  }

  private poll(emit: boolean): void | Promise<void> {
    if (this.diag && this.auditConnections) return this.pollDiag(this.diag, emit);
    const gen = ++this.gen;
    const listenPorts = new Map<string, string[]>();
    const fresh: Array<{ key: string; row: SocketRow; listener: boolean }> = [];
    let unknownOwner = false;
    for (const table of this.readTables()) {
      const lines = table.text.split('\n');
      const zeroRemote = table.ipVersion === 4 ? '00000000:0000' : '00000000000000000000000000000000:0000';
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        const cols = rawColumns(line, table.ipVersion);
        const rawListener = cols && (table.transport === 'tcp' ? cols.state === '0A' : cols.tuple.endsWith(zeroRemote));
        // Connections come from the kernel's audit records instead: only listeners are read here.
        if (cols && !rawListener && this.auditConnections) continue;
        if (cols && !rawListener) {
          // Fast path: a connection already reported is recognized from its raw columns, unparsed.
          const seen = this.connections.get(`${table.file}|${cols.tuple}`);
          if (seen) {
            seen.gen = gen;
            const state = table.transport === 'tcp' ? tcpStateName(cols.state) : seen.row.state;
            if (!seen.ended && CLOSING.has(state)) {
              seen.ended = true;
              if (this.opts.reportClosed) this.emit({ ...seen, row: { ...seen.row, state } }, false, true);
            }
            continue;
          }
        }
        const row = parseSocketLine(line, table.transport, table.ipVersion);
        if (!row) continue;
        const listener = row.transport === 'tcp' ? row.state === 'LISTEN' : row.state === 'UNCONN';
        if (listener) {
          const k = `${row.transport}:${row.localPort}`;
          const list = listenPorts.get(k) ?? [];
          list.push(row.localAddress);
          listenPorts.set(k, list);
        }
        const key = listener
          ? `${row.transport}|${row.localAddress}|${row.localPort}|${row.inode}`
          : `${table.file}|${cols?.tuple ?? `${row.localAddress}|${row.localPort}|${row.remoteAddress}|${row.remotePort}`}`;
        const seen = (listener ? this.listeners : this.connections).get(key);
        if (seen) {
          seen.gen = gen;
          continue;
        }
        fresh.push({ key, row, listener });
        if (row.inode !== 0 && !this.owners.get(row.inode)) unknownOwner = true;
      }
    }
    if (unknownOwner) this.owners.rescan();
    this.record(fresh, listenPorts, gen, emit);
  }

  /** Listeners from sock_diag (connections come from audit meanwhile): the same tracking, no text. */
  private async pollDiag(diag: () => Promise<SocketRow[]>, emit: boolean): Promise<void> {
    let rows: SocketRow[];
    try {
      rows = await diag();
    } catch (err) {
      this.ctx!.reportProblem({
        sensor: this.name,
        source: 'sock_diag',
        code: 'VIGIL_ERR_SENSOR_SOURCE',
        message: `sock_diag failed, reading /proc/net instead: ${(err as Error).message}`,
      });
      this.diag = undefined;
      await this.poll(emit);
      return;
    }
    const gen = ++this.gen;
    const fresh: Array<{ key: string; row: SocketRow; listener: boolean }> = [];
    let unknownOwner = false;
    for (const row of rows) {
      const key = `${row.transport}|${row.localAddress}|${row.localPort}|${row.inode}`;
      const seen = this.listeners.get(key);
      if (seen) {
        seen.gen = gen;
        continue;
      }
      fresh.push({ key, row, listener: true });
      if (row.inode !== 0 && !this.owners.get(row.inode)) unknownOwner = true;
    }
    if (unknownOwner) this.owners.rescan();
    this.record(fresh, new Map(), gen, emit);
  }

  /** Tracks and reports new sockets, and reports the ones gone since generation `gen`. */
  private record(fresh: Array<{ key: string; row: SocketRow; listener: boolean }>, listenPorts: Map<string, string[]>, gen: number, emit: boolean): void {
    const ctx = this.ctx!;
    for (const { key, row, listener } of fresh) {
      const map = listener ? this.listeners : this.connections;
      if (this.connections.size + this.listeners.size >= this.opts.maxTracked) {
        ctx.reportProblem({
          sensor: this.name,
          source: 'sockets',
          code: 'VIGIL_ERR_SENSOR_LIMIT',
          message: `more than ${this.opts.maxTracked} sockets tracked; new ones are not reported`,
        });
        break;
      }
      const owner = row.inode ? this.owners.get(row.inode) : undefined;
      const direction = listener ? vigil.v1.Direction.DIRECTION_UNSPECIFIED : this.directionOf(row, listenPorts);
      const seen: Seen = { row, pid: owner?.pid ?? 0, exe: owner?.exe ?? '', gen, direction, ended: !listener && CLOSING.has(row.state) };
      map.set(key, seen);
      if (emit) this.emit(seen, listener, false);
    }
    for (const [map, listener] of [
      [this.connections, false],
      [this.listeners, true],
    ] as const) {
      for (const [key, seen] of map) {
        if (seen.gen === gen) continue;
        map.delete(key);
        if (listener || (this.opts.reportClosed && !seen.ended)) this.emit(seen, listener, true);
      }
    }
  }

  private directionOf(row: SocketRow, listenPorts: Map<string, string[]>): vigil.v1.Direction {
    if (row.transport === 'udp') return vigil.v1.Direction.OUTBOUND;
    const addrs = listenPorts.get(`tcp:${row.localPort}`);
    if (addrs && addrs.some((a) => isWildcard(a) || a === row.localAddress || `::ffff:${a}` === row.localAddress)) {
      return vigil.v1.Direction.INBOUND;
    }
    return vigil.v1.Direction.OUTBOUND;
  }

  private emit(seen: Seen, listener: boolean, closed: boolean): void {
    const r = seen.row;
    const transport = r.transport === 'tcp' ? vigil.v1.Transport.TCP : vigil.v1.Transport.UDP;
    if (listener) {
      this.ctx!.sink.emit({
        networkListener: {
          transport,
          ipVersion: r.ipVersion,
          localAddress: r.localAddress,
          localPort: r.localPort,
          pid: seen.pid,
          exe: seen.exe,
          inode: r.inode,
          uid: r.uid,
          closed,
        },
      });
      return;
    }
    this.ctx!.sink.emit({
      networkConnection: {
        transport,
        ipVersion: r.ipVersion,
        localAddress: r.localAddress,
        localPort: r.localPort,
        remoteAddress: r.remoteAddress,
        remotePort: r.remotePort,
        state: r.state,
        direction: seen.direction,
        pid: seen.pid,
        exe: seen.exe,
        inode: r.inode,
        uid: r.uid,
        closed,
      },
    });
  }
}
