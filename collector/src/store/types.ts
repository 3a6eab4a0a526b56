// The state the gateway, the CLI and the API share: agents, enrollment tokens, settings and small
// collections (lowdb today), behind an interface so a server database can take over later.

export interface AgentRecord {
  id: string;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
  hostname: string;
  machineId: string;
  os: string;
  agentVersion: string;
  enrolledAtMs: number;
  lastSeenAtMs: number;
  /** Set when another agent already showed this machine id with a different key (a cloned VM, say). */
  cloneOf?: string;
  /**
   * Set when two live connections presented this one identity from hosts with different boot times
   * (an enrolled VM cloned with its agent state): events of both would share one sequence space.
   */
  identityConflictAtMs?: number;
  /**
   * Set when the agent's hello named a highest written sequence below what the collector held for it:
   * those events were not written by this agent (forged with its key). Dedupe was rewound to its own.
   */
  sequenceConflict?: { atMs: number; heldSeq: number; agentLastSeq: number };
  /** Per-agent setting pushed in Welcome/AgentConfig: host-altering responses are only reported. */
  dryRun: boolean;
  /** A revoked agent can no longer authenticate. */
  revoked: boolean;
  /** Token id used to enroll. */
  tokenId: string;
  /** Latest inventory as JSON (protobuf toObject form). */
  inventory?: Record<string, unknown>;
}

export interface TokenRecord {
  id: string;
  /** SHA-256 hex of the token; the token itself is never stored. */
  hash: string;
  createdAtMs: number;
  expiresAtMs: number;
  maxUses: number;
  uses: number;
  note?: string;
}

export type TokenCheck =
  | { ok: true; token: TokenRecord }
  | { ok: false; code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' | 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' | 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' };

export interface StateStore {
  getAgent(id: string): AgentRecord | undefined;
  listAgents(): AgentRecord[];
  /** Enrolls atomically: checks and spends one use of the token, flags clones, stores the agent. */
  enrollAgent(input: {
    token: string;
    publicKey: string;
    hostname: string;
    machineId: string;
    os: string;
    agentVersion: string;
    inventory?: Record<string, unknown>;
    nowMs: number;
    newId: string;
  }): { ok: true; agent: AgentRecord } | { ok: false; code: string };
  updateAgent(id: string, patch: Partial<Omit<AgentRecord, 'id' | 'publicKey'>>): AgentRecord | undefined;
  createToken(input: { ttlSeconds: number; maxUses: number; nowMs: number; note?: string }): { token: string; record: TokenRecord };
  listTokens(): TokenRecord[];
  getSetting<T>(key: string): T | undefined;
  setSetting(key: string, value: unknown): void;
  /**
   * Generic read-modify-write of one top-level collection of the state file (e.g. "users"), under the
   * cross-process lock, for modules that keep their own small state here.
   */
  mutateCollection<T>(name: string, fn: (current: T | undefined) => T): T;
  /** Replaces several collections in one locked write: all land or none. */
  replaceCollections(values: Record<string, unknown>): void;
  readCollection<T>(name: string): T | undefined;
}
