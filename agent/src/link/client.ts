// The agent's side of the link: authenticates by signing the collector's fresh nonce, streams the spool
// in batches (by count, bytes and time) under backpressure, frees the spool on acks, resends everything
// unacked after a reconnect, and reconnects with capped exponential backoff and full jitter.
import type { WebSocket } from 'ws';
import type { Logger } from '@vigil/logger';
import { signEd25519 } from '@vigil/crypto';
import { decodeCollectorMessage, encodeAgentMessage, helloSigningBytes, u64ToBigInt, type IAgentMessage, type vigil } from '@vigil/proto';
import type { AgentConfig } from '../config.js';
import type { LoadedIdentity } from '../state/identity.js';
import type { Spool } from '../spool/spool.js';
import { VERSION } from '../version.js';
import { Backoff } from './backoff.js';
import { batchFrame } from './frames.js';
import { openSocket } from './socket.js';
import { newAgentNonce, openSignedConfig, welcomeProofProblem } from './collector-proof.js';
import { followRotations } from './key-rotation.js';
import type { PinnedCommandKey } from '../state/pinned-key.js';
import { checkTransport } from './transport.js';

export type LinkState = 'idle' | 'connecting' | 'authenticating' | 'online' | 'waiting' | 'stopped';

export interface LinkStatus {
  state: LinkState;
  url: string;
  onlineSinceMs?: number;
  lastError?: { code: string; message: string; atMs: number };
  sentSeq: number;
  ackedSeq: number;
  connects: number;
  batchesSent: number;
  eventsSent: number;
  /** Events sent again after a reconnect (the collector drops those it already holds). */
  eventsResent: number;
  nextRetryInMs?: number;
  /** Unacked events the collector lets this agent have in flight now (flow control); absent: none granted. */
  windowEvents?: number;
  /** Last ack naming a sequence above the highest this agent wrote (ignored; a forged event or a confused collector). */
  sequenceConflict?: { ackedSeq: number; lastSeq: number; atMs: number };
  /** The collector's clock minus this host's, from the last welcome (commands expire by the collector's clock). */
  clockOffsetMs?: number;
}

export interface LinkOptions {
  identity: LoadedIdentity;
  /** The command key the collector must prove it holds; taken up anew at the end of a rotation chain. */
  commandKey: PinnedCommandKey;
  spool: Spool;
  config: AgentConfig['link'];
  logger: Logger;
  bootTimeMs: number;
  clock?: () => number;
  random?: () => number;
}

export class Link {
  private ws: WebSocket | undefined;
  private state: LinkState = 'idle';
  private readonly backoff: Backoff;
  private readonly clock: () => number;
  private sentSeq = 0;
  /** Highest sequence ever sent on any connection, to count resends. */
  private highestSent = 0;
  private pendingBytes = 0;
  private backlog = false;
  private flushDue = false;
  private pumpQueued = false;
  private timers: {
    batch?: NodeJS.Timeout;
    retry?: NodeJS.Timeout;
    ping?: NodeJS.Timeout;
    pong?: NodeJS.Timeout;
    heartbeat?: NodeJS.Timeout;
    auth?: NodeJS.Timeout;
    blocked?: NodeJS.Timeout;
  } = {};
  private readonly status_: LinkStatus;
  private retryAt = 0;
  private clockOffsetMs = 0;
  /** This connection's nonce from our hello: the collector's proof and pushed configs are bound to it. */
  private agentNonce: Buffer | undefined;
  private readonly handlers = {
    command: [] as Array<(cmd: vigil.v1.ISignedCommand) => void>,
    config: [] as Array<(cfg: vigil.v1.IAgentConfig) => void>,
    online: [] as Array<() => void>,
  };

