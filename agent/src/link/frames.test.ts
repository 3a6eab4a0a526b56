import { describe, expect, it } from 'vitest';
import { vigil, decodeAgentMessage, u64ToNumber } from '@vigil/proto';
import { batchFrame } from './frames.js';

describe('batchFrame', () => {
  it('decodes as an AgentMessage batch holding the same events, for small and large events', () => {
    const events = [1, 2, 3].map((seq) =>
      vigil.v1.Event.encode({ id: `id-${seq}`, agentId: 'a', seq, timeNs: 5, log: { source: 's', raw: 'x'.repeat(seq === 2 ? 70_000 : 3) } }).finish(),
    );
    const msg = decodeAgentMessage(batchFrame(events), 1 << 20);
    expect(msg.body).toBe('batch');
    expect(msg.batch!.events!.map((e) => u64ToNumber(e.seq))).toEqual([1, 2, 3]);
    expect(msg.batch!.events![1]!.log!.raw!.length).toBe(70_000);
  });
});
