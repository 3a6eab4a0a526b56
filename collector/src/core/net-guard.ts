// Guards the collector's one HTTP(S) server against running out of file descriptors (issue 13 item 6: two
// clients holding 10,000 idle half-requests each locked every operator out for ~50 s). Every accepted
// socket counts against a per-address cap and a total budget below the process's fd limit; the last
// `reserve` slots go only to addresses known to host an agent or a signed-in operator. Header, request and
// keep-alive timeouts (set on the server) end half-requests and idle connections.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '@vigil/logger';

export interface NetGuardOptions {
  /** Sockets open at once (capped further by the process's open-file limit minus fdsForFiles). */
  maxConnections: number;
  /** Of those, slots only known addresses (agents, signed-in operators) may take. */
  reserveConnections: number;
  maxConnectionsPerAddress: number;
  /** File descriptors kept free of sockets for the databases, evidence and logs. */
  fdsForFiles: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** How long a signed-in operator's address counts as known. */
  knownOperatorMs: number;
}

/** The soft RLIMIT_NOFILE of this process, from /proc/self/limits (undefined when unreadable). */
export function openFileLimit(limitsText?: string): number | undefined {
  let text = limitsText;
  try {
    text ??= readFileSync('/proc/self/limits', 'utf8');
  } catch {
    return undefined;
  }
  const m = /^Max open files\s+(\d+|unlimited)/m.exec(text);
  if (!m || m[1] === 'unlimited') return undefined;
  return Number(m[1]);
}

/** How often the server enforces header and request timeouts: often enough for a short headersTimeout. */
export function connectionsCheckingInterval(headersTimeoutMs: number): number {
  return Math.min(30_000, Math.max(100, Math.floor(headersTimeoutMs / 4)));
}

export class NetGuard {
  private readonly perAddress = new Map<string, number>();
  private readonly operators = new Map<string, number>();
  private open = 0;
  readonly budget: number;
  refused = 0;

  constructor(
    private readonly o: NetGuardOptions,
    private readonly isKnownAgent: (address: string) => boolean,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
    fdLimit = openFileLimit(),
  ) {
    this.budget = Math.max(16, Math.min(o.maxConnections, fdLimit !== undefined ? fdLimit - o.fdsForFiles : o.maxConnections));
  }

  /** Counts and caps the server's sockets (create the server with serverTimeouts() so its timeouts hold). */
  attach(server: Server): void {
    server.on('connection', (socket: Socket) => this.onConnection(socket));
    server.on('request', (req: IncomingMessage) => req.socket.setTimeout(0));
    // Upgraded sockets: ws clears the timeout itself (WebSocket.setSocket); no 'upgrade' listener here, since
    // the gateway answers 404 for other paths only while it is the sole one.
  }

  /** A request from `address` carried valid operator credentials. */
  noteOperator(address: string): void {
    this.operators.delete(address);
    this.operators.set(address, this.clock());
    while (this.operators.size > 100_000) this.operators.delete(this.operators.keys().next().value as string);
  }

  private known(address: string): boolean {
    const at = this.operators.get(address);
    return this.isKnownAgent(address) || (at !== undefined && this.clock() - at <= this.o.knownOperatorMs);
  }

  private onConnection(socket: Socket): void {
    const address = socket.remoteAddress ?? '?';
    const here = this.perAddress.get(address) ?? 0;
    const why =
      here >= this.o.maxConnectionsPerAddress
        ? 'per-address cap'
        : this.open >= this.budget
          ? 'connection budget'
          : this.open >= this.budget - this.o.reserveConnections && !this.known(address)
            ? 'reserve for known agents and operators'
            : undefined;
    if (why) {
      this.refused++;
      if (this.refused % 1000 === 1) this.logger.warn({ address, why, open: this.open, budget: this.budget, refused: this.refused }, 'connection refused');
      socket.destroy();
      return;
    }
    this.open++;
    this.perAddress.set(address, here + 1);
    // A socket that never sends a byte is not a request yet, so headersTimeout does not see it: cut it here.
    // The first request's headers (or an upgrade) lift this; from then on the server's timeouts apply.
    socket.setTimeout(this.o.headersTimeoutMs);
    socket.once('timeout', () => socket.destroy());
    socket.once('close', () => {
      this.open--;
      const n = (this.perAddress.get(address) ?? 1) - 1;
      if (n > 0) this.perAddress.set(address, n);
      else this.perAddress.delete(address);
    });
  }

  view(): { open: number; budget: number; reserve: number; refused: number } {
    return { open: this.open, budget: this.budget, reserve: this.o.reserveConnections, refused: this.refused };
  }
}
