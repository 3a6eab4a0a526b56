// The public face of @vigil/proto: the generated vigil.v1 types plus the few helpers
// every side needs to put bytes on the wire safely (bounded decode, 64-bit numbers, signed bytes,
// the agent bundle's version banner).
export { vigil } from './gen/vigil.js';
export * from './wire.js';
export * from './longs.js';
export * from './signing.js';
export * from './errors.js';
export * from './bundle.js';
export * from './sequence.js';
export * from './raw.js';
