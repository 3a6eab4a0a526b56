// API tokens for scripts: a random secret shown once, stored only as its SHA-256, revocable, optionally expiring.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { CollectorError } from '../errors.js';
import { roleAtLeast, type Role } from './roles.js';
import type { ApiTokenRecord, AuthDb } from './state.js';

export const TOKEN_PREFIX = 'vgt_';

export type PublicApiToken = Omit<ApiTokenRecord, 'hash'>;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class ApiTokenService {
  constructor(
    private readonly db: AuthDb,
    private readonly now: () => number = Date.now,
  ) {}

  list(): PublicApiToken[] {
    return this.db.data.apiTokens.map(({ hash: _h, ...rest }) => rest);
  }

  /** Creates a token no stronger than its creator's role; returns the secret once. */
  create(input: { name: string; role: Role; createdBy: string; creatorRole: Role; ttlMs?: number }): { token: PublicApiToken; secret: string } {
    if (!roleAtLeast(input.creatorRole, input.role)) {
      throw new CollectorError('VIGIL_ERR_AUTH_FORBIDDEN', 'a token cannot have a stronger role than its creator');
    }
    const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const now = this.now();
    const record: ApiTokenRecord = {
      id: randomUUID(),
      name: input.name,
      role: input.role,
      createdBy: input.createdBy,
      hash: sha256(secret),
      createdAtMs: now,
      expiresAtMs: input.ttlMs ? now + input.ttlMs : null,
      revokedAtMs: null,
      lastUsedAtMs: null,
    };
    this.db.data.apiTokens.push(record);
    this.db.write();
    const { hash: _h, ...token } = record;
    return { token, secret };
  }

  revoke(id: string): PublicApiToken {
    const record = this.db.data.apiTokens.find((t) => t.id === id);
    if (!record) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no token ${id}`);
    record.revokedAtMs ??= this.now();
    this.db.write();
    const { hash: _h, ...token } = record;
    return token;
  }

  /** Revokes every live token a user created (the user was disabled or deleted); returns how many. */
  revokeOwnedBy(user: string): number {
    const now = this.now();
    let n = 0;
    for (const t of this.db.data.apiTokens) {
      if (t.createdBy !== user || t.revokedAtMs !== null) continue;
      t.revokedAtMs = now;
      n++;
    }
    if (n > 0) this.db.write();
    return n;
  }

  /** The live token record for a presented secret, or undefined (unknown, revoked or expired). */
  authenticate(secret: string): ApiTokenRecord | undefined {
    if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return undefined;
    const digest = Buffer.from(sha256(secret), 'hex');
    const now = this.now();
    const record = this.db.data.apiTokens.find((t) => timingSafeEqual(Buffer.from(t.hash, 'hex'), digest));
    if (!record || record.revokedAtMs !== null || (record.expiresAtMs !== null && record.expiresAtMs <= now)) return undefined;
    // lastUsed is kept in memory and persisted with the next write, not one disk write per request.
    record.lastUsedAtMs = now;
    return record;
  }
}
