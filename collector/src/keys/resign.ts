// After a key rotation, what a retired key of this collector signed (stored commands, published bundles) goes
// out signed again by the current key; a signature no key of this collector made goes out as it is, for the
// agent to refuse, so whoever wrote it never gets this collector's signature. One rule for every stored signature.
import type { KeyObject } from 'node:crypto';
import { signEd25519, verifyEd25519 } from '@vigil/crypto';

export interface SigningKeys {
  privateKey: KeyObject;
  /** Raw public half of privateKey. */
  publicKey: Uint8Array;
  /** Raw public halves of the keys rotated away from (keys/keyring.ts retiredPublicKeys). */
  retired: readonly Uint8Array[];
}

/** The signature to send for `signed`, and whether a key of this collector made the stored one. */
export function currentSignature(keys: SigningKeys, signed: Uint8Array, stored: Uint8Array): { signature: Uint8Array; ours: boolean } {
  if (verifyEd25519(keys.publicKey, signed, stored)) return { signature: stored, ours: true };
  if (keys.retired.some((k) => verifyEd25519(k, signed, stored))) return { signature: signEd25519(keys.privateKey, signed), ours: true };
  return { signature: stored, ours: false };
}
