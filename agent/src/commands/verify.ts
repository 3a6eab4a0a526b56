// Decides whether a SignedCommand may run on this agent, in two steps: authentic (signature by the collector
// key pinned at enrollment, over the exact payload bytes, addressed to this agent), then inside its validity
// window. The executor answers an authentic id it already ran from its ledger between the two, so a result
// lost in a crash is still given when the collector asks again after the command expired.
// Replay (nonce/id) is the ledger's job, because it needs durable memory.
import { verifyEd25519 } from '@vigil/crypto';
import { u64ToNumber, vigil } from '@vigil/proto';
import { AgentError } from '../errors.js';

export interface VerifyOptions {
  /** Raw 32-byte collector command key, pinned at enrollment. */
  commandPublicKey: Uint8Array | undefined;
  agentId: string;
  nowMs: number;
  /** Largest payload accepted (bytes), checked before decoding. */
  maxPayloadBytes: number;
  /** How far issued_at may lie in the agent's future (clock skew). */
  maxClockSkewMs: number;
  /** Longest validity window (expires_at - issued_at) accepted; bounds how long the ledger must remember. */
  maxLifetimeMs: number;
}

/** Reads the command id out of an unverified payload, only to label a refusal. Never trusted otherwise. */
export function peekCommandId(payload: Uint8Array | null | undefined): string {
  if (!payload || payload.byteLength === 0 || payload.byteLength > 1 << 20) return '';
  try {
    return vigil.v1.Command.decode(payload).commandId.slice(0, 128);
  } catch {
    return '';
  }
}

/** Signature, decoding and addressing; the validity window is checkCommandWindow's. */
export function authenticateCommand(
  signed: vigil.v1.ISignedCommand,
  opts: Omit<VerifyOptions, 'nowMs' | 'maxClockSkewMs' | 'maxLifetimeMs'>,
): vigil.v1.Command {
  const payload = signed.payload;
  if (!payload || payload.byteLength === 0) throw new AgentError('VIGIL_ERR_COMMAND_MALFORMED', 'command payload is empty');
  if (payload.byteLength > opts.maxPayloadBytes) {
    throw new AgentError('VIGIL_ERR_COMMAND_MALFORMED', `command payload of ${payload.byteLength} bytes exceeds ${opts.maxPayloadBytes}`);
  }
  if (!opts.commandPublicKey || opts.commandPublicKey.byteLength !== 32) {
    throw new AgentError('VIGIL_ERR_COMMAND_NO_KEY', 'no collector command key is pinned; enroll the agent first');
  }
  if (!signed.signature || !verifyEd25519(opts.commandPublicKey, payload, signed.signature)) {
    throw new AgentError('VIGIL_ERR_COMMAND_BAD_SIGNATURE', 'command signature does not verify against the pinned collector key');
  }
  let cmd: vigil.v1.Command;
  try {
    cmd = vigil.v1.Command.decode(payload);
  } catch (err) {
    throw new AgentError('VIGIL_ERR_COMMAND_MALFORMED', `signed payload is not a Command: ${(err as Error).message}`, { cause: err });
  }
  if (!cmd.commandId || cmd.commandId.length > 128 || !/^[A-Za-z0-9._:-]+$/.test(cmd.commandId)) {
    throw new AgentError('VIGIL_ERR_COMMAND_MALFORMED', 'command id is missing or not [A-Za-z0-9._:-]{1,128}');
  }
  if (cmd.agentId !== opts.agentId) {
    throw new AgentError('VIGIL_ERR_COMMAND_WRONG_AGENT', `command ${cmd.commandId} is for agent "${cmd.agentId.slice(0, 64)}", not this agent`);
  }
  if (!cmd.nonce || cmd.nonce.byteLength < 16 || cmd.nonce.byteLength > 64) {
    throw new AgentError('VIGIL_ERR_COMMAND_MALFORMED', 'command nonce must be 16 to 64 bytes');
  }
  return cmd;
}

/** Throws unless the authentic command is inside its validity window and carries an action. */
export function checkCommandWindow(cmd: vigil.v1.Command, opts: Pick<VerifyOptions, 'nowMs' | 'maxClockSkewMs' | 'maxLifetimeMs'>): void {
  const issued = u64ToNumber(cmd.issuedAtMs);
  const expires = u64ToNumber(cmd.expiresAtMs);
  if (expires <= opts.nowMs) {
    throw new AgentError('VIGIL_ERR_COMMAND_EXPIRED', `command ${cmd.commandId} expired at ${new Date(expires).toISOString()}`);
  }
  if (issued > opts.nowMs + opts.maxClockSkewMs) {
    throw new AgentError('VIGIL_ERR_COMMAND_NOT_YET_VALID', `command ${cmd.commandId} is issued ${issued - opts.nowMs} ms in the future`);
  }
  if (expires <= issued || expires - issued > opts.maxLifetimeMs) {
    throw new AgentError('VIGIL_ERR_COMMAND_NOT_YET_VALID', `command ${cmd.commandId} validity window exceeds ${opts.maxLifetimeMs} ms`);
  }
  if (!cmd.action) throw new AgentError('VIGIL_ERR_COMMAND_UNSUPPORTED', `command ${cmd.commandId} carries no action`);
}

export function verifySignedCommand(signed: vigil.v1.ISignedCommand, opts: VerifyOptions): vigil.v1.Command {
  const cmd = authenticateCommand(signed, opts);
  checkCommandWindow(cmd, opts);
  return cmd;
}
