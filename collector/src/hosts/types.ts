// The agents' contract: the record of each enrolled agent, the enrollment tokens that admit them, and the
// stores that keep both (SQLite tables today, a server database in the scale-out issue). Callers depend on
// AgentStore and TokenStore, never on a class.

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
  /** Inventory sent at enrollment as JSON (protobuf toObject form), at most agents.maxInventoryBytes. */
  inventory?: Record<string, unknown>;
  /** The address it last authenticated from (written when it changes). */
  lastAddress?: string;
  /** Id of the collector command key it pins (commandKeyId), as of its last connection; absent: not known yet. */
  commandKeyId?: string;
}

/** What enrollment knows of a new agent; the store fills in the rest (not revoked, no dry run, clone flag). */
export interface NewAgent {
  id: string;
  publicKey: string;
  hostname: string;
  machineId: string;
  os: string;
  agentVersion: string;
  tokenId: string;
  nowMs: number;
  inventory?: Record<string, unknown>;
  /** Where it enrolled from: its first lastAddress. */
  address?: string;
}

/** Every field but the identity may change; a key present with `undefined` clears an optional field. */
export type AgentPatch = Partial<Omit<AgentRecord, 'id' | 'publicKey'>>;

export interface AgentQuery {
  /** true: only revoked agents; false: only agents that are not; absent: both. */
  revoked?: boolean;
  /** Cursor paging: only agents after this one in list order. */
  after?: { hostname: string; id: string };
  /** At most this many. */
  limit?: number;
}

export interface AgentStore {
  get(id: string): AgentRecord | undefined;
  /** Agents by hostname, then id, both in code point order (hosts/order.ts: compareHost). */
  list(query?: AgentQuery): AgentRecord[];
  count(query?: Pick<AgentQuery, 'revoked'>): number;
  /**
   * Stores a new agent. It is flagged `cloneOf` the first-enrolled agent that is not revoked and showed the
   * same (non-empty) machine id with another key (or that agent's own original). `beforeCommit` runs inside
   * the write transaction, after the row is written: if it throws, nothing is stored and the error propagates.
   * Throws VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE (nothing stored, `beforeCommit` not run) and
   * VIGIL_ERR_AGENT_EXISTS for an id already taken.
   */
  enroll(agent: NewAgent, beforeCommit?: () => void): AgentRecord;
  /**
   * The agent, not revoked, that enrolled with this public key through this token: a retried enrollment
   * (its answer was lost) is answered with it instead of a second agent for the same host.
   */
  findEnrolled(publicKey: string, tokenId: string): AgentRecord | undefined;
  /** Applies `patch` and returns the new record; undefined for an unknown id. An oversized inventory throws. */
  update(id: string, patch: AgentPatch): AgentRecord | undefined;
  /** Each agent that is not revoked with the address it last authenticated from, where one is recorded. */
  knownAddresses(): Array<{ agentId: string; address: string }>;
  /** Agents that are not revoked, counted by the command key they pin (null: not known yet). */
  byCommandKey(): Array<{ keyId: string | null; agents: number }>;
  /**
   * Adds records written by an older collector (state.json held agents), in one transaction, keeping their
   * order. An id already present is left as it is (a retried import); an inventory over the bound is left
   * out (the agent's next inventory event shows it again), never the agent.
   */
  importRecords(records: readonly AgentRecord[]): { added: number; inventoriesDropped: number };
}

export interface TokenRecord {
  id: string;
  /** SHA-256 hex of the token (hosts/tokens.ts: hashToken); the token itself is never stored. */
  hash: string;
  createdAtMs: number;
  expiresAtMs: number;
  maxUses: number;
  /** Enrollments that succeeded with it: never more than maxUses. */
  uses: number;
  note?: string;
}

export type TokenRefusal = { ok: false; code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' | 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' | 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' };

export type TokenCheck = { ok: true; token: TokenRecord } | TokenRefusal;

export interface NewToken {
  ttlSeconds: number;
  maxUses: number;
  nowMs: number;
  note?: string;
}

/** What an enrollment does with a valid token: the agent it stored, or (a retry) the one stored before. */
export interface TokenUse<T> {
  /**
   * A retry of an enrollment that already succeeded with this token: its answer, or undefined. Runs first,
   * before expiry and uses are checked (the enrollment it repeats was admitted); spends nothing.
   */
  again?: (token: TokenRecord) => T | undefined;
  /** The new enrollment: runs only for a valid token, and its use is spent only if it returns. */
  enroll: (token: TokenRecord) => T;
}

export interface TokenStore {
  /** A new token, valid for `ttlSeconds` and `maxUses` enrollments; the secret is returned once, never stored. */
  create(input: NewToken): { token: string; record: TokenRecord };
  /** Every token, oldest first. */
  list(): TokenRecord[];
  /**
   * One enrollment, in ONE write transaction: finds the token by its secret, answers a retry (`use.again`),
   * checks expiry and uses, runs `use.enroll` and spends one use. A refusal writes nothing; if `use.enroll`
   * throws, nothing is spent and the error propagates. Writes `use` makes to a store on the same database
   * (the agent row) commit or roll back with the use.
   */
  useToken<T>(token: string, nowMs: number, use: TokenUse<T>): { ok: true; value: T } | TokenRefusal;
  /**
   * Adds tokens written by an older collector (state.json held them), in one transaction, keeping their
   * order; a token id or hash already present is left as it is (a retried import).
   */
  importRecords(records: readonly TokenRecord[]): { added: number };
}
