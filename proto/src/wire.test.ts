import { describe, expect, it } from 'vitest';
import { decodeAgentMessage, encodeAgentMessage, ProtoError, nowNs, u64ToBigInt, u64ToNumber, bigIntToU64 } from './index.js';

describe('wire', () => {
  it('round-trips an event batch with a nanosecond time', () => {
    const t = 1_795_788_922_385_136_749n;
    const bytes = encodeAgentMessage({
      batch: { events: [{ id: 'e1', agentId: 'a1', timeNs: bigIntToU64(t), seq: 7, processStart: { pid: 42, argv: ['sh', '-c', 'x'] } }] },
    });
    const msg = decodeAgentMessage(bytes, 1 << 20);
    const ev = msg.batch!.events![0]!;
    expect(u64ToBigInt(ev.timeNs)).toBe(t);
    expect(u64ToNumber(ev.seq)).toBe(7);
    expect(ev.processStart!.argv).toEqual(['sh', '-c', 'x']);
  });

  it('refuses a frame over the size bound before decoding it', () => {
    const bytes = encodeAgentMessage({ heartbeat: { lastSeq: 1 } });
    expect(() => decodeAgentMessage(bytes, bytes.byteLength - 1)).toThrowError(expect.objectContaining({ code: 'VIGIL_ERR_PROTO_FRAME_TOO_LARGE' }));
  });

  it('turns garbage into a coded error, never a crash', () => {
    const garbage = Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2]);
    let err: unknown;
    try {
      decodeAgentMessage(garbage, 1024);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProtoError);
    expect((err as ProtoError).code).toBe('VIGIL_ERR_PROTO_MALFORMED');
  });

  it('refuses an empty frame', () => {
    expect(() => decodeAgentMessage(new Uint8Array(0), 10)).toThrowError(expect.objectContaining({ code: 'VIGIL_ERR_PROTO_EMPTY' }));
  });

  it('gives increasing nanosecond times', () => {
    const a = u64ToBigInt(nowNs());
    const b = u64ToBigInt(nowNs());
    expect(b >= a).toBe(true);
  });
});
