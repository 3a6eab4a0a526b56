// Public surface of this app package, for its own bins and the cross-process tests.
export { VERSION } from './version.js';
