import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { vigil } from './gen/vigil.js';
import { decodeAgentMessage, encodeAgentMessage } from './wire.js';
import { batchEventBodies } from './raw.js';

const event = fc.record({
  id: fc.uuid(),
  agentId: fc.string({ maxLength: 40 }),
  seq: fc.integer({ min: 1, max: 2 ** 40 }),
  timeNs: fc.integer({ min: 0, max: 2 ** 52 }),
  log: fc.record({ source: fc.string({ maxLength: 20 }), raw: fc.string({ unit: 'grapheme', maxLength: 300 }) }),
});

describe('batchEventBodies', () => {
  it('returns each event exactly as encoded, and they decode to the events of the full decode', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const frame = Buffer.from(encodeAgentMessage({ batch: { events } }));
        const decoded = decodeAgentMessage(frame, 1 << 24).batch!.events ?? [];
        const bodies = batchEventBodies(frame);
        expect(bodies).toHaveLength(events.length);
        bodies.forEach((b, i) => {
          expect(Buffer.from(b).equals(Buffer.from(vigil.v1.Event.encode(decoded[i]!).finish()))).toBe(true);
          expect(vigil.v1.Event.decode(b).toJSON()).toEqual(vigil.v1.Event.fromObject(decoded[i]!).toJSON());
        });
      }),
      { numRuns: Number(process.env.VIGIL_FUZZ_RUNS ?? 200) },
    );
  });

  it('agrees with decode on repeated and mixed oneof fields', () => {
    const a = Buffer.from(encodeAgentMessage({ batch: { events: [{ id: 'a', seq: 1 }] } }));
    const b = Buffer.from(
      encodeAgentMessage({
        batch: {
          events: [
            { id: 'b', seq: 2 },
            { id: 'c', seq: 3 },
          ],
        },
      }),
    );
    const hb = Buffer.from(encodeAgentMessage({ heartbeat: { lastSeq: 9 } }));
    const ids = (frame: Buffer) => batchEventBodies(frame).map((x) => vigil.v1.Event.decode(x).id);
    for (const frame of [Buffer.concat([a, hb, b]), Buffer.concat([a, b]), Buffer.concat([a, b, hb]), hb]) {
      const m = decodeAgentMessage(frame, 1 << 20);
      expect(ids(frame)).toEqual(m.body === 'batch' ? (m.batch!.events ?? []).map((e) => e.id) : []);
    }
    expect(ids(Buffer.concat([a, hb, b]))).toEqual(['b', 'c']);
  });
});
