// Property tests (fuzz) of the agent's hand-built batch frame: for any events and any sizes (across the
// varint length boundaries) it is byte-for-byte the frame protobufjs would encode, and decodes within its bound.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vigil, decodeAgentMessage, encodeAgentMessage } from '@vigil/proto';
import { batchFrame } from './frames.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 200);

const event = fc.record({
  id: fc.string({ maxLength: 64 }),
  agentId: fc.string({ maxLength: 20 }),
  seq: fc.integer({ min: 1, max: 2 ** 31 }),
  timeNs: fc.integer({ min: 0, max: 2 ** 31 }),
  // raw sizes around the 1-, 2- and 3-byte varint boundaries (127/128, 16383/16384)
  log: fc.record({
    source: fc.string({ maxLength: 20 }),
    raw: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.integer({ min: 16_370, max: 16_400 }).map((n) => 'x'.repeat(n)),
    ),
  }),
});

describe('fuzz: batchFrame', () => {
  it('equals the protobufjs encoding of AgentMessage{batch} and decodes back to the same events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 6 }), (events) => {
        const encoded = events.map((e) => vigil.v1.Event.encode(e).finish());
        const frame = batchFrame(encoded);
        expect(Buffer.from(frame).equals(Buffer.from(encodeAgentMessage({ batch: { events } })))).toBe(true);
        if (events.length === 0) return;
        const msg = decodeAgentMessage(frame, frame.byteLength);
        const again = (msg.batch!.events ?? []).map((e) => Buffer.from(vigil.v1.Event.encode(e).finish()));
        expect(again.every((b, i) => b.equals(encoded[i]!))).toBe(true);
      }),
      { numRuns },
    );
  });

  it('wraps arbitrary event bytes in length prefixes that add up exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }), (events) => {
        const frame = batchFrame(events);
        const varint = (at: number): [number, number] => {
          let n = 0;
          for (let shift = 0; ; shift += 7) {
            const b = frame[at++]!;
            n += (b & 0x7f) * 2 ** shift;
            if (b < 0x80) return [n, at];
          }
        };
        expect(frame[0]).toBe(0x1a);
        let [len, at] = varint(1);
        expect(at + len).toBe(frame.byteLength);
        for (const e of events) {
          expect(frame[at]).toBe(0x0a);
          [len, at] = varint(at + 1);
          expect(len).toBe(e.byteLength);
          expect(Buffer.from(frame.subarray(at, at + len)).equals(Buffer.from(e))).toBe(true);
          at += len;
        }
        expect(at).toBe(frame.byteLength);
      }),
      { numRuns },
    );
  });
});
