// One spool segment file: append-only, named after its first sequence, scanned once at start-up
// (damaged regions are cut out, intact records after them kept), read with positional reads while it is being appended to.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writePrivateFileAtomic } from '../state/dir.js';
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

/** The sequence a segment was created at, from its file name. */
export function segmentFirstSeq(name: string): number {
  return Number(NAME.exec(name)?.[1] ?? 0);
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

/** Sequences missing between two intact records (or before the first, by the segment's name): lost to damage. */
export interface LostRange {
  firstSeq: number;
  lastSeq: number;
  /** Times of the intact neighbours: the lost events lie between them. */
  afterTimeNs: bigint;
  beforeTimeNs: bigint;
}

export interface SegmentScan {
  meta: SegmentMeta;
  /** Damaged regions (offset, bytes) that were cut out of the file: a torn tail, or bytes no record starts in. */
  damaged: Array<{ offset: number; bytes: Buffer }>;
  lost: LostRange[];
}

/** The next offset after `from` where an intact record with a sequence above `prevSeq` starts, or -1. */
function resync(buf: Buffer, from: number, prevSeq: number): number {
  for (let at = from; at + HEADER_BYTES <= buf.length; at++) {
    const r = readRecord(buf, at);
    if (typeof r !== 'string' && r.header.seq > prevSeq) return at;
  }
  return -1;
}

/**
 * Scans a segment. A record that fails its CRC (or runs past the end) starts a damaged region, which ends
 * where the next intact record does: the region is returned so the caller can set it aside, and the file is
 * rewritten with the intact records only. Sequences missing around it are returned as lost.
 */
export function scanSegment(path: string): SegmentScan {
  const buf = readFileSync(path);
  const named = segmentFirstSeq(basename(path));
  const meta: SegmentMeta = { path, firstSeq: named, lastSeq: named - 1, count: 0, bytes: 0, minTimeNs: 0n, maxTimeNs: 0n };
  const damaged: SegmentScan['damaged'] = [];
  const lost: LostRange[] = [];
  const intact: Buffer[] = [];
  let offset = 0;
  let prevSeq = named - 1;
  let prevTimeNs = 0n;
  while (offset < buf.length) {
    const r = readRecord(buf, offset);
    if (typeof r === 'string' || r.header.seq <= prevSeq) {
      const next = resync(buf, offset + 1, prevSeq);
      const end = next < 0 ? buf.length : next;
      damaged.push({ offset, bytes: buf.subarray(offset, end) });
      offset = end;
      continue;
    }
    // an intact segment numbers its records on from its name without a hole: a hole after damage is what it took
    // (found once: the damage is cut out, so the next start sees no damage before the hole)
    if (r.header.seq > prevSeq + 1 && damaged.length > 0)
      lost.push({ firstSeq: prevSeq + 1, lastSeq: r.header.seq - 1, afterTimeNs: meta.count ? prevTimeNs : r.header.timeNs, beforeTimeNs: r.header.timeNs });
    noteRecord(meta, r.header.seq, r.header.timeNs, r.end - offset);
    intact.push(buf.subarray(offset, r.end));
    prevSeq = r.header.seq;
    prevTimeNs = r.header.timeNs;
    offset = r.end;
  }
  // replaced whole (temp file, rename): a crash during the repair leaves the damaged file, scanned again next start
  if (damaged.length > 0) writePrivateFileAtomic(path, Buffer.concat(intact));
  return { meta, damaged, lost };
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
