// Public surface of this app package, for its own bins and the cross-process tests.
export { VERSION } from './version.js';
// How to log in after the first start (the quick start prints these lines).
export { loginInstructions, ADMIN_PASSWORD_ENV, type BootstrapResult } from './auth/index.js';
