// First start: with no users, create "admin" with the password from VIGIL_ADMIN_PASSWORD, or with a random
// one-time password that the caller prints once and the admin must change at first login. Never a default.
import { randomBytes } from 'node:crypto';
import type { UserService } from './users.js';

export const ADMIN_PASSWORD_ENV = 'VIGIL_ADMIN_PASSWORD';
export const BOOTSTRAP_ADMIN = 'admin';

export type BootstrapResult =
  { created: false } | { created: true; user: string; source: 'env' } | { created: true; user: string; source: 'generated'; oneTimePassword: string };

export async function ensureAdmin(users: UserService, env: Record<string, string | undefined>): Promise<BootstrapResult> {
  if (users.count() > 0) return { created: false };
  const fromEnv = env[ADMIN_PASSWORD_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    await users.create({ name: BOOTSTRAP_ADMIN, role: 'admin', password: fromEnv });
    return { created: true, user: BOOTSTRAP_ADMIN, source: 'env' };
  }
  const oneTimePassword = randomBytes(18).toString('base64url');
  await users.create({ name: BOOTSTRAP_ADMIN, role: 'admin', password: oneTimePassword, mustChangePassword: true });
  return { created: true, user: BOOTSTRAP_ADMIN, source: 'generated', oneTimePassword };
}

/** Lines telling a person how to log in, for the collector's start-up output and the quick start. */
export function loginInstructions(result: BootstrapResult, url: string): string[] {
  if (!result.created) {
    return [
      `Open ${url} and log in with your Vigil account.`,
      'Lost the password? `vigil-collector user reset-password admin` prints a new one-time password.',
    ];
  }
  if (result.source === 'env') {
    return [`Open ${url} and log in as "${result.user}" with the password from ${ADMIN_PASSWORD_ENV}.`];
  }
  return [
    `Open ${url} and log in as "${result.user}" with this one-time password (shown only now):`,
    `    ${result.oneTimePassword}`,
    'You will be asked to choose a new password at first login.',
  ];
}
