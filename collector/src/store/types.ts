// The small state the CLI and the API share: settings and small collections (operators, API token hashes)
// in lowdb, behind an interface so a server database can take over later. What grows with the fleet, or
// is written at fleet rate, lives in the database: agents and enrollment tokens (hosts/types.ts).

export interface StateStore {
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
  /** The same for the enrollment tokens an older file holds (hosts/token-import.ts). */
  takeLegacyTokens<T>(importer: (entries: readonly unknown[]) => T): T | undefined;
}
