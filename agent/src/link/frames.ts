// Builds an AgentMessage{batch} frame straight from the spool's encoded events, without decoding
// and re-encoding them: field 3 (batch) wrapping repeated field 1 (events), each length-delimited.
const TAG_EVENTS = 0x0a; // EventBatch.events = 1, wire type 2
const TAG_BATCH = 0x1a; // AgentMessage.batch = 3, wire type 2

function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}

function writeVarint(buf: Buffer, at: number, n: number): number {
  while (n >= 0x80) {
    buf[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  buf[at++] = n;
  return at;
}

export function batchFrame(events: readonly Uint8Array[]): Buffer {
  let inner = 0;
  for (const e of events) inner += 1 + varintLength(e.byteLength) + e.byteLength;
  const buf = Buffer.allocUnsafe(1 + varintLength(inner) + inner);
  let at = 0;
  buf[at++] = TAG_BATCH;
  at = writeVarint(buf, at, inner);
  for (const e of events) {
    buf[at++] = TAG_EVENTS;
    at = writeVarint(buf, at, e.byteLength);
    buf.set(e, at);
    at += e.byteLength;
  }
  return buf;
}
