// One agent WebSocket: challenge first, then exactly one hello or enroll; nothing per-agent exists until
// the signature checks out. After that every message is checked against the authenticated agent id.
import { randomBytes, randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { Logger } from '@vigil/logger';
import {
  vigil,
  batchEventBodies,
  commandKeyId,
  decodeAgentMessage,
  encodeCollectorMessage,
  enrollSigningBytes,
  helloSigningBytes,
  isValidSequence,
  ProtoError,
  u64ToBigInt,
  type ICollectorMessage,
} from '@vigil/proto';
import { signedConfigFor, welcomeProof } from './collector-proof.js';
import { verifyEd25519 } from '@vigil/crypto';
import { closeCodeFor, COLLECTOR_ERRORS, CollectorError } from '../errors.js';
import type { AgentPatch, AgentRecord, AgentStore, TokenStore } from '../hosts/types.js';
import { enrollAgent, type EnrollResult } from '../hosts/enroll.js';
import type { EventStore } from '../events/types.js';
import type { Ingest } from '../ingest/ingest.js';
import type { GatewayCounters } from './counters.js';
import type { EventBus } from '../core/bus.js';
import type { GatewayTopics } from './topics.js';
import type { TokenBucket } from './limiter.js';
import { checkBatch, checkBounds, type MessageLimits } from './validate.js';
import { DeliveryWatch } from './delivery.js';
import { isStorageFullError } from '../store/space.js';
import { VERSION } from '../version.js';

export interface SessionDeps {
  limits: MessageLimits & { maxPayloadBytes: number; authTimeoutMs: number; stalledAfterMs: number };
  /** Enrollment tokens (the hosts feature's table). */
  tokens: Pick<TokenStore, 'useToken'>;
  agents: AgentStore;
  events: EventStore;
  ingest: Pick<Ingest, 'submit' | 'window' | 'maxWindowEvents' | 'overloaded' | 'whenDrained' | 'park' | 'unpark'>;
  /** Authenticated connections now: the window is a share of the queue among them. */
  connectedAgents(): number;
  logger: Logger;
  clock: () => number;
  commandPublicKey: Buffer;
  /** Signs with the command key: the welcome proof and pushed configs (collector-proof.ts). */
  sign(data: Uint8Array): Buffer;
  /** The rotations that lead an agent pinned to this key id to commandPublicKey; undefined: a key never ours. */
  keyRotationsFrom(keyId: string): vigil.v1.IKeyRotation[] | undefined;
  enrollLimiter: TokenBucket;
  counters: GatewayCounters;
  bus: EventBus<GatewayTopics>;
  agentConfigFor(agent: AgentRecord): vigil.v1.IAgentConfig;
  /** A best-effort agent record update: a failed write (full disk) is logged, never thrown. */
  updateAgent(id: string, patch: AgentPatch): AgentRecord | undefined;
  /** Called once authenticated; the registry closes an older connection of the same agent. */
  register(session: Session): void;
  unregister(session: Session): void;
}

const MAX_ID_LENGTH = 64;
const MAX_TOKEN_LENGTH = 256;

export class Session {
  agentId: string | undefined;
  lastSeenMs: number;
  /** Host boot time the agent reported in its hello (0 when unknown or enrolled on this connection). */
  bootTimeMs = 0;
  /** What the agent says it wrote against what is stored: flags a connected agent that stores nothing. */
  delivery: DeliveryWatch | undefined;
  private readonly nonce = randomBytes(32);
  /** The agent's fresh nonce from its hello: the welcome proof and every pushed config are bound to it. */
  private agentNonce: Uint8Array | undefined;
  /** The command key id the agent's hello named ('' from agents older than key rotation); unset when enrolling. */
  private agentKeyId: string | undefined;
  /** The key id to record for this agent once it speaks after its welcome (it took up what it was handed). */
  private keyIdToRecord: string | undefined;
  private authTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Events of this agent submitted to ingest and not yet committed. */
  private held = 0;
  /** Batches read while ingest was past its hard bound, in arrival order, and their events. */
  private parked: Array<{ batch: vigil.v1.IEventBatch; frame: Buffer }> = [];
  private parkedEvents = 0;
  private waitingForDrain = false;
  private readPaused = false;
  private readonly log: Logger;

  constructor(
    readonly ws: WebSocket,
    private readonly deps: SessionDeps,
    readonly remote: string,
    /** The peer's IP address alone (`remote` without the port). */
    readonly address: string,
  ) {
    this.lastSeenMs = deps.clock();
    this.log = deps.logger.child({ remote });
    ws.on('message', (data, isBinary) => this.onFrame(data as Buffer, isBinary));
    ws.on('ping', () => this.touch());
    ws.on('pong', () => this.touch());
    ws.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
        deps.counters.oversizedFrames++;
        this.count('VIGIL_ERR_GATEWAY_FRAME_TOO_LARGE');
      } else {
        deps.counters.malformedFrames++;
        this.count('VIGIL_ERR_GATEWAY_MALFORMED_FRAME');
      }
      this.log.warn({ code: err.code, err: err.message }, 'websocket protocol error');
    });
    ws.on('close', () => this.onClose());
    this.authTimer = setTimeout(() => this.refuse('VIGIL_ERR_GATEWAY_AUTH_TIMEOUT'), deps.limits.authTimeoutMs);
    this.send({ challenge: { nonce: this.nonce, collectorTimeMs: deps.clock(), collectorVersion: VERSION } });
  }

  get authenticated(): boolean {
    return this.agentId !== undefined;
  }

  send(msg: ICollectorMessage): boolean {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return false;
    this.ws.send(encodeCollectorMessage(msg));
    return true;
  }

  /** Pushes settings, signed for this connection; false before the agent's hello gave a nonce. */
  sendConfig(config: vigil.v1.IAgentConfig): boolean {
    if (!this.agentId || !this.agentNonce) return false;
    return this.send({ signedConfig: signedConfigFor((b) => this.deps.sign(b), this.agentNonce, this.agentId, config) });
  }

  /** Sends a coded Refusal, then closes with the matching close code. */
  refuse(code: keyof typeof COLLECTOR_ERRORS, detail?: string): void {
    if (this.closed) return;
    this.count(code);
    const message = detail ?? COLLECTOR_ERRORS[code].message;
    this.log.info({ agentId: this.agentId, code, detail: message }, 'closing agent connection');
    this.send({ refusal: { code, message } });
    this.closed = true;
    this.ws.close(closeCodeFor(code), code);
    // A peer that never completes the close handshake is cut off.
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }

  private count(code: string): void {
    this.deps.counters.refusals[code] = (this.deps.counters.refusals[code] ?? 0) + 1;
  }

  private touch(): void {
    this.lastSeenMs = this.deps.clock();
  }

  private onFrame(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    this.touch();
    if (!isBinary) {
      this.deps.counters.malformedFrames++;
      return this.refuse('VIGIL_ERR_GATEWAY_MALFORMED_FRAME', 'text frames are not part of the protocol');
    }
    let msg: vigil.v1.AgentMessage;
    try {
      msg = decodeAgentMessage(data, this.deps.limits.maxPayloadBytes);
    } catch (err) {
      this.deps.counters.malformedFrames++;
      return this.refuse('VIGIL_ERR_GATEWAY_MALFORMED_FRAME', err instanceof ProtoError ? err.code : 'undecodable frame');
    }
    this.guarded(() => (this.authenticated ? this.onAuthenticated(msg, data) : this.onUnauthenticated(msg)));
  }

  /** Runs a message's handling; what it throws closes the connection with the matching code. */
  private guarded(handle: () => void): void {
    try {
      handle();
    } catch (err) {
      if (isStorageFullError(err)) {
        this.log.warn({ err }, 'agent message not processed: storage full');
        return this.refuse('VIGIL_ERR_GATEWAY_BUSY', 'collector storage is full; retry later');
      }
      // Decoded but semantically broken input (bad 64-bit values, say) is the sender's fault, not ours.
      this.deps.counters.malformedFrames++;
      this.log.warn({ err }, 'agent message failed processing');
      this.refuse('VIGIL_ERR_GATEWAY_MALFORMED_FRAME', err instanceof ProtoError ? err.code : 'invalid message');
    }
  }

  private onUnauthenticated(msg: vigil.v1.AgentMessage): void {
    if (msg.hello) return this.onHello(msg.hello);
    if (msg.enroll) return this.onEnroll(msg.enroll);
    this.refuse('VIGIL_ERR_GATEWAY_PROTOCOL', `${msg.body} before authentication`);
  }

  private onHello(hello: vigil.v1.IHello): void {
    const id = hello.agentId;
    if (!id || id.length > MAX_ID_LENGTH || hello.signature?.byteLength !== 64) return this.refuse('VIGIL_ERR_GATEWAY_AUTH_FAILED', 'malformed hello');
    const agent = this.deps.agents.get(id);
    // Unknown, revoked and wrong-key agents get the same answer: nothing to learn by probing.
    if (!agent || agent.revoked) return this.refuse('VIGIL_ERR_GATEWAY_AUTH_FAILED');
    if (!verifyEd25519(Buffer.from(agent.publicKey, 'base64'), helloSigningBytes(this.nonce, id), hello.signature)) {
      return this.refuse('VIGIL_ERR_GATEWAY_AUTH_FAILED');
    }
    // The agent row is written only when something changed (a mass reconnect must not write per agent);
    // last-seen times of connected agents live in the gateway and are persisted at disconnect. The address
    // is kept so that after a collector restart the agent's reconnect counts as a known agent's.
    this.bootTimeMs = Number(hello.bootTimeMs ?? 0) || 0;
    if (hello.agentNonce?.byteLength === 32) this.agentNonce = hello.agentNonce;
    this.agentKeyId = (hello.commandKeyId ?? '').slice(0, MAX_ID_LENGTH);
    this.reconcileSequence(agent, Number(u64ToBigInt(hello.lastSeq)));
    const version = (hello.agentVersion ?? '').slice(0, MAX_ID_LENGTH);
    const lastSeq = Number(u64ToBigInt(hello.lastSeq));
    const patch: AgentPatch = {
      ...(version && version !== agent.agentVersion ? { agentVersion: version } : {}),
      ...(agent.lastAddress !== this.address ? { lastAddress: this.address } : {}),
    };
    this.authenticate(Object.keys(patch).length > 0 ? (this.deps.updateAgent(id, patch) ?? agent) : agent, isValidSequence(lastSeq) ? lastSeq : 0);
  }

  private onEnroll(req: vigil.v1.IEnrollRequest): void {
    if (!this.deps.enrollLimiter.take()) return this.refuse('VIGIL_ERR_GATEWAY_RATE_LIMITED', 'enrollment rate limit');
    if (!req.token || req.token.length > MAX_TOKEN_LENGTH) return this.refuse('VIGIL_ERR_ENROLL_TOKEN_UNKNOWN');
    if (req.publicKey?.byteLength !== 32 || req.signature?.byteLength !== 64)
      return this.refuse('VIGIL_ERR_ENROLL_INVALID', 'public key or signature has the wrong size');
    if (!verifyEd25519(req.publicKey, enrollSigningBytes(this.nonce, req.publicKey), req.signature))
      return this.refuse('VIGIL_ERR_ENROLL_INVALID', 'proof of key possession failed');
    const bad = checkBounds(req.inventory, this.deps.limits, 'inventory');
    if (bad) return this.refuse(bad.code, bad.message);
    const inv = req.inventory ?? vigil.v1.HostInventory.create();
    let result: EnrollResult;
    try {
      result = enrollAgent(this.deps.tokens, this.deps.agents, {
        token: req.token,
        publicKey: Buffer.from(req.publicKey).toString('base64'),
        hostname: inv.hostname ?? '',
        machineId: inv.machineId ?? '',
        os: [inv.osName, inv.osVersion].filter(Boolean).join(' '),
        agentVersion: (req.agentVersion ?? '').slice(0, MAX_ID_LENGTH),
        inventory: vigil.v1.HostInventory.toObject(vigil.v1.HostInventory.fromObject(inv), { longs: Number }),
        address: this.address,
        nowMs: this.deps.clock(),
        newId: randomUUID(),
      });
    } catch (err) {
      // refused before the token was spent: the agent may enroll again once the limit is raised
      if (err instanceof CollectorError && err.code === 'VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE') return this.refuse('VIGIL_ERR_GATEWAY_LIMIT', err.message);
      throw err;
    }
    if (!result.ok) return this.refuse(result.code);
    if (!result.again) this.deps.counters.enrolled++; // a retry whose first answer was lost enrolled nothing new
    if (result.agent.cloneOf)
      this.log.warn(
        { agentId: result.agent.id, cloneOf: result.agent.cloneOf, machineId: result.agent.machineId },
        'enrollment shows a known machine id with a new key: flagged as clone',
      );
    this.authenticate(result.agent);
  }

  /**
   * The agent's hello names the highest sequence it wrote. Anything stored above it was not written by
   * this agent (forged with its key, say): dedupe restarts below it so the real stream is stored again.
   */
  private reconcileSequence(agent: AgentRecord, agentLastSeq: number): void {
    const held = this.deps.events.ackedSeq(agent.id);
    // 0 claims nothing (proto3 cannot tell it from an absent field): a real agent has written events by then.
    if (agentLastSeq === 0 || !isValidSequence(agentLastSeq) || held <= agentLastSeq) return;
    const rewound = this.deps.events.rewind(agent.id, agentLastSeq);
    this.deps.counters.sequenceConflicts++;
    this.log.warn(
      { agentId: agent.id, heldSeq: held, agentLastSeq, rewoundTo: rewound },
      "collector holds sequences the agent never wrote (forged events?); dedupe restarts at the agent's own",
    );
    this.deps.updateAgent(agent.id, { sequenceConflict: { atMs: this.deps.clock(), heldSeq: held, agentLastSeq } });
  }

  private authenticate(agent: AgentRecord, agentLastSeq = 0): void {
    clearTimeout(this.authTimer);
    this.agentId = agent.id;
    this.delivery = new DeliveryWatch(this.deps.clock, this.deps.limits.stalledAfterMs, agentLastSeq, this.deps.events.ackedSeq(agent.id));
    this.deps.counters.authenticated++;
    this.deps.register(this);
    const nonce = this.agentNonce;
    const keyRotations = this.keyRotationsFor(agent);
    this.send({
      welcome: {
        agentId: agent.id,
        commandPublicKey: this.deps.commandPublicKey,
        keyRotations,
        ackedSeq: this.deps.events.ackedSeq(agent.id),
        collectorTimeMs: this.deps.clock(),
        windowEvents: this.window(),
        ...(nonce
          ? {
              collectorSignature: welcomeProof((b) => this.deps.sign(b), nonce, agent.id),
              signedConfig: signedConfigFor((b) => this.deps.sign(b), nonce, agent.id, this.deps.agentConfigFor(agent)),
            }
          : {}),
      },
    });
    this.deps.bus.publish('agent.online', { agentId: agent.id });
  }

  /**
   * The rotations an agent pinned to a retired key follows to the current one. What it pins after the
   * welcome is recorded once it speaks again: an agent that cannot follow the chain closes instead.
   */
  private keyRotationsFor(agent: AgentRecord): vigil.v1.IKeyRotation[] {
    const current = commandKeyId(this.deps.commandPublicKey);
    const rotations = this.agentKeyId === undefined ? [] : (this.deps.keyRotationsFrom(this.agentKeyId) ?? []);
    if (rotations.length > 0)
      this.log.info(
        { agentId: agent.id, pinnedKeyId: this.agentKeyId || 'unnamed', keyId: current, rotations: rotations.length },
        'agent pins a retired command key: handed the rotations to the current one',
      );
    const pinsAfter = rotations.length > 0 || this.agentKeyId === undefined ? current : this.agentKeyId;
    if (pinsAfter && pinsAfter !== agent.commandKeyId) this.keyIdToRecord = pinsAfter;
    return rotations;
  }

  private onAuthenticated(msg: vigil.v1.AgentMessage, frame: Buffer): void {
    const agentId = this.agentId!;
    if (this.keyIdToRecord !== undefined) {
      this.deps.updateAgent(agentId, { commandKeyId: this.keyIdToRecord });
      this.keyIdToRecord = undefined;
    }
    switch (msg.body) {
      case 'batch': {
        const n = msg.batch!.events?.length ?? 0;
        // An agent holds to the window it was granted; one that sends past the largest window ever granted
        // is broken or hostile, and would otherwise make the collector's memory its own.
        if (this.held + this.parkedEvents + n > this.deps.ingest.maxWindowEvents)
          return this.refuse('VIGIL_ERR_GATEWAY_PROTOCOL', `more than ${this.deps.ingest.maxWindowEvents} unacked events in flight`);
        if (this.parked.length > 0 || this.deps.ingest.overloaded) return this.park(msg.batch!, frame, n);
        return this.submitBatch(msg.batch!, frame);
      }
      case 'heartbeat': {
        const lastSeq = Number(u64ToBigInt(msg.heartbeat!.lastSeq));
        if (isValidSequence(lastSeq)) this.delivery?.sent(lastSeq, this.deps.events.ackedSeq(agentId));
        return;
      }
      case 'commandResult': {
        const bad = checkBounds(msg.commandResult, this.deps.limits, 'command_result');
        if (bad) return this.refuse(bad.code, bad.message);
        return this.deps.bus.publish('agent.commandResult', { agentId, result: msg.commandResult! });
      }
      case 'fileChunk': {
        const bad = checkBounds({ ...msg.fileChunk!, data: undefined }, this.deps.limits, 'file_chunk');
        if (bad) return this.refuse(bad.code, bad.message);
        return this.deps.bus.publish('agent.fileChunk', { agentId, chunk: msg.fileChunk! });
      }
      default:
        return this.refuse('VIGIL_ERR_GATEWAY_PROTOCOL', `${msg.body} after authentication`);
    }
  }

  /** The window this agent gets now: its share of what is left of the ingest queue. */
  private window(): number {
    return this.deps.ingest.window(this.deps.connectedAgents());
  }

  /** Checks one batch and hands it to ingest; the ack goes out after its commit. */
  private submitBatch(batch: vigil.v1.IEventBatch, frame: Buffer): void {
    const agentId = this.agentId!;
    const bad = checkBatch(batch, agentId, this.deps.limits, this.deps.events.ackedSeq(agentId));
    if (bad) return this.refuse(bad.code, bad.message);
    this.deps.counters.batches++;
    const events = batch.events ?? [];
    this.delivery?.sent(Number(u64ToBigInt(events[events.length - 1]?.seq)));
    this.held += events.length;
    this.deps.ingest.submit(
      agentId,
      events,
      (err, ackedSeq) => {
        this.held -= events.length;
        if (err)
          return this.refuse('VIGIL_ERR_GATEWAY_BUSY', isStorageFullError(err) ? 'collector storage is full; resend later' : 'storage failed; resend later');
        this.delivery?.stored(ackedSeq);
        this.send({ ack: { seq: ackedSeq, windowEvents: this.window() } });
      },
      batchEventBodies(frame),
    );
  }

  /**
   * Ingest is past its hard bound: the batch waits here, in order, and the socket is still read, so pings,
   * heartbeats and command results are not held behind it. Only when the batches waiting in all sessions pass
   * ingest.maxParkedEvents does this socket stop being read until the queue drains.
   */
  private park(batch: vigil.v1.IEventBatch, frame: Buffer, n: number): void {
    this.parked.push({ batch, frame });
    this.parkedEvents += n;
    if (!this.deps.ingest.park(n) && !this.readPaused) {
      this.readPaused = true;
      this.ws.pause();
    }
    this.submitParkedWhenDrained();
  }

  private submitParkedWhenDrained(): void {
    if (this.waitingForDrain) return;
    this.waitingForDrain = true;
    this.deps.ingest.whenDrained(() => {
      this.waitingForDrain = false;
      this.submitParked();
    });
  }

  private submitParked(): void {
    while (this.parked.length > 0 && !this.closed) {
      if (this.deps.ingest.overloaded) return this.submitParkedWhenDrained();
      const { batch, frame } = this.parked.shift()!;
      const n = batch.events?.length ?? 0;
      this.parkedEvents -= n;
      this.deps.ingest.unpark(n);
      this.guarded(() => this.submitBatch(batch, frame));
    }
    if (this.readPaused && !this.closed) {
      this.readPaused = false;
      this.ws.resume();
    }
  }

  private onClose(): void {
    this.closed = true;
    this.deps.ingest.unpark(this.parkedEvents);
    this.parkedEvents = 0;
    this.parked = [];
    clearTimeout(this.authTimer);
    if (this.agentId) this.deps.unregister(this);
  }
}
