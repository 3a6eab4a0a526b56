// Issue 13, item 10: over ws:// a fake collector pushed extra log paths and the agent streamed a root-only
// file to it. The agent now sends a fresh nonce in its hello; the collector must answer with a signature
// over it by the command key pinned at enrollment before the agent trusts the connection, and every pushed
// config must be signed by that key for this connection (so a recorded one cannot be replayed).
import { randomBytes } from 'node:crypto';
import { verifyEd25519 } from '@vigil/crypto';
import { configSigningBytes, vigil, welcomeSigningBytes } from '@vigil/proto';

export function newAgentNonce(): Buffer {
  return randomBytes(32);
}

/** Why the welcome does not prove the collector holds the pinned key, or undefined when it does. */
export function welcomeProofProblem(welcome: vigil.v1.IWelcome, agentNonce: Uint8Array, agentId: string, pinnedKey: Uint8Array): string | undefined {
  const sig = welcome.collectorSignature;
  if (!sig || sig.byteLength !== 64) return 'the collector sent no proof of its command key';
  if (!verifyEd25519(pinnedKey, welcomeSigningBytes(agentNonce, agentId), sig)) return 'the collector does not hold the command key pinned at enrollment';
  return undefined;
}

/** The config if its signature (pinned key, this connection) verifies; else the reason it was dropped. */
export function openSignedConfig(
  signed: vigil.v1.ISignedConfig,
  agentNonce: Uint8Array,
  agentId: string,
  pinnedKey: Uint8Array,
  maxBytes: number,
): { ok: true; config: vigil.v1.AgentConfig } | { ok: false; reason: string } {
  const payload = signed.payload ?? new Uint8Array();
  if (payload.byteLength > maxBytes) return { ok: false, reason: `signed config of ${payload.byteLength} bytes exceeds ${maxBytes}` };
  if (signed.signature?.byteLength !== 64 || !verifyEd25519(pinnedKey, configSigningBytes(agentNonce, agentId, payload), signed.signature)) {
    return { ok: false, reason: 'config signature does not verify against the pinned command key for this connection' };
  }
  try {
    return { ok: true, config: vigil.v1.AgentConfig.decode(payload) };
  } catch (err) {
    return { ok: false, reason: `signed config does not decode: ${(err as Error).message}` };
  }
}
