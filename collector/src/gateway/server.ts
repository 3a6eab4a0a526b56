// The agent gateway: a WebSocket endpoint on the collector's HTTP(S) server. Connection-rate and
// connection-count guards answer at the HTTP upgrade with an exact status, before any WebSocket exists;
// authenticated sessions are kept one per agent, and silent agents are marked offline.
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '@vigil/logger';
import type { vigil, ICollectorMessage } from '@vigil/proto';
import type { CollectorConfig } from '../config.js';
import type { AgentPatch, AgentRecord, AgentStore, TokenStore } from '../hosts/types.js';
import type { EventStore } from '../events/types.js';
import type { Ingest } from '../ingest/ingest.js';
import { newGatewayCounters, type GatewayCounters } from './counters.js';
import type { EventBus } from '../core/bus.js';
import type { GatewayTopics } from './topics.js';
import { TokenBucket } from './limiter.js';
import { AddressLimits } from './address-limits.js';
import { Session } from './session.js';
import type { DeliveryView } from './delivery.js';
import type { StorageGuard } from '../store/space.js';

export interface GatewayOptions {
  config: CollectorConfig['gateway'];
  /** Enrollment tokens (the hosts feature's table). */
  tokens: Pick<TokenStore, 'useToken'>;
  agents: AgentStore;
  events: EventStore;
  ingest: Ingest;
  logger: Logger;
  clock?: () => number;
  commandPublicKey: Buffer;
  /** Signs with the command key (the welcome proof and pushed configs). */
  sign(data: Uint8Array): Buffer;
  /** The rotations that lead an agent pinned to this key id to commandPublicKey (keys/keyring.ts). */
  keyRotationsFrom(keyId: string): vigil.v1.IKeyRotation[] | undefined;
  agentConfigFor(agent: AgentRecord): vigil.v1.IAgentConfig;
  storage?: StorageGuard;
  /** Where agents coming and going, delivery stalls, command results and file chunks are announced. */
  bus: EventBus<GatewayTopics>;
}

/** An older connection active this recently is "live" for identity-conflict detection. */
const IDENTITY_CONFLICT_WINDOW_MS = 30_000;
/** Boot times derived from uptime jitter by a few seconds on one host. */
const BOOT_TIME_TOLERANCE_MS = 5_000;

function rejectUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

export class Gateway {
  readonly counters: GatewayCounters = newGatewayCounters();
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private readonly byAgent = new Map<string, Session>();
  private readonly connLimits: AddressLimits;
  private readonly pendingByAddress = new Map<string, number>();
  private readonly enrollLimiter: TokenBucket;
  private readonly clock: () => number;
  private sweeper: NodeJS.Timeout | undefined;
  private stalled = new Set<string>();
  private closing = false;

