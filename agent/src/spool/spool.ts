// The agent's on-disk spool: every event is written here before it is sent, so nothing is lost across
// agent restarts, collector outages or reboots. Append-only segment files; space is freed when the
// collector acks; past the size cap the oldest unacked events are dropped and reported as a Gap event.
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@vigil/logger';
import { vigil, bigIntToU64, defaultNsClock, isValidSequence, MAX_SEQUENCE, u64ToBigInt } from '@vigil/proto';
import type { EventPayload, EventSink } from '../events/sink.js';
import { ensurePrivateDir, writePrivateFileAtomic } from '../state/dir.js';
import { AgentError } from '../errors.js';
import { encodeRecord } from './record.js';
import { boundValue, type PayloadBounds } from './bound.js';
import { emptyMeta, isSegmentName, noteRecord, scanSegment, segmentFirstSeq, SegmentReader, type LostRange, type SegmentMeta } from './segment.js';
import { setAsideBytes, setAsideFile, type SetAside } from '../state/damaged.js';

export interface SpoolOptions {
  dir: string;
  agentId: string;
  maxBytes: number;
  segmentBytes: number;
  /** Largest single encoded event; bigger ones are dropped (counted) rather than block delivery (config spool.maxEventBytes). */
  maxEventBytes: number;
  /** Strings and lists in payloads are cut to these bounds (match the collector's gateway limits). */
  bounds?: PayloadBounds;
  logger: Logger;
  nsClock?: () => bigint;
}

export interface SpoolStats {
  bytes: number;
  segments: number;
  /** Events on disk not yet acked by the collector. */
  unackedEvents: number;
  lastSeq: number;
  ackedSeq: number;
  /** Events dropped since this process opened the spool (cap or oversize). */
  droppedEvents: number;
  /** Acks naming a sequence this spool never wrote (a forged or confused collector): ignored, counted. */
  acksAboveWritten: number;
}

export interface SpoolRead {
  bodies: Buffer[];
  seqs: number[];
  bytes: number;
}

interface Meta {
  ackedSeq: number;
  lastSeq: number;
}

interface PendingGap {
  dropped: number;
  firstSeq: number;
  lastSeq: number;
  firstTimeNs: bigint;
  lastTimeNs: bigint;
}

const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const maxBig = (a: bigint, b: bigint): bigint => (a > b ? a : b);

export class Spool implements EventSink {
  private readonly segments: SegmentMeta[] = [];
  private fd: number | undefined;
  private dirty = false;
  private reader: { reader: SegmentReader; offset: number; nextSeq: number } | undefined;
  private listeners: Array<(bytes: number) => void> = [];
  private emittingGap = false;
  private metaDirty = false;
  private dropped = 0;
  private totalBytes = 0;
  /** Unacked gap events by sequence: if one is dropped in turn, its range is folded into the next gap. */
  private readonly gapEvents = new Map<number, PendingGap>();
  private acksAboveWritten = 0;
  /** Highest sequence this spool ever wrote (persisted in meta.json); never raised by an ack. */
  lastSeq = 0;
  ackedSeq = 0;

  private constructor(private readonly options: SpoolOptions) {}

