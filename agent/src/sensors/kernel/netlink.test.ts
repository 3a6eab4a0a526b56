import { describe, expect, it } from 'vitest';
import { encodeMessage, splitMessages } from './netlink.js';

describe('netlink framing', () => {
  it('splits a datagram into aligned messages', () => {
    const a = encodeMessage(1300, 0, 0, Buffer.from('abc'));
    const b = encodeMessage(1320, 0, 7, Buffer.from('defgh'));
    const pad = Buffer.alloc(((a.length + 3) & ~3) - a.length);
    const msgs = splitMessages(Buffer.concat([a, pad, b]));
    expect(msgs.map((m) => [m.type, m.seq, m.data.toString()])).toEqual([
      [1300, 0, 'abc'],
      [1320, 7, 'defgh'],
    ]);
  });

  it('stops at a length that points outside the datagram, and ignores a runt', () => {
    const bad = encodeMessage(3, 0, 1, Buffer.from('x'));
    bad.writeUInt32LE(9999, 0);
    expect(splitMessages(bad)).toHaveLength(1); // first message: the kernel may pad, take what is there
    expect(splitMessages(Buffer.alloc(8))).toEqual([]);
    const two = Buffer.concat([encodeMessage(3, 0, 1, Buffer.alloc(4)), bad]);
    expect(splitMessages(two)).toHaveLength(1);
  });
});
