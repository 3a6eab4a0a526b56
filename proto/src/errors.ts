// Error catalogue of @vigil/proto: stable codes for frames that cannot be decoded.
export type ProtoErrorCode = 'VIGIL_ERR_PROTO_FRAME_TOO_LARGE' | 'VIGIL_ERR_PROTO_MALFORMED' | 'VIGIL_ERR_PROTO_EMPTY' | 'VIGIL_ERR_PROTO_NUMBER_RANGE';

export class ProtoError extends Error {
  readonly code: ProtoErrorCode;
  constructor(code: ProtoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ProtoError';
    this.code = code;
  }
}
