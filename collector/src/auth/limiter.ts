// Login rate limiting: failed attempts are counted per client address and per user name in a fixed window;
// past either limit, logins are refused without checking the password. Bounded memory.
export interface LoginLimits {
  loginFailuresPerAddress: number;
  loginFailuresPerUser: number;
  loginWindowMs: number;
}

interface Bucket {
  count: number;
  resetAtMs: number;
}

const MAX_KEYS = 50_000;

export class LoginLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly limits: LoginLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until a login may be tried again, or 0 if it may be tried now. */
  retryAfterMs(address: string, user: string): number {
    const now = this.now();
    let wait = 0;
    for (const [key, max] of this.keys(address, user)) {
      const b = this.buckets.get(key);
      if (b && b.resetAtMs > now && b.count >= max) wait = Math.max(wait, b.resetAtMs - now);
    }
    return wait;
  }

  fail(address: string, user: string): void {
    const now = this.now();
    if (this.buckets.size >= MAX_KEYS) this.sweep(now);
    for (const [key] of this.keys(address, user)) {
      const b = this.buckets.get(key);
      if (!b || b.resetAtMs <= now) this.buckets.set(key, { count: 1, resetAtMs: now + this.limits.loginWindowMs });
      else b.count++;
    }
  }

  /** A successful login clears the user's counter (not the address's). */
  succeed(user: string): void {
    this.buckets.delete(`u:${user}`);
  }

  private keys(address: string, user: string): Array<[string, number]> {
    return [
      [`a:${address}`, this.limits.loginFailuresPerAddress],
      [`u:${user}`, this.limits.loginFailuresPerUser],
    ];
  }

  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (b.resetAtMs <= now) this.buckets.delete(k);
    while (this.buckets.size >= MAX_KEYS) {
      const first = this.buckets.keys().next().value;
      if (first === undefined) break;
      this.buckets.delete(first);
    }
  }
}
