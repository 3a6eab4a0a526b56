// Property tests (fuzz) of the gateway's checks on decoded agent frames: whatever an agent sends, the checks
// answer with a coded violation or accept, never throw, and everything they accept is within the limits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vigil, decodeAgentMessage, encodeAgentMessage, ProtoError, u64ToBigInt } from '@vigil/proto';
import { checkBatch, checkBounds, type MessageLimits } from './validate.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 300);
const limits: MessageLimits = { maxStringBytes: 64, maxListEntries: 4, maxBatchEvents: 3, maxSequenceJump: 100 };
const CODES = ['VIGIL_ERR_GATEWAY_LIMIT', 'VIGIL_ERR_GATEWAY_AGENT_MISMATCH', 'VIGIL_ERR_GATEWAY_SEQUENCE', 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME'];

const text = fc.oneof(
  fc.string({ unit: fc.constantFrom('é', '中', 'x', '\u0000', '\u001b'), maxLength: 60, size: 'max' }),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const event = fc.record({
  id: text,
  agentId: fc.constantFrom('a', 'a', 'b'),
  seq: fc.integer({ min: 0, max: 300 }),
  timeNs: fc.integer({ min: 0, max: 2 ** 40 }),
  log: fc.record({ source: text, raw: text, fields: fc.dictionary(text, text, { maxKeys: 6 }) }),
});
const frame = fc.array(event, { minLength: 0, maxLength: 5 }).map((events) => encodeAgentMessage({ batch: { events } }));
const mutation = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 });

/** Every string and list of an accepted value is within the limits (the property checkBounds promises). */
function withinLimits(value: unknown): boolean {
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') <= limits.maxStringBytes;
  if (value instanceof Uint8Array) return value.byteLength <= limits.maxStringBytes;
  if (Array.isArray(value)) return value.length <= limits.maxListEntries && value.every(withinLimits);
  if (value !== null && typeof value === 'object') {
    if ('low' in value && 'high' in value) return true;
    const entries = Object.entries(value);
    return entries.length <= limits.maxListEntries && entries.every(([k, v]) => Buffer.byteLength(k, 'utf8') <= limits.maxStringBytes && withinLimits(v));
  }
  return true;
}

describe('fuzz: gateway checks on decoded agent batches', () => {
  it('decoded (and byte-flipped) batches are accepted within limits or refused with a coded violation, never thrown', () => {
    fc.assert(
      fc.property(frame, mutation, fc.integer({ min: 0, max: 200 }), (bytes, flips, held) => {
        const b = Buffer.from(bytes);
        for (const [at, x] of flips) if (b.length > 0) b[at % b.length] = b[at % b.length]! ^ x;
        let msg: vigil.v1.AgentMessage;
        try {
          msg = decodeAgentMessage(b, 1 << 16);
        } catch (err) {
          expect(err).toBeInstanceOf(ProtoError);
          return;
        }
        if (msg.body !== 'batch') {
          const v = checkBounds(msg, limits);
          if (v) expect(CODES).toContain(v.code);
          return;
        }
        const v = checkBatch(msg.batch!, 'a', limits, held);
        if (v) {
          expect(CODES).toContain(v.code);
          return;
        }
        const events = msg.batch!.events ?? [];
        expect(events.length).toBeGreaterThan(0);
        expect(events.length).toBeLessThanOrEqual(limits.maxBatchEvents);
        let prev = BigInt(held);
        for (const ev of events) {
          expect(ev.agentId).toBe('a');
          const seq = u64ToBigInt(ev.seq);
          expect(seq > 0n && seq <= prev + BigInt(limits.maxSequenceJump)).toBe(true);
          prev = seq > prev ? seq : prev;
          expect(withinLimits(vigil.v1.Event.toObject(vigil.v1.Event.fromObject(ev)))).toBe(true);
          expect(withinLimits(ev)).toBe(true);
        }
      }),
      { numRuns },
    );
  });

  it('checkBounds answers arbitrary JSON-like values without throwing, however deep', () => {
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'large', maxDepth: 20 },
        text,
        fc.integer(),
        fc.constant(null),
        fc.array(tie('tree'), { maxLength: 6 }),
        fc.dictionary(text, tie('tree'), { maxKeys: 6 }),
      ),
    }));
    fc.assert(
      fc.property(tree, (value) => {
        const v = checkBounds(value, limits);
        if (v) expect(CODES).toContain(v.code);
        else expect(withinLimits(value)).toBe(true);
      }),
      { numRuns },
    );
  });
});
