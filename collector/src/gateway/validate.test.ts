import { describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { checkBatch, checkBounds } from './validate.js';

const limits = { maxStringBytes: 100, maxListEntries: 5, maxBatchEvents: 3, maxSequenceJump: 1000 };
const ev = (seq: number, extra: Partial<vigil.v1.IEvent> = {}) =>
  vigil.v1.Event.fromObject({ id: `e${seq}`, agentId: 'a', seq, timeNs: 1, log: { source: 's', raw: 'r' }, ...extra });

describe('checkBatch', () => {
  it('accepts a valid batch', () => {
    expect(checkBatch({ events: [ev(1), ev(2)] }, 'a', limits)).toBeUndefined();
  });
  it('refuses foreign agent ids, disorder, size and payload-less events', () => {
    expect(checkBatch({ events: [ev(1, { agentId: 'b' })] }, 'a', limits)?.code).toBe('VIGIL_ERR_GATEWAY_AGENT_MISMATCH');
    expect(checkBatch({ events: [ev(2), ev(2)] }, 'a', limits)?.code).toBe('VIGIL_ERR_GATEWAY_SEQUENCE');
    expect(checkBatch({ events: [ev(1), ev(2), ev(3), ev(4)] }, 'a', limits)?.code).toBe('VIGIL_ERR_GATEWAY_LIMIT');
    expect(checkBatch({ events: [ev(1, { log: { raw: 'é'.repeat(51) } })] }, 'a', limits)?.code).toBe('VIGIL_ERR_GATEWAY_LIMIT');
    expect(checkBatch({ events: [ev(1, { log: { fields: { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' } } })] }, 'a', limits)?.code).toBe(
      'VIGIL_ERR_GATEWAY_LIMIT',
    );
    expect(checkBatch({ events: [ev(1, { log: null })] }, 'a', limits)?.code).toBe('VIGIL_ERR_GATEWAY_MALFORMED_FRAME');
    expect(checkBatch({ events: [] }, 'a', limits)?.code).toBe('VIGIL_ERR_GATEWAY_MALFORMED_FRAME');
  });

  // Issue 13 item 1: a forged seq of 2^53 - 1 was stored and acked, freezing the agent's sequence.
  it('refuses a sequence leaping beyond maxSequenceJump above the stored one or the previous one, and beyond MAX_SEQUENCE', () => {
    expect(checkBatch({ events: [ev(1001)] }, 'a', limits, 1)).toBeUndefined();
    expect(checkBatch({ events: [ev(1002)] }, 'a', limits, 1)?.code).toBe('VIGIL_ERR_GATEWAY_SEQUENCE');
    expect(checkBatch({ events: [ev(500), ev(1500)] }, 'a', limits, 0)).toBeUndefined();
    expect(checkBatch({ events: [ev(500), ev(1501)] }, 'a', limits, 0)?.code).toBe('VIGIL_ERR_GATEWAY_SEQUENCE');
    expect(checkBatch({ events: [ev(2 ** 53 - 1)] }, 'a', { ...limits, maxSequenceJump: 2 ** 60 }, 2 ** 53 - 2)?.message).toMatch(/largest valid sequence/);
  });
});

describe('checkBounds', () => {
  // Found by validate.fuzz.test.ts: map keys were bounded in UTF-16 units, so 33 'é' (66 bytes) passed a 64-byte limit.
  it('regression: bounds a map key in UTF-8 bytes, not UTF-16 units', () => {
    const limits64 = { ...limits, maxStringBytes: 64, maxListEntries: 4 };
    expect(checkBounds({ ['é'.repeat(33)]: null }, limits64)?.code).toBe('VIGIL_ERR_GATEWAY_LIMIT');
    expect(checkBounds({ ['é'.repeat(32)]: null }, limits64)).toBeUndefined();
    expect(
      checkBatch({ events: [ev(1, { log: { source: 's', raw: 'r', fields: { ['中'.repeat(34)]: 'v' } } })] }, 'a', { ...limits, maxStringBytes: 100 })?.code,
    ).toBe('VIGIL_ERR_GATEWAY_LIMIT');
  });
});
