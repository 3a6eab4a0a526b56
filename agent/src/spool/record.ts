// The spool's on-disk record: [u32 body length][u32 CRC32 of the rest][u64 seq][u64 time_ns][body].
// seq and time sit in the header so opening a spool never decodes protobuf, and the CRC finds torn tails.
import { crc32 } from 'node:zlib';

export const HEADER_BYTES = 24;

export interface RecordHeader {
  length: number;
  seq: number;
  timeNs: bigint;
}

export function encodeRecord(seq: number, timeNs: bigint, body: Uint8Array): Buffer {
  const buf = Buffer.allocUnsafe(HEADER_BYTES + body.byteLength);
  buf.writeUInt32LE(body.byteLength, 0);
  buf.writeBigUInt64LE(BigInt(seq), 8);
  buf.writeBigUInt64LE(timeNs, 16);
  buf.set(body, HEADER_BYTES);
  buf.writeUInt32LE(crc32(buf.subarray(8)), 4);
  return buf;
}

/**
 * Reads the record at `offset` of `buf`: the header, or 'short' if the buffer ends inside it,
 * or 'corrupt' if the CRC does not match (a torn write).
 */
export function readRecord(buf: Buffer, offset: number): { header: RecordHeader; body: Buffer; end: number } | 'short' | 'corrupt' {
  if (buf.length - offset < HEADER_BYTES) return 'short';
  const length = buf.readUInt32LE(offset);
  const end = offset + HEADER_BYTES + length;
  if (end > buf.length) return 'short';
  if (crc32(buf.subarray(offset + 8, end)) !== buf.readUInt32LE(offset + 4)) return 'corrupt';
  const seq = Number(buf.readBigUInt64LE(offset + 8));
  const timeNs = buf.readBigUInt64LE(offset + 16);
  return { header: { length, seq, timeNs }, body: buf.subarray(offset + HEADER_BYTES, end), end };
}