  /** Opens (or creates) the spool: scans segments, cuts torn tails, deletes fully acked segments. */
  static open(options: SpoolOptions): Spool {
    const spool = new Spool(options);
    ensurePrivateDir(options.dir);
    const damage: SetAside[] = [];
    const meta = spool.readMeta(damage);
    spool.ackedSeq = meta.ackedSeq;
    spool.lastSeq = meta.lastSeq;
    // An older agent adopted any ackedSeq the collector sent; a forged one near 2^53 froze it. Values
    // outside the shared bound are not positions this spool can have written: start over from the segments.
    if (!isValidSequence(meta.ackedSeq) || !isValidSequence(meta.lastSeq)) {
      options.logger.warn(
        { ackedSeq: meta.ackedSeq, lastSeq: meta.lastSeq, max: MAX_SEQUENCE },
        'spool meta.json holds a sequence beyond the valid range; ignoring it',
      );
      spool.ackedSeq = 0;
      spool.lastSeq = 0;
    }
    const names = readdirSync(options.dir).filter(isSegmentName).sort();
    const lost: LostRange[] = [];
    let coveredTo: number | undefined; // the last sequence known intact (or acked) so far, in name order
    let coveredTimeNs = 0n;
    let tornBefore = false; // the segment before had damage cut out this start
    for (const name of names) {
      const path = join(options.dir, name);
      const { meta: seg, damaged, lost: inside } = scanSegment(path);
      if (seg.count > 0 && !isValidSequence(seg.lastSeq)) {
        options.logger.warn({ segment: name, lastSeq: seg.lastSeq }, 'spool segment holds sequences beyond the valid range; removed');
        rmSync(path, { force: true });
        continue;
      }
      for (const d of damaged) damage.push(setAsideBytes(path, d.offset, d.bytes, 'spool records failing their checksum (a torn write or damaged disk)'));
      // what a damaged tail of the segment before took: the sequences up to this segment's name
      const named = segmentFirstSeq(name);
      if (tornBefore && coveredTo !== undefined && named > coveredTo + 1)
        lost.push({ firstSeq: coveredTo + 1, lastSeq: named - 1, afterTimeNs: coveredTimeNs, beforeTimeNs: seg.count ? seg.minTimeNs : coveredTimeNs });
      lost.push(...inside);
      tornBefore = damaged.length > 0;
      if (seg.count > 0) {
        coveredTo = seg.lastSeq;
        coveredTimeNs = seg.maxTimeNs;
      } else coveredTo ??= named - 1;
      if (seg.count === 0 || seg.lastSeq <= spool.ackedSeq) {
        rmSync(path, { force: true });
        continue;
      }
      spool.segments.push(seg);
      spool.totalBytes += seg.bytes;
      if (seg.lastSeq > spool.lastSeq) spool.lastSeq = seg.lastSeq;
    }
    if (spool.ackedSeq > spool.lastSeq) spool.lastSeq = spool.ackedSeq;
    // sequences meta.json says were written that no segment holds: a damaged tail of the newest segment
    if (coveredTo !== undefined && spool.lastSeq > coveredTo)
      lost.push({ firstSeq: coveredTo + 1, lastSeq: spool.lastSeq, afterTimeNs: coveredTimeNs, beforeTimeNs: coveredTimeNs });
    spool.reportDamage(damage, lost);
    return spool;
  }

  /** Reports damage found at open: each lost unacked range as a gap (reason spool_damaged), and what was set aside as tamper. */
  private reportDamage(damage: SetAside[], lost: LostRange[]): void {
    const gaps = lost.map((l) => ({ ...l, firstSeq: Math.max(l.firstSeq, this.ackedSeq + 1) })).filter((l) => l.lastSeq >= l.firstSeq);
    if (!damage.length && !gaps.length) return;
    const dropped = gaps.reduce((n, g) => n + g.lastSeq - g.firstSeq + 1, 0);
    this.dropped += dropped;
    const detail = `${damage.length} damaged region(s) set aside (${damage.map((d) => d.keptAs).join(', ') || 'none'}); ${dropped} unacked event(s) lost`;
    this.options.logger.warn({ damage, lost: gaps.map((g) => [g.firstSeq, g.lastSeq]) }, `spool damaged: ${detail}`);
    for (const g of gaps) {
      this.emit({
        gap: {
          dropped: g.lastSeq - g.firstSeq + 1,
          firstSeq: g.firstSeq,
          lastSeq: g.lastSeq,
          firstTimeNs: bigIntToU64(g.afterTimeNs),
          lastTimeNs: bigIntToU64(g.beforeTimeNs),
          reason: 'spool_damaged',
        },
      });
    }
    this.emit({ tamper: { what: 'spool_damaged', detail, repaired: true } });
  }

  private get metaPath(): string {
    return join(this.options.dir, 'meta.json');
  }

  /** The delivery position; a damaged meta.json is set aside (the segments still say what is unsent). */
  private readMeta(damage: SetAside[]): Meta {
    let text: string;
    try {
      text = readFileSync(this.metaPath, 'utf8');
    } catch {
      return { ackedSeq: 0, lastSeq: 0 };
    }
    try {
      const m = JSON.parse(text) as Partial<Meta> | null;
      if (m && typeof m === 'object' && typeof m.ackedSeq === 'number' && typeof m.lastSeq === 'number') return { ackedSeq: m.ackedSeq, lastSeq: m.lastSeq };
    } catch {
      // damaged: set aside below
    }
    damage.push(setAsideFile(this.metaPath, 'spool meta.json is not the delivery position'));
    return { ackedSeq: 0, lastSeq: 0 };
  }