  constructor(private readonly options: LinkOptions) {
    const c = options.config;
    checkTransport(options.identity.collectorUrl, c.allowInsecure);
    this.clock = options.clock ?? Date.now;
    this.backoff = new Backoff({
      baseMs: c.backoffBaseMs,
      maxMs: c.backoffMaxMs,
      recentMaxMs: c.reconnectMaxMs,
      recentWindowMs: c.reconnectWindowMs,
      ...(options.random ? { random: options.random } : {}),
    });
    this.status_ = {
      state: 'idle',
      url: options.identity.collectorUrl,
      sentSeq: 0,
      ackedSeq: options.spool.ackedSeq,
      connects: 0,
      batchesSent: 0,
      eventsSent: 0,
      eventsResent: 0,
    };
    options.spool.onAppend((bytes) => {
      this.pendingBytes += bytes;
      this.wake();
    });
  }

  onCommand(handler: (cmd: vigil.v1.ISignedCommand) => void): void {
    this.handlers.command.push(handler);
  }
  onConfig(handler: (cfg: vigil.v1.IAgentConfig) => void): void {
    this.handlers.config.push(handler);
  }
  /** Called each time the link is authenticated (again): resend pending command results here. */
  onOnline(handler: () => void): void {
    this.handlers.online.push(handler);
  }

  get online(): boolean {
    return this.state === 'online';
  }

  status(): LinkStatus {
    return {
      ...this.status_,
      state: this.state,
      sentSeq: this.sentSeq,
      ackedSeq: this.options.spool.ackedSeq,
      ...(this.state === 'waiting' ? { nextRetryInMs: Math.max(0, this.retryAt - this.clock()) } : {}),
    };
  }

  start(): void {
    if (this.state !== 'idle') return;
    this.connect();
  }

  /** Sends a non-event message (command result, file chunk). False when offline: the caller retries on online. */
  send(msg: IAgentMessage): boolean {
    if (this.state !== 'online' || !this.ws) return false;
    this.ws.send(encodeAgentMessage(msg));
    return true;
  }

