// Bounds on decoded agent messages, checked before anything is stored: string sizes, list sizes,
// batch size, sequence order, 64-bit ranges, and that every event speaks for the authenticated agent.
import { vigil, MAX_SEQUENCE, u64ToBigInt } from '@vigil/proto';

export interface MessageLimits {
  maxStringBytes: number;
  maxListEntries: number;
  maxBatchEvents: number;
  /** Largest step a sequence may take above the stored one or the previous one in the batch. */
  maxSequenceJump: number;
}

export type Violation = {
  code: 'VIGIL_ERR_GATEWAY_LIMIT' | 'VIGIL_ERR_GATEWAY_AGENT_MISMATCH' | 'VIGIL_ERR_GATEWAY_SEQUENCE' | 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME';
  message: string;
};

const MAX_DEPTH = 8; // the schema has no recursive types; this bounds the walk regardless

function isLong(v: object): boolean {
  const l = v as { low?: unknown; high?: unknown; unsigned?: unknown };
  return typeof l.low === 'number' && typeof l.high === 'number' && typeof l.unsigned === 'boolean';
}

/** Walks every string, list and map of a decoded message; returns the first violation. */
export function checkBounds(value: unknown, limits: MessageLimits, path = '', depth = 0): Violation | undefined {
  if (depth > MAX_DEPTH) return { code: 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME', message: `nesting too deep at ${path}` };
  if (typeof value === 'string') {
    // UTF-16 length bounds the UTF-8 length from below; compute exactly only when it could exceed.
    if (value.length * 3 > limits.maxStringBytes && Buffer.byteLength(value, 'utf8') > limits.maxStringBytes) {
      return { code: 'VIGIL_ERR_GATEWAY_LIMIT', message: `string ${path} exceeds ${limits.maxStringBytes} bytes` };
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (value instanceof Uint8Array) {
    return value.byteLength > limits.maxStringBytes ? { code: 'VIGIL_ERR_GATEWAY_LIMIT', message: `bytes ${path} exceed ${limits.maxStringBytes}` } : undefined;
  }
  if (isLong(value)) return undefined;
  if (Array.isArray(value)) {
    if (value.length > limits.maxListEntries)
      return { code: 'VIGIL_ERR_GATEWAY_LIMIT', message: `list ${path} has ${value.length} entries (max ${limits.maxListEntries})` };
    for (let i = 0; i < value.length; i++) {
      const v = checkBounds(value[i], limits, `${path}[${i}]`, depth + 1);
      if (v) return v;
    }
    return undefined;
  }
  const keys = Object.keys(value);
  if (keys.length > limits.maxListEntries) return { code: 'VIGIL_ERR_GATEWAY_LIMIT', message: `map ${path} has ${keys.length} entries` };
  for (const k of keys) {
    // Bytes, not UTF-16 units: 33 'é' are 33 units but 66 bytes (found by validate.fuzz.test.ts).
    if (k.length * 3 > limits.maxStringBytes && Buffer.byteLength(k, 'utf8') > limits.maxStringBytes)
      return { code: 'VIGIL_ERR_GATEWAY_LIMIT', message: `map key in ${path} exceeds ${limits.maxStringBytes} bytes` };
    const v = checkBounds((value as Record<string, unknown>)[k], limits, path ? `${path}.${k}` : k, depth + 1);
    if (v) return v;
  }
  return undefined;
}

const MAX_I64 = (1n << 63n) - 1n;

/**
 * Checks a batch against the authenticated agent id and the limits. `heldSeq` is the highest sequence
 * stored for the agent: a sequence may not leap more than maxSequenceJump above it (or above the previous one).
 */
export function checkBatch(batch: vigil.v1.IEventBatch, agentId: string, limits: MessageLimits, heldSeq = 0): Violation | undefined {
  const events = batch.events ?? [];
  if (events.length === 0) return { code: 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME', message: 'empty batch' };
  if (events.length > limits.maxBatchEvents)
    return { code: 'VIGIL_ERR_GATEWAY_LIMIT', message: `batch of ${events.length} events exceeds ${limits.maxBatchEvents}` };
  let prev = 0n;
  const held = BigInt(heldSeq);
  const jump = BigInt(limits.maxSequenceJump);
  for (const ev of events) {
    if (ev.agentId !== agentId)
      return {
        code: 'VIGIL_ERR_GATEWAY_AGENT_MISMATCH',
        message: `event for agent ${JSON.stringify(String(ev.agentId).slice(0, 64))} on a connection of ${agentId}`,
      };
    const seq = u64ToBigInt(ev.seq);
    if (seq <= prev) return { code: 'VIGIL_ERR_GATEWAY_SEQUENCE', message: `sequence ${seq} after ${prev}` };
    if (seq > BigInt(MAX_SEQUENCE))
      return { code: 'VIGIL_ERR_GATEWAY_SEQUENCE', message: `sequence ${seq} exceeds the largest valid sequence ${MAX_SEQUENCE}` };
    const base = prev > held ? prev : held;
    if (seq > base + jump)
      return { code: 'VIGIL_ERR_GATEWAY_SEQUENCE', message: `sequence ${seq} jumps more than ${jump} above ${base} (gateway.maxSequenceJump)` };
    prev = seq;
    if (u64ToBigInt(ev.timeNs) > MAX_I64) return { code: 'VIGIL_ERR_GATEWAY_LIMIT', message: 'time_ns out of range' };
    if (!ev.id || ev.id.length > 64) return { code: 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME', message: 'event id missing or too long' };
    if (!(ev as vigil.v1.Event).payload) return { code: 'VIGIL_ERR_GATEWAY_MALFORMED_FRAME', message: `event ${seq} has no payload` };
    const bad = checkBounds(ev, limits, `event[${seq}]`);
    if (bad) return bad;
  }
  return undefined;
}
