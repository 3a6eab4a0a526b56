// The public surface of @vigil/files: the one atomic file replacement every app uses.
export { syncDir, tempPathFor, writeFileAtomic } from './atomic-file.js';
