// Bounded encode/decode of the two envelopes. The size check happens before protobufjs sees a byte,
// and every decode failure becomes a coded ProtoError so the gateway can close with a reason.
import { vigil } from './gen/vigil.js';
import { ProtoError } from './errors.js';

export type AgentMessage = vigil.v1.AgentMessage;
export type CollectorMessage = vigil.v1.CollectorMessage;
export type IAgentMessage = vigil.v1.IAgentMessage;
export type ICollectorMessage = vigil.v1.ICollectorMessage;

function decodeBounded<T>(bytes: Uint8Array, maxBytes: number, decode: (b: Uint8Array) => T, what: string): T {
  if (bytes.byteLength === 0) throw new ProtoError('VIGIL_ERR_PROTO_EMPTY', `empty ${what} frame`);
  if (bytes.byteLength > maxBytes) {
    throw new ProtoError('VIGIL_ERR_PROTO_FRAME_TOO_LARGE', `${what} frame of ${bytes.byteLength} bytes exceeds ${maxBytes}`);
  }
  try {
    return decode(bytes);
  } catch (err) {
    throw new ProtoError('VIGIL_ERR_PROTO_MALFORMED', `malformed ${what} frame: ${(err as Error).message}`, { cause: err });
  }
}

export function decodeAgentMessage(bytes: Uint8Array, maxBytes: number): AgentMessage {
  const msg = decodeBounded(bytes, maxBytes, (b) => vigil.v1.AgentMessage.decode(b), 'agent');
  if (!msg.body) throw new ProtoError('VIGIL_ERR_PROTO_EMPTY', 'agent frame carries no message');
  return msg;
}

export function decodeCollectorMessage(bytes: Uint8Array, maxBytes: number): CollectorMessage {
  const msg = decodeBounded(bytes, maxBytes, (b) => vigil.v1.CollectorMessage.decode(b), 'collector');
  if (!msg.body) throw new ProtoError('VIGIL_ERR_PROTO_EMPTY', 'collector frame carries no message');
  return msg;
}

export function encodeAgentMessage(msg: IAgentMessage): Uint8Array {
  return vigil.v1.AgentMessage.encode(msg).finish();
}

export function encodeCollectorMessage(msg: ICollectorMessage): Uint8Array {
  return vigil.v1.CollectorMessage.encode(msg).finish();
}
