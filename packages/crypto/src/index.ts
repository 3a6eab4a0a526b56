// Ed25519 keys as raw 32-byte public keys and PEM private keys, plus SHA-256 helpers:
// the primitives behind enrollment, agent authentication and signed commands.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, X509Certificate, type KeyObject } from 'node:crypto';

export interface Ed25519KeyPair {
  /** Raw 32-byte public key. */
  publicKey: Buffer;
  /** PKCS#8 PEM private key. */
  privateKeyPem: string;
}

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function generateEd25519(): Ed25519KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKey: rawPublicKey(publicKey), privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ type: 'spki', format: 'der' });
  return Buffer.from(der.subarray(der.length - 32));
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.byteLength !== 32) throw new RangeError(`Ed25519 public key must be 32 bytes, got ${raw.byteLength}`);
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(raw)]), format: 'der', type: 'spki' });
}

export function privateKeyFromPem(pem: string): KeyObject {
  return createPrivateKey(pem);
}

export function signEd25519(privateKey: KeyObject | string, data: Uint8Array): Buffer {
  const key = typeof privateKey === 'string' ? createPrivateKey(privateKey) : privateKey;
  return sign(null, data, key);
}

/** Verifies; returns false (never throws) for a malformed key or signature. */
export function verifyEd25519(publicKey: KeyObject | Uint8Array, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    if (signature.byteLength !== 64) return false;
    const key = publicKey instanceof Uint8Array ? publicKeyFromRaw(publicKey) : publicKey;
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 fingerprint of a PEM certificate's DER bytes, lowercase hex without colons. */
export function certificateFingerprint(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256.replace(/:/g, '').toLowerCase();
}
