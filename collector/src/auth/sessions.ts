// Browser sessions held in memory: the cookie carries a random id, the map is keyed by its hash, and each
// session has a synchronizer CSRF token. A collector restart logs operators out, which is the safe direction.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface Session {
  key: string;
  user: string;
  csrfToken: string;
  createdAtMs: number;
  lastSeenAtMs: number;
}

export interface SessionLimits {
  sessionTtlMs: number;
  sessionIdleMs: number;
  maxSessions: number;
}

function keyOf(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  constructor(
    private readonly limits: SessionLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns the cookie value (shown to the browser only) and the session. */
  create(user: string): { id: string; session: Session } {
    this.sweep();
    while (this.sessions.size >= this.limits.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
    const id = randomBytes(32).toString('base64url');
    const now = this.now();
    const session: Session = { key: keyOf(id), user, csrfToken: randomBytes(24).toString('base64url'), createdAtMs: now, lastSeenAtMs: now };
    this.sessions.set(session.key, session);
    return { id, session };
  }

  /** The live session for a cookie value; refreshes its idle timer unless `touch` is false (a re-check). */
  get(id: string, touch = true): Session | undefined {
    if (id.length > 100) return undefined;
    const session = this.sessions.get(keyOf(id));
    if (!session) return undefined;
    const now = this.now();
    if (now - session.createdAtMs > this.limits.sessionTtlMs || now - session.lastSeenAtMs > this.limits.sessionIdleMs) {
      this.sessions.delete(session.key);
      return undefined;
    }
    if (touch) session.lastSeenAtMs = now;
    return session;
  }

  delete(key: string): void {
    this.sessions.delete(key);
  }

  /** Ends every session of a user (password change, disable, delete). */
  deleteUser(user: string, exceptKey?: string): void {
    for (const [key, s] of this.sessions) if (s.user === user && key !== exceptKey) this.sessions.delete(key);
  }

  checkCsrf(session: Session, presented: string | undefined): boolean {
    if (!presented) return false;
    const a = Buffer.from(session.csrfToken);
    const b = Buffer.from(presented);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, s] of this.sessions) {
      if (now - s.createdAtMs > this.limits.sessionTtlMs || now - s.lastSeenAtMs > this.limits.sessionIdleMs) this.sessions.delete(key);
    }
  }
}
