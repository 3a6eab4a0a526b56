// What the gateway announces on the bus: agents coming and going, delivery stalls, and the messages other
// features consume (command results for commands, file chunks for incidents' evidence).
import type { vigil } from '@vigil/proto';

export interface GatewayTopics {
  /** The agent authenticated and its session is live. */
  'agent.online': { agentId: string };
  'agent.offline': { agentId: string };
  /** A connected agent started or stopped "not storing" (see delivery.ts). */
  'agent.delivery': { agentId: string };
  'agent.commandResult': { agentId: string; result: vigil.v1.ICommandResult };
  'agent.fileChunk': { agentId: string; chunk: vigil.v1.IFileChunk };
}
