// Enrollment across two stores: the token is small state (the lowdb file), the agent a row of the agent
// table. The order keeps it atomic for the caller: under the state lock the token is checked; the agent row
// is written in a transaction whose last step writes the token's use to the state file; then it commits.
// A failed agent write spends nothing, a failed use write stores no agent (the transaction rolls back), and
// a failed commit gives the use back (StateStore.useToken).
import type { StateStore, TokenRefusal } from '../store/types.js';
import type { AgentRecord, AgentStore } from './types.js';

export interface EnrollInput {
  token: string;
  publicKey: string;
  hostname: string;
  machineId: string;
  os: string;
  agentVersion: string;
  inventory?: Record<string, unknown>;
  nowMs: number;
  newId: string;
}

export type EnrollResult = { ok: true; agent: AgentRecord } | TokenRefusal;

/**
 * Spends one use of `input.token` and stores the agent, or neither. Token refusals come back coded
 * (VIGIL_ERR_ENROLL_TOKEN_*); storage errors and VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE are thrown.
 */
export function enrollAgent(state: Pick<StateStore, 'useToken'>, agents: AgentStore, input: EnrollInput): EnrollResult {
  const used = state.useToken(input.token, input.nowMs, (token, spend) =>
    agents.enroll(
      {
        id: input.newId,
        publicKey: input.publicKey,
        hostname: input.hostname,
        machineId: input.machineId,
        os: input.os,
        agentVersion: input.agentVersion,
        tokenId: token.id,
        nowMs: input.nowMs,
        ...(input.inventory ? { inventory: input.inventory } : {}),
      },
      spend,
    ),
  );
  return used.ok ? { ok: true, agent: used.value } : used;
}
