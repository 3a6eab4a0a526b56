// The encoded bytes of each event in an agent's batch frame, exactly as the agent's spool wrote them: the
// collector stores these rather than encoding every decoded event again. Only for a frame decodeAgentMessage
// accepted as a batch; the caller checks the count against the decoded events and falls back when it differs.
import protobuf from 'protobufjs/minimal.js';

const BATCH_FIELD = 3; // AgentMessage.batch
const EVENTS_FIELD = 1; // EventBatch.events
const LENGTH_DELIMITED = 2;
/** The other members of AgentMessage's oneof: decoding one clears the batch. */
const OTHER_BODIES = new Set([1, 2, 4, 5, 6]);

/**
 * Views (no copy) of every Event in the frame's batch, in order. As in decode, repeated batch fields merge
 * (their events concatenate) and a later member of the oneof clears the batch.
 */
export function batchEventBodies(frame: Buffer): Buffer[] {
  const r = protobuf.Reader.create(frame);
  let out: Buffer[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 !== BATCH_FIELD || (tag & 7) !== LENGTH_DELIMITED) {
      if (OTHER_BODIES.has(tag >>> 3)) out = [];
      r.skipType(tag & 7);
      continue;
    }
    const end = r.uint32() + r.pos;
    while (r.pos < end) {
      const inner = r.uint32();
      if (inner >>> 3 !== EVENTS_FIELD || (inner & 7) !== LENGTH_DELIMITED) {
        r.skipType(inner & 7);
        continue;
      }
      const n = r.uint32();
      out.push(frame.subarray(r.pos, r.pos + n));
      r.pos += n;
    }
  }
  return out;
}