  constructor(private readonly options: GatewayOptions) {
    const c = options.config;
    this.clock = options.clock ?? Date.now;
    this.connLimits = new AddressLimits(
      {
        perAddressPerSecond: c.connectionsPerSecondPerAddress,
        unknownPerSecond: c.connectionsPerSecond,
        knownForMs: c.knownAgentAddressMs,
        maxAddresses: c.maxTrackedAddresses,
      },
      this.clock,
    );
    this.enrollLimiter = new TokenBucket(c.enrollmentsPerSecond, undefined, this.clock);
    // Where the enrolled fleet last authenticated from: after a restart its reconnects are a known agent's,
    // not unknown traffic sharing connectionsPerSecond (which would hold 10,000 agents back for minutes).
    for (const { address, agentId } of options.agents.knownAddresses()) this.connLimits.noteAgent(address, agentId);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: c.maxPayloadBytes, perMessageDeflate: false, clientTracking: false });
  }

  /** Serves the agent path on `server`; other upgrade paths are left to other listeners. */
  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => this.onUpgrade(server, req, socket, head));
    const c = this.options.config;
    const every = Math.max(100, Math.min(Math.floor(c.offlineAfterMs / 4), Math.floor(c.stalledAfterMs / 2)));
    this.sweeper = setInterval(() => this.sweep(), every);
    this.sweeper.unref();
  }

  private onUpgrade(server: HttpServer, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (req.url ?? '').split('?')[0];
    if (path !== this.options.config.path) {
      if (server.listenerCount('upgrade') === 1) rejectUpgrade(socket, 404, 'Not Found');
      return;
    }
    const c = this.options.config;
    const pending = this.sessions.size - this.byAgent.size;
    const address = req.socket.remoteAddress ?? '?';
    if (!this.connLimits.take(address)) return this.refuseUpgrade(socket, 429, 'Too Many Requests', 'VIGIL_ERR_GATEWAY_RATE_LIMITED');
    const pendingHere = this.pendingByAddress.get(address) ?? 0;
    // Known agent addresses may still connect when unknown traffic holds every pending slot.
    const pendingFull = pending >= c.maxPendingConnections && !this.connLimits.isKnown(address);
    if (this.sessions.size >= c.maxConnections || pendingFull || pendingHere >= c.maxPendingPerAddress)
      return this.refuseUpgrade(socket, 503, 'Service Unavailable', 'VIGIL_ERR_GATEWAY_BUSY');
    this.pendingByAddress.set(address, pendingHere + 1);
    let stillPending = true;
    const settle = () => {
      if (!stillPending) return;
      stillPending = false;
      const n = (this.pendingByAddress.get(address) ?? 1) - 1;
      if (n > 0) this.pendingByAddress.set(address, n);
      else this.pendingByAddress.delete(address);
    };
    socket.once('close', settle);
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      this.counters.connectionsAccepted++;
      const remote = `${req.socket.remoteAddress ?? '?'}:${req.socket.remotePort ?? 0}`;
      const session: Session = new Session(
        ws,
        {
          limits: c,
          tokens: this.options.tokens,
          agents: this.options.agents,
          events: this.options.events,
          ingest: this.options.ingest,
          logger: this.options.logger,
          clock: this.clock,
          commandPublicKey: this.options.commandPublicKey,
          sign: (d) => this.options.sign(d),
          keyRotationsFrom: (id) => this.options.keyRotationsFrom(id),
          enrollLimiter: this.enrollLimiter,
          counters: this.counters,
          bus: this.options.bus,
          agentConfigFor: (a) => this.options.agentConfigFor(a),
          updateAgent: (id, patch) => this.updateAgent(id, patch),
          register: (s) => {
            settle();
            this.connLimits.noteAgent(address, s.agentId!);
            this.register(s);
          },
          unregister: (s) => this.unregister(s),
          connectedAgents: () => this.authenticatedCount(),
        },
        remote,
        address,
      );
      this.sessions.add(session);
      ws.on('close', () => this.sessions.delete(session));
    });
  }

  private refuseUpgrade(socket: Duplex, status: number, text: string, code: string): void {
    this.counters.connectionsRefused++;
    this.counters.refusals[code] = (this.counters.refusals[code] ?? 0) + 1;
    rejectUpgrade(socket, status, text);
  }

  private register(session: Session): void {
    const id = session.agentId!;
    const old = this.byAgent.get(id);
    this.byAgent.set(id, session);
    if (!old || old === session) return;
    // A live older connection from a host with another boot time: two hosts share this identity.
    const recent = old.lastSeenMs >= this.clock() - IDENTITY_CONFLICT_WINDOW_MS;
    const bootDiffers = old.bootTimeMs > 0 && session.bootTimeMs > 0 && Math.abs(old.bootTimeMs - session.bootTimeMs) > BOOT_TIME_TOLERANCE_MS;
    if (recent && bootDiffers) {
      this.counters.identityConflicts++;
      this.options.logger.warn({ agentId: id, remotes: [old.remote, session.remote] }, 'two hosts present the same agent identity (cloned agent state?)');
      this.updateAgent(id, { identityConflictAtMs: this.clock() });
    }
    old.refuse('VIGIL_ERR_GATEWAY_REPLACED');
  }

  private unregister(session: Session): void {
    const id = session.agentId!;
    if (this.byAgent.get(id) !== session) return;
    this.byAgent.delete(id);
    // At shutdown every agent disconnects at once; their last-seen is "now" and not worth a write each.
    if (!this.closing) this.updateAgent(id, { lastSeenAtMs: session.lastSeenMs });
    this.options.bus.publish('agent.offline', { agentId: id });
  }

  /** Agent record writes from connection events: a failure (a full disk) is logged and reported, never thrown. */
  private updateAgent(id: string, patch: AgentPatch): AgentRecord | undefined {
    try {
      return this.options.agents.update(id, patch);
    } catch (err) {
      this.options.storage?.noteFailure(err, 'agents');
      this.options.logger.error({ err, agentId: id, fields: Object.keys(patch) }, 'agent record not updated');
      return undefined;
    }
  }

  private sweep(): void {
    const limit = this.clock() - this.options.config.offlineAfterMs;
    for (const s of this.byAgent.values()) if (s.lastSeenMs < limit) s.refuse('VIGIL_ERR_GATEWAY_OFFLINE');
    const stalled = new Set<string>();
    for (const [id, s] of this.byAgent) if (s.delivery?.view().stalled) stalled.add(id);
    for (const id of new Set([...stalled, ...this.stalled])) {
      if (stalled.has(id) === this.stalled.has(id)) continue;
      this.options.logger.warn(
        { agentId: id, ...this.delivery(id) },
        stalled.has(id) ? 'connected agent stores nothing it wrote' : 'agent stores events again',
      );
      this.options.bus.publish('agent.delivery', { agentId: id });
    }
    this.stalled = stalled;
  }

  /** An agent authenticated from this address recently (its reconnects and sockets are privileged). */
  isKnownAgentAddress(address: string): boolean {
    return this.connLimits.isKnown(address);
  }

  /** Delivery of a connected agent: what it wrote against what is stored (undefined when not connected). */
  delivery(agentId: string): DeliveryView | undefined {
    return this.byAgent.get(agentId)?.delivery?.view();
  }

  /** Connected agents flagged "not storing". */
  stalledAgents(): string[] {
    return [...this.byAgent.keys()].filter((id) => this.delivery(id)?.stalled);
  }

  /** Sends to the agent's live connection; false if it is offline (callers keep the message pending). */
  send(agentId: string, msg: ICollectorMessage): boolean {
    return this.byAgent.get(agentId)?.send(msg) ?? false;
  }

  /** Pushes settings, signed for the agent's live connection; false if it is offline. */
  sendConfig(agentId: string, config: vigil.v1.IAgentConfig): boolean {
    return this.byAgent.get(agentId)?.sendConfig(config) ?? false;
  }

  isOnline(agentId: string): boolean {
    const s = this.byAgent.get(agentId);
    return s !== undefined && s.lastSeenMs >= this.clock() - this.options.config.offlineAfterMs;
  }

  /** Last message or ping of a connected agent (undefined when not connected). */
  lastSeen(agentId: string): number | undefined {
    return this.byAgent.get(agentId)?.lastSeenMs;
  }

  onlineAgents(): string[] {
    return [...this.byAgent.keys()].filter((id) => this.isOnline(id));
  }

  /** Address of an agent's live connection (for isolation allow-lists and the page). */
  remoteOf(agentId: string): string | undefined {
    return this.byAgent.get(agentId)?.remote;
  }

  connectionCount(): number {
    return this.sessions.size;
  }

  /** Authenticated connections, one per agent: ingest's window is a share of its queue among them. */
  authenticatedCount(): number {
    return this.byAgent.size;
  }

  close(): void {
    this.closing = true;
    clearInterval(this.sweeper);
    for (const s of [...this.sessions]) s.refuse('VIGIL_ERR_GATEWAY_SHUTDOWN');
    this.wss.close();
  }
}
