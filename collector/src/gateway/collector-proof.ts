// The collector's side of issue 13, item 10: a fake collector (over ws://) pushed extra log paths and the
// agent streamed a root-only file to it. The collector now proves it holds the command key the agent pinned
// (a signature over the agent's fresh hello nonce), and every pushed config is signed the same way and
// bound to that connection, so the agent applies nothing a stranger or a replay sent.
import { configSigningBytes, vigil, welcomeSigningBytes } from '@vigil/proto';

export type Signer = (data: Uint8Array) => Buffer;

export function welcomeProof(sign: Signer, agentNonce: Uint8Array, agentId: string): Buffer {
  return sign(welcomeSigningBytes(agentNonce, agentId));
}

export function signedConfigFor(sign: Signer, agentNonce: Uint8Array, agentId: string, config: vigil.v1.IAgentConfig): vigil.v1.ISignedConfig {
  const payload = Buffer.from(vigil.v1.AgentConfig.encode(config).finish());
  return { payload, signature: sign(configSigningBytes(agentNonce, agentId, payload)) };
}
