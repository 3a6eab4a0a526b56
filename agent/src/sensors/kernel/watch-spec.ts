// One watched path as the audit sensor keeps it: what the kernel watch rule is made from, and what an access
// is matched against. Its own module, so the lists that make watches (persistence, credentials) and the
// rule builder can share it without importing each other.
export interface WatchSpec {
  path: string;
  /** A folder (recursive watch, AUDIT_DIR) or a single file (AUDIT_WATCH). */
  dir: boolean;
  perms: number;
  /** What it protects: shows as FileAccess.watch. */
  watch: string;
  /** Exclude this pid (the agent itself: it writes its own state and hashes the watched files). */
  excludePid?: number;
  /** Exclude accesses by this uid (a history's owner). */
  excludeUid?: number;
  /**
   * The kernel watch sits on this folder's name instead: the folder (path itself, or a file's parent) did not
   * exist when the rules were made, and a folder watch needs an existing folder. A watch by name follows the
   * name, so once the folder is made (root's ~/.ssh on a fresh host), entries created in it match through
   * their parent. Matching still uses path and dir.
   */
  via?: string;
}
