// The small state the gateway, the CLI and the API share: enrollment tokens, settings and small collections
// (operators, API token hashes) in lowdb, behind an interface so a server database can take over later.
// What grows with the fleet lives in the database: agents are hosts/types.ts's AgentStore.

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

export type TokenRefusal = { ok: false; code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' | 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' | 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' };

export type TokenCheck = { ok: true; token: TokenRecord } | TokenRefusal;

export interface StateStore {
  /**
   * Enrollment's half in the state file. Under the state lock: checks the token (a refusal writes nothing),
   * then runs `enroll(token, spend)`. `spend()` writes one use of the token; call it last inside the agent
   * write, so that an agent write that fails before it spends nothing. If `enroll` throws after `spend()`
   * (the agent write failed at its commit), the use is written back before the error propagates.
   */
  useToken<T>(token: string, nowMs: number, enroll: (token: TokenRecord, spend: () => void) => T): { ok: true; value: T } | TokenRefusal;
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
  /**
   * Upgrade path: a state file written before agents moved to the database still holds them. Under the
   * lock, hands that list to `importer` and removes it from the file only once `importer` returned (its
   * database transaction committed); if `importer` throws, the file is left as it was. Undefined when the
   * file holds no agents list.
   */
  takeLegacyAgents<T>(importer: (entries: readonly unknown[]) => T): T | undefined;
}
