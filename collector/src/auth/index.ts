// Public surface of operator authentication.
export { ROLES, roleAtLeast, type Role } from './roles.js';
export { hashPassword, verifyPassword, DEFAULT_SCRYPT, type ScryptParams } from './password.js';
export { openAuthState, authStateIn, type CollectionStore, type AuthDb, type AuthState, type UserRecord, type ApiTokenRecord } from './state.js';
export { authOptionsSchema, defaultAuthOptions, type AuthOptions } from './options.js';
export { UserService, USER_NAME_RE, publicUser, type PublicUser } from './users.js';
export { ApiTokenService, TOKEN_PREFIX, type PublicApiToken } from './tokens.js';
export { SessionStore, type Session } from './sessions.js';
export { LoginLimiter } from './limiter.js';
export { Auth, SESSION_COOKIE, CSRF_HEADER, parseCookies, type Principal, type AuthDeps } from './service.js';
export { ensureAdmin, loginInstructions, ADMIN_PASSWORD_ENV, BOOTSTRAP_ADMIN, type BootstrapResult } from './bootstrap.js';
