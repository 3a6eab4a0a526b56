// One spool segment file: append-only, named after its first sequence, scanned once at start-up
// (records after a torn write are cut off), read with positional reads while it is being appended to.
import { closeSync, ftruncateSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER_BYTES, readRecord } from './record.js';

export interface SegmentMeta {
  path: string;
  firstSeq: number;
  lastSeq: number;
  count: number;
  bytes: number;
  minTimeNs: bigint;
  maxTimeNs: bigint;
}

const NAME = /^seg-(\d{16})\.vsp$/;

export function segmentName(firstSeq: number): string {
  return `seg-${String(firstSeq).padStart(16, '0')}.vsp`;
}

export function isSegmentName(name: string): boolean {
  return NAME.test(name);
}

export function emptyMeta(dir: string, firstSeq: number): SegmentMeta {
  return { path: join(dir, segmentName(firstSeq)), firstSeq, lastSeq: firstSeq - 1, count: 0, bytes: 0, minTimeNs: 0n, maxTimeNs: 0n };
}

export function noteRecord(meta: SegmentMeta, seq: number, timeNs: bigint, recordBytes: number): void {
  if (meta.count === 0) {
    meta.firstSeq = seq;
    meta.minTimeNs = timeNs;
    meta.maxTimeNs = timeNs;
  } else {
    if (timeNs < meta.minTimeNs) meta.minTimeNs = timeNs;
    if (timeNs > meta.maxTimeNs) meta.maxTimeNs = timeNs;
  }
  meta.lastSeq = seq;
  meta.count++;
  meta.bytes += recordBytes;
}

/** Scans a segment; cuts the file after the last intact record. Returns its meta and whether it was cut. */
export function scanSegment(path: string): { meta: SegmentMeta; truncated: boolean } {
  const buf = readFileSync(path);
  const firstSeq = Number(NAME.exec(path.split('/').pop() ?? '')?.[1] ?? 0);
  const meta: SegmentMeta = { path, firstSeq, lastSeq: firstSeq - 1, count: 0, bytes: 0, minTimeNs: 0n, maxTimeNs: 0n };
  let offset = 0;
  let prevSeq = 0;
  while (offset < buf.length) {
    const r = readRecord(buf, offset);
    if (typeof r === 'string' || r.header.seq <= prevSeq) break;
    noteRecord(meta, r.header.seq, r.header.timeNs, r.end - offset);
    prevSeq = r.header.seq;
    offset = r.end;
  }
  const truncated = offset < buf.length;
  if (truncated) {
    const fd = openSync(path, 'r+');
    try {
      ftruncateSync(fd, offset);
    } finally {
      closeSync(fd);
    }
  }
  return { meta, truncated };
}

/** Positional reader over one segment; callers hold it while reading sequentially. */
export class SegmentReader {
  private readonly fd: number;
  private buf = Buffer.allocUnsafe(64 * 1024);

  constructor(readonly path: string) {
    this.fd = openSync(path, 'r');
  }

  /**
   * Reads whole records from `offset` up to `limit` (the segment's known size), stopping after
   * maxEvents records or once maxBytes of bodies are collected (always at least one record).
   */
  read(offset: number, limit: number, afterSeq: number, maxEvents: number, maxBytes: number, out: { bodies: Buffer[]; seqs: number[]; bytes: number }): number {
    let pos = offset;
    while (pos < limit && out.bodies.length < maxEvents && (out.bytes < maxBytes || out.bodies.length === 0)) {
      const want = Math.min(limit - pos, Math.max(this.buf.length, HEADER_BYTES));
      if (this.buf.length < want) this.buf = Buffer.allocUnsafe(want);
      const got = readSync(this.fd, this.buf, 0, want, pos);
      if (got <= 0) break;
      const chunk = this.buf.subarray(0, got);
      let at = 0;
      let progressed = false;
      while (at < chunk.length && out.bodies.length < maxEvents && (out.bytes < maxBytes || out.bodies.length === 0)) {
        const r = readRecord(chunk, at);
        if (r === 'corrupt') return limit; // cannot happen for intact segments; skip the rest rather than loop
        if (r === 'short') {
          if (!progressed) {
            const length = chunk.length >= 4 ? chunk.readUInt32LE(at) : 0;
            this.buf = Buffer.allocUnsafe(HEADER_BYTES + length);
          }
          break;
        }
        progressed = true;
        if (r.header.seq > afterSeq) {
          out.bodies.push(Buffer.from(r.body));
          out.seqs.push(r.header.seq);
          out.bytes += r.body.length;
        }
        at = r.end;
      }
      if (!progressed && this.buf.length <= want) return limit;
      pos += at;
    }
    return pos;
  }

  close(): void {
    closeSync(this.fd);
  }
}
