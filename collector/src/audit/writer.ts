// The small interface every part of the collector uses to record who did what (API requests, commands,
// alert triage, response policies). Kept apart from the SQLite implementation so callers import no storage.

/** ok: done; denied: refused by role, CSRF or rate limit; invalid: bad input; failed: attempted and failed. */
export type AuditResult = 'ok' | 'denied' | 'invalid' | 'failed';

export interface AuditRecord {
  /** User name, "token:<name>" for API tokens, "policy:<id>" for automatic actions, "-" when unknown. */
  user: string;
  /** Client address of the request, or "collector" for actions the collector takes by itself. */
  source: string;
  /** Stable verb, e.g. "command.create", "alert.status", "user.create", "session.login". */
  action: string;
  /** What it was done to, e.g. "agent:<id>", "alert:<id>", "user:<name>"; "" if nothing specific. */
  target: string;
  result: AuditResult;
  /** Small structured context (HTTP status, error code, command kind). Never secrets. */
  detail?: Record<string, unknown>;
  /** Unix milliseconds; the writer's clock when omitted. */
  timeMs?: number;
  /** Nobody was authenticated: a refused request is aggregated per source, action and result. */
  unauthenticated?: boolean;
}

export interface AuditWriter {
  write(record: AuditRecord): void;
}
