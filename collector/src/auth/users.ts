// Operator accounts: create, change role, disable, delete, change password, and verify a login.
import { CollectorError } from '../errors.js';
import { hashPassword, verifyPassword, DEFAULT_SCRYPT, type ScryptParams } from './password.js';
import type { Role } from './roles.js';
import type { AuthDb, UserRecord } from './state.js';
import { PasswordStrength, type PasswordStrengthOptions } from './strength.js';

export interface PublicUser {
  name: string;
  role: Role;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAtMs: number;
  passwordChangedAtMs: number;
}

export const USER_NAME_RE = /^[a-z][a-z0-9._-]{0,62}$/;

export function publicUser(u: UserRecord): PublicUser {
  const { passwordHash: _hash, ...rest } = u;
  return rest;
}

export class UserService {
  /** A hash to verify against when the user does not exist, so timing does not reveal user names. */
  private dummyHash: Promise<string> | undefined;
  constructor(
    private readonly db: AuthDb,
    private readonly options: {
      minPasswordLength: number;
      minPasswordScore: number;
      passwordCheck: PasswordStrengthOptions;
      now?: () => number;
      scrypt?: ScryptParams;
    },
  ) {
    this.strength = new PasswordStrength(options.passwordCheck);
  }

  private readonly strength: PasswordStrength;

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  list(): PublicUser[] {
    return this.db.data.users.map(publicUser);
  }

  get(name: string): UserRecord | undefined {
    return this.db.data.users.find((u) => u.name === name);
  }

  count(): number {
    return this.db.data.users.length;
  }

  async checkPassword(password: string, name = ''): Promise<void> {
    if (password.length < this.options.minPasswordLength) {
      throw new CollectorError('VIGIL_ERR_AUTH_WEAK_PASSWORD', `password must have at least ${this.options.minPasswordLength} characters`);
    }
    const min = this.options.minPasswordScore;
    if (min === 0) return;
    const r = await this.strength.check(password, [name, 'vigil']);
    if (r.score < min) {
      throw new CollectorError(
        'VIGIL_ERR_AUTH_WEAK_PASSWORD',
        `password is too easy to guess (strength ${r.score} of 4, needs ${min})${r.warning ? `: ${r.warning}` : ''}`,
      );
    }
  }

  async create(input: { name: string; role: Role; password: string; mustChangePassword?: boolean }): Promise<PublicUser> {
    if (!USER_NAME_RE.test(input.name)) throw new CollectorError('VIGIL_ERR_API_VALIDATION', 'user name must match ' + USER_NAME_RE.source);
    await this.checkPassword(input.password, input.name);
    if (this.get(input.name)) throw new CollectorError('VIGIL_ERR_API_CONFLICT', `user ${input.name} exists`);
    const now = this.now();
    const record: UserRecord = {
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password, this.options.scrypt ?? DEFAULT_SCRYPT),
      mustChangePassword: input.mustChangePassword ?? false,
      disabled: false,
      createdAtMs: now,
      passwordChangedAtMs: now,
    };
    if (this.get(input.name)) throw new CollectorError('VIGIL_ERR_API_CONFLICT', `user ${input.name} exists`);
    this.db.data.users.push(record);
    this.db.write();
    return publicUser(record);
  }

  /** Changes role and/or disabled flag. Refuses to leave the collector without an enabled admin. */
  update(name: string, patch: { role?: Role; disabled?: boolean }): PublicUser {
    const user = this.get(name);
    if (!user) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no user ${name}`);
    const next = { ...user, ...patch };
    this.assertAdminRemains(name, next.role === 'admin' && !next.disabled);
    Object.assign(user, patch);
    this.db.write();
    return publicUser(user);
  }

  delete(name: string): void {
    const index = this.db.data.users.findIndex((u) => u.name === name);
    if (index < 0) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no user ${name}`);
    this.assertAdminRemains(name, false);
    this.db.data.users.splice(index, 1);
    this.db.write();
  }

  async setPassword(name: string, password: string, mustChangePassword = false): Promise<void> {
    await this.checkPassword(password, name);
    const user = this.get(name);
    if (!user) throw new CollectorError('VIGIL_ERR_API_NOT_FOUND', `no user ${name}`);
    user.passwordHash = await hashPassword(password, this.options.scrypt ?? DEFAULT_SCRYPT);
    user.mustChangePassword = mustChangePassword;
    user.passwordChangedAtMs = this.now();
    this.db.write();
  }

  /** The user when name and password match an enabled account, otherwise undefined. */
  async verify(name: string, password: string): Promise<UserRecord | undefined> {
    const user = this.get(name);
    if (!user) {
      this.dummyHash ??= hashPassword('vigil-timing-equaliser', this.options.scrypt ?? DEFAULT_SCRYPT);
      await verifyPassword(password, await this.dummyHash);
      return undefined;
    }
    const ok = await verifyPassword(password, user.passwordHash);
    return ok && !user.disabled ? user : undefined;
  }

  private assertAdminRemains(changing: string, staysAdmin: boolean): void {
    if (staysAdmin) return;
    const others = this.db.data.users.some((u) => u.name !== changing && u.role === 'admin' && !u.disabled);
    const wasAdmin = this.get(changing)?.role === 'admin';
    if (wasAdmin && !others) throw new CollectorError('VIGIL_ERR_API_CONFLICT', 'the last enabled admin cannot be removed, disabled or demoted');
  }
}
