// Authentication in one object: who is asking (session cookie or API token), logins with rate limiting,
// password changes, and the cookie strings. Authorisation per route lives in the API's route table.
import { CollectorError } from '../errors.js';
import { LoginLimiter } from './limiter.js';
import type { AuthOptions } from './options.js';
import { lowerRole, type Role } from './roles.js';
import { SessionStore, type Session } from './sessions.js';
import type { AuthDb, UserRecord } from './state.js';
import { ApiTokenService } from './tokens.js';
import { UserService } from './users.js';
import type { ScryptParams } from './password.js';

export const SESSION_COOKIE = 'vigil_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface Principal {
  via: 'session' | 'token';
  /** User name (for tokens: the token's creator). */
  user: string;
  role: Role;
  /** How the audit log names this caller: the user, or "token:<name>". */
  auditName: string;
  mustChangePassword: boolean;
  session?: Session;
  tokenId?: string;
}

export interface AuthDeps {
  db: AuthDb;
  options: AuthOptions;
  now?: () => number;
  scrypt?: ScryptParams;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header || header.length > 8192) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

export class Auth {
  readonly users: UserService;
  readonly tokens: ApiTokenService;
  readonly sessions: SessionStore;
  readonly limiter: LoginLimiter;
  /** Wrong current passwords on a password change: throttled like logins (issue 13 item 13). */
  private readonly passwordChanges: LoginLimiter;
  private readonly changeListeners: Array<() => void> = [];
  constructor(readonly deps: AuthDeps) {
    const now = deps.now ?? Date.now;
    this.users = new UserService(deps.db, {
      minPasswordLength: deps.options.minPasswordLength,
      minPasswordScore: deps.options.minPasswordScore,
      passwordCheck: { timeoutMs: deps.options.passwordCheckTimeoutMs, maxHeapMb: deps.options.passwordCheckMaxHeapMb },
      now,
      scrypt: deps.scrypt,
    });
    this.tokens = new ApiTokenService(deps.db, now);
    this.sessions = new SessionStore(deps.options, now);
    this.limiter = new LoginLimiter(deps.options, now);
    this.passwordChanges = new LoginLimiter(
      { ...deps.options, loginFailuresPerUser: deps.options.passwordChangeFailures, loginFailuresPerAddress: deps.options.passwordChangeFailures * 2 },
      now,
    );
  }

  /**
   * Identifies the caller from the Authorization header or the session cookie; undefined if neither is valid.
   * A token acts with the lower of its own role and its owner's current role, and dies with its owner.
   * `touch: false` re-checks a caller (a live stream) without refreshing its session's idle timer.
   */
  identify(headers: { authorization?: string | undefined; cookie?: string | undefined }, options: { touch?: boolean } = {}): Principal | undefined {
    const authz = headers.authorization;
    if (authz && authz.startsWith('Bearer ')) {
      const token = this.tokens.authenticate(authz.slice(7).trim());
      if (!token) return undefined;
      const owner = this.users.get(token.createdBy);
      if (!owner || owner.disabled) return undefined;
      return {
        via: 'token',
        user: token.createdBy,
        role: lowerRole(token.role, owner.role),
        auditName: `token:${token.name}`,
        mustChangePassword: false,
        tokenId: token.id,
      };
    }
    const id = parseCookies(headers.cookie).get(SESSION_COOKIE);
    if (!id) return undefined;
    const session = this.sessions.get(id, options.touch ?? true);
    if (!session) return undefined;
    const user = this.users.get(session.user);
    if (!user || user.disabled) {
      this.sessions.delete(session.key);
      return undefined;
    }
    return { via: 'session', user: user.name, role: user.role, auditName: user.name, mustChangePassword: user.mustChangePassword, session };
  }

  async login(name: string, password: string, address: string): Promise<{ cookieValue: string; session: Session; user: UserRecord }> {
    const wait = this.limiter.retryAfterMs(address, name);
    if (wait > 0) {
      this.limiter.fail(address, name); // hammering during the backoff only makes this source wait longer
      throw Object.assign(new CollectorError('VIGIL_ERR_AUTH_RATE_LIMITED'), { retryAfterMs: wait });
    }
    const user = await this.users.verify(name, password);
    if (!user) {
      this.limiter.fail(address, name);
      throw new CollectorError('VIGIL_ERR_AUTH_BAD_CREDENTIALS');
    }
    this.limiter.succeed(address, name);
    const { id, session } = this.sessions.create(user.name);
    return { cookieValue: id, session, user };
  }

  async changePassword(principal: Principal, current: string, next: string, address = '-'): Promise<void> {
    const wait = this.passwordChanges.retryAfterMs(address, principal.user);
    if (wait > 0) {
      this.passwordChanges.fail(address, principal.user);
      throw Object.assign(new CollectorError('VIGIL_ERR_AUTH_RATE_LIMITED', 'too many wrong current passwords; try again later'), { retryAfterMs: wait });
    }
    const user = await this.users.verify(principal.user, current);
    if (!user) {
      this.passwordChanges.fail(address, principal.user);
      throw new CollectorError('VIGIL_ERR_AUTH_BAD_CREDENTIALS', 'current password is wrong');
    }
    this.passwordChanges.succeed(address, principal.user);
    if (current === next) throw new CollectorError('VIGIL_ERR_AUTH_WEAK_PASSWORD', 'choose a password different from the current one');
    await this.users.setPassword(user.name, next);
    this.sessions.deleteUser(user.name, principal.session?.key);
    this.changed();
  }

  /** Called after anything that can end or weaken a caller (logout, disable, delete, role change, revoke). */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private changed(): void {
    for (const l of this.changeListeners) l();
  }

  /** Changes role or disabled flag; disabling ends the user's sessions and revokes their tokens at once. */
  updateUser(name: string, patch: { role?: Role; disabled?: boolean }): ReturnType<UserService['update']> {
    const updated = this.users.update(name, patch);
    if (updated.disabled) this.endCaller(name);
    this.changed();
    return updated;
  }

  /** Deletes a user, ending their sessions and revoking their tokens. */
  deleteUser(name: string): void {
    this.users.delete(name);
    this.endCaller(name);
    this.changed();
  }

  /** An admin set a user's password: their sessions end. */
  async resetPassword(name: string, password: string, mustChangePassword: boolean): Promise<void> {
    await this.users.setPassword(name, password, mustChangePassword);
    this.sessions.deleteUser(name);
    this.changed();
  }

  logout(session: Session | undefined): void {
    if (session) this.sessions.delete(session.key);
    this.changed();
  }

  revokeToken(id: string): ReturnType<ApiTokenService['revoke']> {
    const out = this.tokens.revoke(id);
    this.changed();
    return out;
  }

  private endCaller(name: string): void {
    this.sessions.deleteUser(name);
    this.tokens.revokeOwnedBy(name);
  }

  sessionCookie(value: string, secure: boolean): string {
    const maxAge = Math.floor(this.deps.options.sessionTtlMs / 1000);
    return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
  }

  clearCookie(secure: boolean): string {
    return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure ? '; Secure' : ''}`;
  }
}
