// Enrollment is one transaction of the collector's database: the token is found and checked, the agent row
// written and one use of the token spent, or none of it (TokenStore.useToken wraps AgentStore.enroll; both
// tables live in the one SQLite file). A token's use count changes only when an enrollment succeeds.
// A retry of an enrollment whose answer was lost (same key, same token: the agent proved possession of the
// key over this connection's nonce) gets the agent stored the first time, never a second one.
import type { AgentRecord, AgentStore, TokenRefusal, TokenStore } from './types.js';

export interface EnrollInput {
  token: string;
  publicKey: string;
  hostname: string;
  machineId: string;
  os: string;
  agentVersion: string;
  inventory?: Record<string, unknown>;
  /** The address the enrollment came from (the agent's lastAddress). */
  address?: string;
  nowMs: number;
  newId: string;
}

/** `again`: this key had already enrolled with this token; `agent` is that first enrollment. */
export type EnrollResult = { ok: true; agent: AgentRecord; again: boolean } | TokenRefusal;

/**
 * Spends one use of `input.token` and stores the agent, or neither. Token refusals come back coded
 * (VIGIL_ERR_ENROLL_TOKEN_*); storage errors and VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE are thrown.
 */
export function enrollAgent(tokens: Pick<TokenStore, 'useToken'>, agents: AgentStore, input: EnrollInput): EnrollResult {
  const used = tokens.useToken(input.token, input.nowMs, {
    again: (token) => {
      const agent = agents.findEnrolled(input.publicKey, token.id);
      return agent ? { agent, again: true } : undefined;
    },
    enroll: (token) => ({
      agent: agents.enroll({
        id: input.newId,
        publicKey: input.publicKey,
        hostname: input.hostname,
        machineId: input.machineId,
        os: input.os,
        agentVersion: input.agentVersion,
        tokenId: token.id,
        nowMs: input.nowMs,
        ...(input.inventory ? { inventory: input.inventory } : {}),
        ...(input.address ? { address: input.address } : {}),
      }),
      again: false,
    }),
  });
  return used.ok ? { ok: true, ...used.value } : used;
}
