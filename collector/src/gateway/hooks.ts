// The seam other collector modules use to talk with connected agents: command results and file
// chunks arrive here, connects and disconnects are announced here (e.g. to deliver pending commands).
import type { vigil } from '@vigil/proto';

export type AgentMessageKind = 'commandResult' | 'fileChunk' | 'heartbeat';

export interface AgentMessageMap {
  commandResult: vigil.v1.ICommandResult;
  fileChunk: vigil.v1.IFileChunk;
  heartbeat: vigil.v1.IHeartbeat;
}

export type AgentMessageHandler<K extends AgentMessageKind> = (agentId: string, message: AgentMessageMap[K]) => void;

export class GatewayHooks {
  private readonly handlers: { [K in AgentMessageKind]: Array<AgentMessageHandler<K>> } = { commandResult: [], fileChunk: [], heartbeat: [] };
  private readonly connected: Array<(agentId: string) => void> = [];
  private readonly disconnected: Array<(agentId: string) => void> = [];
  private readonly deliveryChanged: Array<(agentId: string) => void> = [];

  constructor(private readonly onError: (err: unknown, what: string) => void) {}

  onAgentMessage<K extends AgentMessageKind>(kind: K, handler: AgentMessageHandler<K>): void {
    (this.handlers[kind] as Array<AgentMessageHandler<K>>).push(handler);
  }
  onAgentConnected(handler: (agentId: string) => void): void {
    this.connected.push(handler);
  }
  onAgentDisconnected(handler: (agentId: string) => void): void {
    this.disconnected.push(handler);
  }

  /** A connected agent started or stopped "not storing" (see gateway/delivery.ts). */
  onAgentDeliveryChanged(handler: (agentId: string) => void): void {
    this.deliveryChanged.push(handler);
  }
  emitDeliveryChanged(agentId: string): void {
    for (const h of this.deliveryChanged) this.safe(() => h(agentId), 'deliveryChanged');
  }

  emitMessage<K extends AgentMessageKind>(kind: K, agentId: string, message: AgentMessageMap[K]): void {
    for (const h of this.handlers[kind] as Array<AgentMessageHandler<K>>) this.safe(() => h(agentId, message), kind);
  }
  emitConnected(agentId: string): void {
    for (const h of this.connected) this.safe(() => h(agentId), 'connected');
  }
  emitDisconnected(agentId: string): void {
    for (const h of this.disconnected) this.safe(() => h(agentId), 'disconnected');
  }

  private safe(fn: () => void, what: string): void {
    try {
      fn();
    } catch (err) {
      this.onError(err, what);
    }
  }
}