  private writeMeta(): void {
    writePrivateFileAtomic(this.metaPath, JSON.stringify({ ackedSeq: this.ackedSeq, lastSeq: this.lastSeq }));
    this.metaDirty = false;
  }

  /** Called after each append (the link wakes up to send). */
  onAppend(listener: (bytes: number) => void): void {
    this.listeners.push(listener);
  }

  /** EventSink: stamps id, agent id, sequence and time, and appends durably (page cache now, disk on sync). */
  emit(payload: EventPayload): void {
    const seq = this.lastSeq + 1;
    if (seq > MAX_SEQUENCE) throw new AgentError('VIGIL_ERR_SPOOL_SEQUENCE_EXHAUSTED', `sequence ${seq} exceeds ${MAX_SEQUENCE}`);
    const timeNs = payload.timeNs != null ? u64ToBigInt(payload.timeNs) : (this.options.nsClock ?? defaultNsClock)();
    const bounded = this.options.bounds ? boundValue(payload, this.options.bounds) : payload;
    const event: vigil.v1.IEvent = { ...bounded, id: randomUUID(), agentId: this.options.agentId, seq: bigIntToU64(BigInt(seq)), timeNs: bigIntToU64(timeNs) };
    const body = vigil.v1.Event.encode(event).finish();
    if (body.byteLength > this.options.maxEventBytes) {
      this.dropped++;
      this.options.logger.warn({ bytes: body.byteLength }, 'event too large for the spool; dropped');
      return;
    }
    this.append(seq, timeNs, body);
    this.enforceCap();
    for (const l of this.listeners) l(body.byteLength);
  }

  private append(seq: number, timeNs: bigint, body: Uint8Array): void {
    let current = this.segments[this.segments.length - 1];
    if (this.fd === undefined || !current) {
      current = emptyMeta(this.options.dir, seq);
      this.fd = openSync(current.path, 'wx', 0o600);
      this.segments.push(current);
    }
    const record = encodeRecord(seq, timeNs, body);
    writeSync(this.fd, record);
    noteRecord(current, seq, timeNs, record.length);
    this.totalBytes += record.length;
    this.lastSeq = seq;
    this.dirty = true;
    if (current.bytes >= this.options.segmentBytes) this.closeCurrent();
  }

  private closeCurrent(): void {
    if (this.fd === undefined) return;
    if (this.dirty) fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = undefined;
    this.dirty = false;
  }

  /**
   * Drops whole oldest segments while over the cap, then records the dropped (unacked) range as a Gap
   * event. A gap event that is itself dropped is emitted again, so no lost range goes unreported.
   */
  private enforceCap(): void {
    if (this.emittingGap || this.totalBytes <= this.options.maxBytes) return;
    let gap: PendingGap | undefined;
    const carried: PendingGap[] = [];
    while (this.totalBytes > this.options.maxBytes && this.segments.length > 1) {
      const seg = this.segments.shift()!;
      this.removeSegment(seg);
      const first = Math.max(seg.firstSeq, this.ackedSeq + 1);
      if (seg.lastSeq < first) continue;
      const n = seg.lastSeq - first + 1;
      this.dropped += n;
      // Segments leave from the front, so one pass drops one contiguous range.
      gap = gap
        ? {
            dropped: gap.dropped + n,
            firstSeq: gap.firstSeq,
            lastSeq: seg.lastSeq,
            firstTimeNs: minBig(gap.firstTimeNs, seg.minTimeNs),
            lastTimeNs: maxBig(gap.lastTimeNs, seg.maxTimeNs),
          }
        : { dropped: n, firstSeq: first, lastSeq: seg.lastSeq, firstTimeNs: seg.minTimeNs, lastTimeNs: seg.maxTimeNs };
      for (const [seq, earlier] of this.gapEvents) {
        if (seq < seg.firstSeq || seq > seg.lastSeq) continue;
        this.gapEvents.delete(seq);
        carried.push(earlier);
      }
    }
    if (!gap) return;
    this.options.logger.warn({ ...gap, firstTimeNs: String(gap.firstTimeNs), lastTimeNs: String(gap.lastTimeNs) }, 'spool full: dropped the oldest events');
    this.emittingGap = true;
    try {
      for (const g of [...carried, gap]) {
        this.gapEvents.set(this.lastSeq + 1, g);
        this.emit({
          gap: {
            dropped: g.dropped,
            firstSeq: g.firstSeq,
            lastSeq: g.lastSeq,
            firstTimeNs: bigIntToU64(g.firstTimeNs),
            lastTimeNs: bigIntToU64(g.lastTimeNs),
            reason: 'spool_full',
          },
        });
      }
    } finally {
      this.emittingGap = false;
    }
  }

