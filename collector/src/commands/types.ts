// The commands feature's contract: a command's row from issue to result, the hold of an order that waits for
// a second operator, a response policy's row, and the two store interfaces (CommandStore, PolicyStore) every implementation of their tables provides. Nobody else
// writes SQL against them; command-store.contract.ts and policy-store.contract.ts check each implementation.

export type CommandState = 'awaiting_approval' | 'pending' | 'delivered' | 'running' | 'succeeded' | 'failed' | 'refused' | 'expired' | 'rejected';

export interface CommandRow {
  id: string;
  agentId: string;
  action: string;
  paramsJson: string;
  operator: string;
  policyId: string | null;
  dryRun: boolean;
  status: CommandState;
  createdAtMs: number;
  issuedAtMs: number;
  expiresAtMs: number;
  deliveredAtMs: number | null;
  startedAtMs: number | null;
  finishedAtMs: number | null;
  errorCode: string | null;
  message: string | null;
  outputJson: string | null;
  payload: Buffer | null;
  signature: Buffer | null;
}

/**
 * Why an order is held awaiting a second operator (the two-person rule), and who asked for it. Kept beside
 * the command (its own table) for as long as the command exists; approval does not remove it.
 */
export interface CommandHold {
  commandId: string;
  /** The rule that held it: only 'two_person_rule' today. */
  rule: 'two_person_rule';
  /** The person behind the order (a session's user, a token's owner) or `policy:<id>`: never its approver. */
  requestedBy: string;
  /** Distinct hosts the window's isolate and block_address orders would reach with this one. */
  hosts: number;
  maxHosts: number;
  windowMs: number;
  /** The sentence the API, the page and the CLI show. */
  reason: string;
  heldAtMs: number;
}

/** How many commands are in one action and state (the metrics gauge reads these). */
export interface CommandCount {
  action: string;
  status: CommandState;
  count: number;
}

export interface CommandStore {
  insert(r: CommandRow): void;
  get(id: string): CommandRow | undefined;
  /** Newest first (by creation), for one agent or all, created before `beforeMs` when given. */
  list(opts: { agentId?: string; limit: number; beforeMs?: number }): CommandRow[];
  /** Commands waiting to go to this agent (pending, or delivered without an answer) and not expired, oldest first. */
  undelivered(agentId: string, nowMs: number): CommandRow[];
  /** Commands this agent last said were running, oldest first, expired or not: asked again when it reconnects. */
  running(agentId: string): CommandRow[];
  /** Agents that have pending commands (not yet sent) and not expired, for the periodic delivery sweep. */
  agentsWithUndelivered(nowMs: number): string[];
  /** Changes the lifecycle fields (status, times, result, signed bytes, operator); other fields stay as issued. */
  update(id: string, fields: Partial<Omit<CommandRow, 'id'>>): void;
  /** Marks awaiting, pending and delivered commands past their expiry as expired (finished now); returns their rows as they were. */
  expireDue(nowMs: number): CommandRow[];
  /** Commands per action and state. */
  counts(): CommandCount[];
  /**
   * Distinct agents targeted by non-dry-run orders of these actions created after `sinceMs` that were signed or
   * still await approval: rejected orders, and orders that expired unsigned, cut nobody off and do not count.
   */
  agentsTargetedSince(actions: readonly string[], sinceMs: number): string[];
  /** Records why a command is held; one hold per command. */
  insertHold(h: CommandHold): void;
  /** The holds of these commands, by command id (commands without one are absent). */
  holds(commandIds: readonly string[]): Map<string, CommandHold>;
}

export interface PolicyRow {
  id: string;
  name: string;
  enabled: boolean;
  mode: 'auto' | 'approve';
  ruleId: string | null;
  minSeverity: string | null;
  action: string;
  paramsJson: string;
  dryRun: boolean;
  createdBy: string;
  createdAtMs: number;
}

export interface PolicyStore {
  /** Creates the policy, or replaces every field but its author and creation time. */
  upsert(p: PolicyRow): void;
  /** Oldest first. */
  list(): PolicyRow[];
  /** False for an unknown id. */
  remove(id: string): boolean;
}
