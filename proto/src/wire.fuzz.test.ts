// Property tests (fuzz) of the bounded frame decoders: any bytes an agent or a collector sends either
// decode to a message with a body or fail with a coded ProtoError, and the size bound holds before decoding.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vigil } from './gen/vigil.js';
import { ProtoError, type ProtoErrorCode } from './errors.js';
import { decodeAgentMessage, decodeCollectorMessage, encodeAgentMessage, encodeCollectorMessage } from './wire.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 300);
const MAX = 64 * 1024;
const CODES: readonly ProtoErrorCode[] = ['VIGIL_ERR_PROTO_FRAME_TOO_LARGE', 'VIGIL_ERR_PROTO_MALFORMED', 'VIGIL_ERR_PROTO_EMPTY'];

/** Runs a decoder; returns 'ok' or the ProtoError's code, and rethrows anything uncoded. */
function outcome(decode: () => { body?: string | undefined }): 'ok' | ProtoErrorCode {
  try {
    const msg = decode();
    expect(msg.body).toBeTruthy();
    return 'ok';
  } catch (err) {
    if (err instanceof ProtoError && CODES.includes(err.code)) return err.code;
    throw err;
  }
}

const event = fc.record({
  id: fc.string({ maxLength: 70 }),
  agentId: fc.string({ maxLength: 20 }),
  seq: fc.integer({ min: 0, max: 2 ** 31 }),
  timeNs: fc.integer({ min: 0, max: 2 ** 31 }),
  log: fc.record({
    source: fc.string({ maxLength: 20 }),
    raw: fc.string({ maxLength: 200 }),
    fields: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 }),
  }),
});
const validAgentFrame = fc.oneof(
  fc.array(event, { minLength: 1, maxLength: 5 }).map((events) => encodeAgentMessage({ batch: { events } })),
  fc
    .record({ lastSeq: fc.integer({ min: 0, max: 2 ** 31 }), agentTimeMs: fc.integer({ min: 0, max: 2 ** 31 }) })
    .map((hb) => encodeAgentMessage({ heartbeat: hb })),
  fc
    .record({ commandId: fc.string({ maxLength: 40 }), status: fc.integer({ min: 0, max: 5 }), message: fc.string({ maxLength: 100 }), dryRun: fc.boolean() })
    .map((r) => encodeAgentMessage({ commandResult: r })),
);
const validCollectorFrame = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((nonce) => encodeCollectorMessage({ challenge: { nonce } })),
  fc.integer({ min: 0, max: 2 ** 31 }).map((seq) => encodeCollectorMessage({ ack: { seq } })),
);

/** A valid frame damaged by flips, truncation, insertion or splicing of random bytes. */
function mutated(frame: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      frame,
      fc.array(fc.tuple(fc.constantFrom('flip', 'cut', 'insert', 'dup'), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })), {
        minLength: 1,
        maxLength: 6,
      }),
    )
    .map(([bytes, edits]) => {
      let b = Buffer.from(bytes);
      for (const [kind, at, extra] of edits) {
        const i = b.length === 0 ? 0 : at % b.length;
        if (kind === 'flip' && b.length > 0) b[i] = b[i]! ^ (extra[0]! || 1);
        else if (kind === 'cut') b = b.subarray(0, i);
        else if (kind === 'insert') b = Buffer.concat([b.subarray(0, i), extra, b.subarray(i)]);
        else b = Buffer.concat([b, b.subarray(i)]);
      }
      return new Uint8Array(b);
    });
}

describe('fuzz: bounded frame decoding', () => {
  it('arbitrary bytes decode to a message with a body or fail with a coded ProtoError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        outcome(() => decodeAgentMessage(bytes, MAX));
        outcome(() => decodeCollectorMessage(bytes, MAX));
      }),
      { numRuns },
    );
  });

  it('mutated valid frames decode or fail with a coded ProtoError', () => {
    fc.assert(
      fc.property(mutated(validAgentFrame), mutated(validCollectorFrame), (a, c) => {
        outcome(() => decodeAgentMessage(a, MAX));
        outcome(() => decodeCollectorMessage(c, MAX));
      }),
      { numRuns },
    );
  });

  it('valid frames round-trip, and any frame above the bound is refused as too large before decoding', () => {
    fc.assert(
      fc.property(validAgentFrame, fc.nat({ max: 64 }), (frame, slack) => {
        expect(vigil.v1.AgentMessage.encode(decodeAgentMessage(frame, frame.byteLength)).finish()).toEqual(frame);
        const bound = Math.max(0, frame.byteLength - 1 - slack);
        expect(outcome(() => decodeAgentMessage(frame, bound))).toBe('VIGIL_ERR_PROTO_FRAME_TOO_LARGE');
      }),
      { numRuns },
    );
  });

  it('deeply nested groups and huge declared lengths are refused as malformed', () => {
    const groups = new Uint8Array(200_000).fill(0x0b); // field 1, wire type 3 (start group), nested without end
    expect(outcome(() => decodeAgentMessage(groups, 1 << 20))).toBe('VIGIL_ERR_PROTO_MALFORMED');
    const hugeLength = Uint8Array.from([0x1a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x0a]);
    expect(outcome(() => decodeAgentMessage(hugeLength, MAX))).toBe('VIGIL_ERR_PROTO_MALFORMED');
  });
});
