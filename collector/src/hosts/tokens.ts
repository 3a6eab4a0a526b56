// Enrollment token secrets and the rules a token must pass, apart from where tokens are stored: the secret
// is "vgt_" + 32 random bytes (base64url) and only its domain-separated SHA-256 is ever kept.
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '@vigil/crypto';
import type { TokenCheck, TokenRecord } from './types.js';

export function newToken(): string {
  return `vgt_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return sha256Hex(`vigil.v1.token\0${token}`);
}

/** A short random id an operator can name a token by (never the secret). */
export function newTokenId(): string {
  return randomBytes(6).toString('hex');
}

/** Whether `found` (the token whose hash matched, if any) admits one more enrollment at `nowMs`. */
export function checkToken(found: TokenRecord | undefined, nowMs: number): TokenCheck {
  if (!found) return { ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_UNKNOWN' };
  if (nowMs >= found.expiresAtMs) return { ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' };
  if (found.uses >= found.maxUses) return { ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' };
  return { ok: true, token: found };
}
