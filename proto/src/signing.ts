// The exact byte strings that Ed25519 signatures cover, defined once so agent and collector can never disagree.
import { createHash } from 'node:crypto';
const SEP = Uint8Array.of(0);

function concat(parts: Uint8Array[]): Buffer {
  return Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
}

/** Hello: "vigil.v1.hello" 0x00 nonce 0x00 agent_id */
export function helloSigningBytes(nonce: Uint8Array, agentId: string): Buffer {
  return concat([Buffer.from('vigil.v1.hello'), SEP, nonce, SEP, Buffer.from(agentId, 'utf8')]);
}

/** Enroll: "vigil.v1.enroll" 0x00 nonce 0x00 public_key */
export function enrollSigningBytes(nonce: Uint8Array, publicKey: Uint8Array): Buffer {
  return concat([Buffer.from('vigil.v1.enroll'), SEP, nonce, SEP, publicKey]);
}

/** Bundles for upgrade: "vigil.v1.bundle" 0x00 sha256-hex 0x00 version */
export function bundleSigningBytes(sha256Hex: string, version: string): Buffer {
  return concat([Buffer.from('vigil.v1.bundle'), SEP, Buffer.from(sha256Hex, 'ascii'), SEP, Buffer.from(version, 'utf8')]);
}

/** Welcome: "vigil.v1.welcome" 0x00 agent_nonce 0x00 agent_id (the collector proves its command key) */
export function welcomeSigningBytes(agentNonce: Uint8Array, agentId: string): Buffer {
  return concat([Buffer.from('vigil.v1.welcome'), SEP, agentNonce, SEP, Buffer.from(agentId, 'utf8')]);
}

/** Pushed config: "vigil.v1.config" 0x00 agent_nonce 0x00 agent_id 0x00 payload (encoded AgentConfig) */
export function configSigningBytes(agentNonce: Uint8Array, agentId: string, payload: Uint8Array): Buffer {
  return concat([Buffer.from('vigil.v1.config'), SEP, agentNonce, SEP, Buffer.from(agentId, 'utf8'), SEP, payload]);
}

/** Key rotation: "vigil.v1.rotate" 0x00 from_key 0x00 to_key 0x00 rotated_at_ms (decimal), signed by from_key */
export function rotationSigningBytes(fromKey: Uint8Array, toKey: Uint8Array, rotatedAtMs: number): Buffer {
  return concat([Buffer.from('vigil.v1.rotate'), SEP, fromKey, SEP, toKey, SEP, Buffer.from(String(rotatedAtMs), 'ascii')]);
}

/** A command key's id, shown to operators and named in the hello: the first 16 hex digits of SHA-256(raw key). */
export function commandKeyId(rawKey: Uint8Array): string {
  return createHash('sha256').update(rawKey).digest('hex').slice(0, 16);
}
