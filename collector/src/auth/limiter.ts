// Login rate limiting per source (issue 13 item 13: ten wrong passwords from anywhere locked the real user
// out). Failures are counted per client address and per (address, user name); past a limit each further
// attempt from that source waits an exponential backoff, capped. Another address, and so the real user,
// is never held back by someone else's guessing. Bounded memory.
export interface LoginLimits {
  /** Failed logins from one address (any user names) before backoff starts. */
  loginFailuresPerAddress: number;
  /** Failed logins for one user name from one address before backoff starts. */
  loginFailuresPerUser: number;
  /** Failures are forgotten this long after the last one. */
  loginWindowMs: number;
  /** First wait past a limit; doubles with every further failure. */
  loginBackoffBaseMs: number;
  loginBackoffMaxMs: number;
}

interface Bucket {
  count: number;
  lastMs: number;
}

const MAX_KEYS = 50_000;

export class LoginLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this source may try this user again, or 0 if it may try now. */
  retryAfterMs(address: string, user: string, scope = 'login'): number {
    const now = this.now();
    let wait = 0;
    for (const [key, max] of this.keys(address, user, scope)) {
      const b = this.live(key, now);
      if (!b || b.count < max) continue;
      const backoff = Math.min(this.limits.loginBackoffMaxMs, this.limits.loginBackoffBaseMs * 2 ** Math.min(30, b.count - max));
      wait = Math.max(wait, b.lastMs + backoff - now);
    }
    return Math.max(0, wait);
  }

  fail(address: string, user: string, scope = 'login'): void {
    const now = this.now();
    if (this.buckets.size >= MAX_KEYS) this.sweep(now);
    for (const [key] of this.keys(address, user, scope)) {
      const b = this.live(key, now);
      if (!b) this.buckets.set(key, { count: 1, lastMs: now });
      else {
        b.count++;
        b.lastMs = now;
      }
    }
  }

  /** A success clears this source's counter for the user (not the address's). */
  succeed(address: string, user: string, scope = 'login'): void {
    this.buckets.delete(`${scope}:u:${address}\u0000${user}`);
  }

  private live(key: string, now: number): Bucket | undefined {
    const b = this.buckets.get(key);
    if (b && now - b.lastMs > this.limits.loginWindowMs) {
      this.buckets.delete(key);
      return undefined;
    }
    return b;
  }

  private keys(address: string, user: string, scope: string): Array<[string, number]> {
    return [
      [`${scope}:a:${address}`, this.limits.loginFailuresPerAddress],
      [`${scope}:u:${address}\u0000${user}`, this.limits.loginFailuresPerUser],
    ];
  }

  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (now - b.lastMs > this.limits.loginWindowMs) this.buckets.delete(k);
    while (this.buckets.size >= MAX_KEYS) {
      const first = this.buckets.keys().next().value;
      if (first === undefined) break;
      this.buckets.delete(first);
    }
  }
}