  async stop(): Promise<void> {
    const ws = this.ws;
    this.setState('stopped');
    this.clearTimers(true);
    if (!ws || ws.readyState === ws.CLOSED) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        ws.terminate();
        resolve();
      }, 1000);
      ws.once('close', () => {
        clearTimeout(t);
        resolve();
      });
      ws.close(1000, 'agent stopping');
    });
  }

  private setState(s: LinkState): void {
    this.state = s;
  }

  private error(code: string, message: string): void {
    this.status_.lastError = { code, message, atMs: this.clock() };
  }

  private clearTimers(all: boolean): void {
    for (const [k, t] of Object.entries(this.timers)) {
      if (!all && k === 'retry') continue;
      clearTimeout(t);
      clearInterval(t);
    }
    this.timers = all ? {} : { ...(this.timers.retry ? { retry: this.timers.retry } : {}) };
  }

  private connect(): void {
    if (this.state === 'stopped') return;
    const c = this.options.config;
    const id = this.options.identity;
    this.setState('connecting');
    this.status_.connects++;
    const ws = openSocket({ url: id.collectorUrl, fingerprint: id.certFingerprint, connectTimeoutMs: c.connectTimeoutMs, maxFrameBytes: c.maxFrameBytes });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    this.timers.auth = setTimeout(() => {
      this.error('VIGIL_ERR_LINK_TIMEOUT', 'not authenticated in time');
      ws.terminate();
    }, c.connectTimeoutMs);
    ws.on('open', () => this.setState('authenticating'));
    ws.on('message', (data: Buffer) => this.onFrame(ws, data));
    ws.on('pong', () => {
      clearTimeout(this.timers.pong);
      delete this.timers.pong;
    });
    ws.on('error', (err: Error & { code?: string }) => {
      this.error(err.code?.startsWith('VIGIL_ERR_') ? err.code : 'VIGIL_ERR_LINK_CLOSED', err.message);
      this.options.logger.warn({ err: err.message, code: err.code }, 'collector connection error');
    });
    ws.on('close', (code, reason) => this.onClose(ws, code, reason.toString()));
  }

  private onClose(ws: WebSocket, code: number, reason: string): void {
    if (ws !== this.ws) return;
    this.ws = undefined;
    const wasOnline = this.state === 'online';
    this.clearTimers(false);
    if (this.state === 'stopped') return;
    this.setState('waiting');
    if (wasOnline) this.backoff.lost(this.clock());
    const delay = this.backoff.next(this.clock());
    this.retryAt = this.clock() + delay;
    this.options.logger[wasOnline ? 'warn' : 'info']({ code, reason, retryInMs: delay }, 'collector connection closed');
    this.timers.retry = setTimeout(() => this.connect(), delay);
  }

  /**
   * Now by the collector's clock, as far as the last welcome told: signed commands carry the collector's
   * issued and expiry times, so a host whose clock is off still runs them within their window.
   */
  collectorNow(): number {
    return this.clock() + this.clockOffsetMs;
  }

  /** The welcome's collector time (an authenticated connection's), bounded by link.maxClockOffsetMs. */
  private noteCollectorTime(collectorMs: number): void {
    if (!(collectorMs > 0)) return;
    const max = this.options.config.maxClockOffsetMs;
    const seen = collectorMs - this.clock();
    const offset = Math.max(-max, Math.min(max, seen));
    if (offset !== seen) this.options.logger.warn({ offsetMs: seen, usedMs: offset }, 'collector clock differs beyond link.maxClockOffsetMs; bounded');
    if (Math.abs(offset - this.clockOffsetMs) > 60_000) this.options.logger.info({ offsetMs: offset }, "this host's clock differs from the collector's");
    this.clockOffsetMs = offset;
    this.status_.clockOffsetMs = offset;
  }

  private onFrame(ws: WebSocket, data: Buffer): void {
    let msg: vigil.v1.CollectorMessage;
    try {
      msg = decodeCollectorMessage(data, this.options.config.maxFrameBytes);
    } catch (err) {
      this.error('VIGIL_ERR_LINK_PROTOCOL', (err as Error).message);
      ws.close(4400, 'VIGIL_ERR_LINK_PROTOCOL');
      return;
    }
    switch (msg.body) {
      case 'challenge':
        return this.onChallenge(ws, msg.challenge!);
      case 'welcome':
        return this.onWelcome(msg.welcome!);
      case 'refusal':
        this.backoff.refused(msg.refusal!.code ?? '');
        this.error(msg.refusal!.code || 'VIGIL_ERR_LINK_REFUSED', msg.refusal!.message ?? '');
        this.options.logger.warn({ code: msg.refusal!.code, detail: msg.refusal!.message }, 'collector refused');
        return;
      case 'ack':
        return this.onAck(Number(u64ToBigInt(msg.ack!.seq)), msg.ack!.windowEvents ?? 0);
      case 'command':
        if (this.state === 'online') for (const h of this.handlers.command) this.safe(() => h(msg.command!));
        return;
      case 'config':
        this.options.logger.warn({ code: 'VIGIL_ERR_LINK_PROTOCOL' }, 'unsigned config from the collector ignored');
        return;
      case 'signedConfig':
        if (this.state === 'online') this.applySignedConfig(msg.signedConfig!);
        return;
      default:
        return;
    }
  }

  private pinnedKey(): Buffer {
    return this.options.commandKey.current();
  }

  private applySignedConfig(signed: vigil.v1.ISignedConfig): void {
    const r = openSignedConfig(signed, this.agentNonce ?? Buffer.alloc(0), this.options.identity.agentId, this.pinnedKey(), this.options.config.maxFrameBytes);
    if (!r.ok) {
      this.options.logger.warn({ reason: r.reason }, 'pushed config refused');
      return;
    }
    for (const h of this.handlers.config) this.safe(() => h(r.config));
  }

  private safe(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.options.logger.error({ err }, 'link handler failed');
    }
  }

  private onChallenge(ws: WebSocket, challenge: vigil.v1.IChallenge): void {
    if (this.state === 'online') return;
    const id = this.options.identity;
    const nonce = challenge.nonce ?? new Uint8Array();
    if (nonce.byteLength < 16) {
      this.error('VIGIL_ERR_LINK_PROTOCOL', 'challenge nonce too short');
      ws.close(4400, 'VIGIL_ERR_LINK_PROTOCOL');
      return;
    }
    this.agentNonce = newAgentNonce();
    ws.send(
      encodeAgentMessage({
        hello: {
          agentNonce: this.agentNonce,
          agentId: id.agentId,
          signature: signEd25519(id.privateKey, helloSigningBytes(nonce, id.agentId)),
          agentVersion: VERSION,
          lastSeq: this.options.spool.lastSeq,
          bootTimeMs: this.options.bootTimeMs,
          commandKeyId: this.options.commandKey.id(),
        },
      }),
    );
  }

  private onWelcome(welcome: vigil.v1.IWelcome): void {
    const c = this.options.config;
    const spool = this.options.spool;
    clearTimeout(this.timers.auth);
    if (welcome.agentId !== this.options.identity.agentId) {
      this.error('VIGIL_ERR_LINK_PROTOCOL', 'welcome names another agent');
      this.ws?.close(4400, 'VIGIL_ERR_LINK_PROTOCOL');
      return;
    }
    const unproven = this.takeUpPresentedKey(welcome);
    if (unproven) {
      this.error('VIGIL_ERR_LINK_COLLECTOR_PROOF', unproven);
      this.ws?.close(4401, 'VIGIL_ERR_LINK_COLLECTOR_PROOF');
      return;
    }
    delete this.status_.lastError;
    this.noteCollectorTime(Number(u64ToBigInt(welcome.collectorTimeMs ?? 0)));
    this.applyAck(Number(u64ToBigInt(welcome.ackedSeq)));
    delete this.status_.windowEvents;
    this.grant(welcome.windowEvents ?? 0);
    this.sentSeq = spool.ackedSeq;
    this.backlog = true;
    this.pendingBytes = 0;
    this.backoff.reset();
    this.setState('online');
    this.status_.onlineSinceMs = this.clock();
    this.options.logger.info({ ackedSeq: spool.ackedSeq, lastSeq: spool.lastSeq }, 'authenticated to the collector');
    if (welcome.signedConfig) this.applySignedConfig(welcome.signedConfig);
    this.timers.ping = setInterval(() => this.ping(), c.pingIntervalMs);
    // one at once: the collector learns the highest sequence, and that this agent accepted the welcome (the
    // command key it took up is recorded then), without waiting a heartbeat interval
    const heartbeat = () => this.send({ heartbeat: { lastSeq: spool.lastSeq, agentTimeMs: this.clock() } });
    heartbeat();
    this.timers.heartbeat = setInterval(heartbeat, c.heartbeatIntervalMs);
    for (const h of this.handlers.online) this.safe(h);
    this.wake();
  }

  /**
   * Why the welcome does not prove the collector holds the pinned key, or a key the pinned one rotated to;
   * undefined when it does. A key at the end of a valid rotation chain is saved before it is trusted.
   */
  private takeUpPresentedKey(welcome: vigil.v1.IWelcome): string | undefined {
    const pinned = this.options.commandKey;
    const presented = welcome.commandPublicKey ?? new Uint8Array();
    const nonce = this.agentNonce ?? Buffer.alloc(0);
    const agentId = this.options.identity.agentId;
    if (presented.byteLength !== 32 || pinned.current().equals(presented)) return welcomeProofProblem(welcome, nonce, agentId, pinned.current());
    const chain = followRotations(pinned.current(), presented, welcome.keyRotations ?? [], this.options.config.maxKeyRotations);
    if (!chain.ok) return chain.reason;
    const unproven = welcomeProofProblem(welcome, nonce, agentId, presented);
    if (unproven) return unproven;
    try {
      pinned.takeUp(presented);
    } catch (err) {
      return `cannot save the rotated command key: ${(err as Error).message}`;
    }
    this.options.logger.warn({ keyIds: chain.path }, 'took up the collector command key it rotated to; the old key is no longer trusted');
    return undefined;
  }

  private ping(): void {
    const ws = this.ws;
    if (!ws || this.state !== 'online') return;
    // A ping still unanswered keeps its deadline: with pings more often than pongTimeoutMs, restarting the
    // timer at each ping meant a dead link was never noticed.
    this.timers.pong ??= setTimeout(() => {
      this.error('VIGIL_ERR_LINK_TIMEOUT', 'no pong from the collector');
      ws.terminate();
    }, this.options.config.pongTimeoutMs);
    ws.ping();
  }

  private onAck(seq: number, windowEvents: number): void {
    this.applyAck(seq);
    this.grant(windowEvents);
    this.wake();
  }

  /** Frees the spool up to `seq` (any uint64, possibly inexact: the spool refuses what is out of range), unless it names a sequence this agent never wrote: that is reported, not adopted. */
  private applyAck(seq: number): void {
    const spool = this.options.spool;
    if (spool.ack(seq)) return;
    this.status_.sequenceConflict = { ackedSeq: seq, lastSeq: spool.lastSeq, atMs: this.clock() };
    this.error('VIGIL_ERR_LINK_SEQUENCE', `collector acknowledged sequence ${seq}, above the highest written (${spool.lastSeq})`);
    this.options.logger.warn({ ackedSeq: seq, lastSeq: spool.lastSeq }, 'collector acknowledged a sequence this agent never wrote; ignored');
  }

  /** Takes up the collector's window (0 leaves it as it was): a busy collector shrinks it, and the spool holds the rest. */
  private grant(windowEvents: number): void {
    if (windowEvents > 0) this.status_.windowEvents = windowEvents;
  }

  private wake(): void {
    if (this.pumpQueued || this.state !== 'online') return;
    this.pumpQueued = true;
    setImmediate(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  /** Sends batches while there is something to send, the socket drains, and the unacked window allows. */
  private pump(): void {
    const c = this.options.config;
    const spool = this.options.spool;
    const ws = this.ws;
    let synced = false;
    while (ws && this.state === 'online') {
      if (ws.bufferedAmount > c.maxBufferedBytes) {
        if (!this.timers.blocked) {
          this.timers.blocked = setTimeout(() => {
            delete this.timers.blocked;
            this.wake();
          }, 10);
        }
        return;
      }
      const window = Math.min(c.maxUnackedEvents, this.status_.windowEvents ?? Infinity) - (this.sentSeq - spool.ackedSeq);
      if (window <= 0) return; // the next ack wakes us
      const pending = spool.lastSeq - this.sentSeq;
      if (pending <= 0) return;
      if (!this.backlog && !this.flushDue && pending < c.batchMaxEvents && this.pendingBytes < c.batchMaxBytes) {
        if (!this.timers.batch) {
          this.timers.batch = setTimeout(() => {
            delete this.timers.batch;
            this.flushDue = true;
            this.wake();
          }, c.batchMaxDelayMs);
        }
        return;
      }
      this.flushDue = false;
      clearTimeout(this.timers.batch);
      delete this.timers.batch;
      const read = spool.read(this.sentSeq, Math.min(c.batchMaxEvents, window), c.batchMaxBytes);
      if (read.bodies.length === 0) {
        this.sentSeq = spool.lastSeq; // everything after sentSeq was dropped from the spool
        return;
      }
      // Never send what a power loss could take back (sequences must stay unique). Nothing is appended
      // while this loop runs, so one fsync covers every batch it sends.
      if (!synced) {
        spool.sync();
        synced = true;
      }
      ws.send(batchFrame(read.bodies));
      const last = read.seqs[read.seqs.length - 1]!;
      const resent = Math.max(0, Math.min(last, this.highestSent) - this.sentSeq);
      this.status_.eventsResent += resent;
      this.sentSeq = last;
      if (last > this.highestSent) this.highestSent = last;
      this.pendingBytes = Math.max(0, this.pendingBytes - read.bytes);
      this.status_.batchesSent++;
      this.status_.eventsSent += read.bodies.length;
      if (read.bodies.length < c.batchMaxEvents && read.bytes < c.batchMaxBytes) this.backlog = false;
    }
  }
}