  private removeSegment(seg: SegmentMeta): void {
    if (this.reader?.reader.path === seg.path) {
      this.reader.reader.close();
      this.reader = undefined;
    }
    rmSync(seg.path, { force: true });
    this.totalBytes -= seg.bytes;
  }

  /** Makes everything appended so far durable. The link calls this before sending. */
  sync(): void {
    if (this.fd !== undefined && this.dirty) {
      fsyncSync(this.fd);
      this.dirty = false;
    }
    if (this.metaDirty) this.writeMeta();
  }

  /**
   * Events with sequence > afterSeq, in order, up to maxEvents and maxBytes (at least one).
   * Events already dropped are skipped: reading continues with the oldest still on disk.
   */
  read(afterSeq: number, maxEvents: number, maxBytes: number): SpoolRead {
    const out: SpoolRead = { bodies: [], seqs: [], bytes: 0 };
    let i = this.segments.findIndex((s) => s.lastSeq > afterSeq);
    if (i < 0) return out;
    while (i < this.segments.length && out.bodies.length < maxEvents && (out.bytes < maxBytes || out.bodies.length === 0)) {
      const seg = this.segments[i]!;
      let offset = 0;
      const from = Math.max(afterSeq, out.seqs[out.seqs.length - 1] ?? 0) + 1;
      if (this.reader && this.reader.reader.path === seg.path && this.reader.nextSeq === from) {
        offset = this.reader.offset;
      } else {
        this.reader?.reader.close();
        this.reader = { reader: new SegmentReader(seg.path), offset: 0, nextSeq: seg.firstSeq };
      }
      const end = this.reader.reader.read(offset, seg.bytes, from - 1, maxEvents, maxBytes, out);
      this.reader.offset = end;
      this.reader.nextSeq = (out.seqs[out.seqs.length - 1] ?? from - 1) + 1;
      if (end < seg.bytes) break;
      i++;
    }
    return out;
  }

  /**
   * The collector stored everything up to `seq`: free the segments it covers. An ack above the highest
   * sequence written here is not adopted (a forged event must never move this spool's sequence): it is
   * counted, and false tells the caller to report it.
   */
  ack(seq: number): boolean {
    if (seq > this.lastSeq || !isValidSequence(seq)) {
      this.acksAboveWritten++;
      return false;
    }
    if (seq <= this.ackedSeq) return true;
    this.ackedSeq = seq;
    this.metaDirty = true;
    for (const gapSeq of this.gapEvents.keys()) if (gapSeq <= seq) this.gapEvents.delete(gapSeq);
    const removable: SegmentMeta[] = [];
    for (const seg of this.segments) {
      if (seg.lastSeq > seq) break;
      const isCurrent = this.fd !== undefined && seg === this.segments[this.segments.length - 1];
      if (isCurrent && seg.bytes < 64 * 1024) break; // keep appending to a small live segment
      removable.push(seg);
    }
    if (removable.length === 0) return true;
    // Persist the position first: once segments are gone, meta.json is what keeps sequences unique.
    this.writeMeta();
    for (const seg of removable) {
      if (seg === this.segments[this.segments.length - 1]) this.closeCurrent();
      this.segments.splice(this.segments.indexOf(seg), 1);
      this.removeSegment(seg);
    }
    return true;
  }

  stats(): SpoolStats {
    return {
      bytes: this.totalBytes,
      segments: this.segments.length,
      unackedEvents: this.segments.reduce((n, s) => n + Math.max(0, s.lastSeq - Math.max(s.firstSeq, this.ackedSeq + 1) + 1), 0),
      lastSeq: this.lastSeq,
      ackedSeq: this.ackedSeq,
      droppedEvents: this.dropped,
      acksAboveWritten: this.acksAboveWritten,
    };
  }

  close(): void {
    this.sync();
    this.closeCurrent();
    this.reader?.reader.close();
    this.reader = undefined;
    this.writeMeta();
  }
}
