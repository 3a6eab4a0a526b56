import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { silentLogger } from '@vigil/logger';
import { vigil, u64ToBigInt, u64ToNumber } from '@vigil/proto';
import { Spool, type SpoolOptions } from './spool.js';
import { agentConfigSchema } from '../config.js';

let dir: string;
const { maxEventBytes } = agentConfigSchema.parse({}).spool;
const open = (o: Partial<SpoolOptions> = {}) =>
  Spool.open({ dir, agentId: 'agent-1', maxBytes: 1 << 20, segmentBytes: 64 * 1024, maxEventBytes, logger: silentLogger(), ...o });
const line = (n: number, pad = 0) => ({ log: { source: 'test', raw: `line ${n} ${'x'.repeat(pad)}` } });
const decode = (b: Buffer) => vigil.v1.Event.decode(b);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-spool-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('spool', () => {
  it('stamps id, agent id, strictly increasing sequences and time', () => {
    const s = open();
    for (let i = 1; i <= 3; i++) s.emit(line(i));
    const r = s.read(0, 10, 1 << 20);
    const events = r.bodies.map(decode);
    expect(events.map((e) => u64ToNumber(e.seq))).toEqual([1, 2, 3]);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    expect(events.every((e) => e.agentId === 'agent-1' && u64ToBigInt(e.timeNs) > 0n)).toBe(true);
    expect(events[2]!.log!.raw).toBe('line 3 ');
    s.close();
  });

  it('keeps unacked events and sequence numbers across a restart (no close: as after kill -9)', () => {
    const s = open();
    for (let i = 1; i <= 50; i++) s.emit(line(i));
    s.ack(20);
    // no close(): the process "dies"; what write() put in the page cache is what a restart sees
    const t = open();
    expect(t.lastSeq).toBe(50);
    const r = t.read(t.ackedSeq, 1000, 1 << 20);
    expect(r.seqs[0]).toBeLessThanOrEqual(21);
    expect(r.seqs[r.seqs.length - 1]).toBe(50);
    t.emit(line(51));
    expect(t.lastSeq).toBe(51);
    t.close();
  });

  it('cuts a torn tail, sets it aside and reports it, and continues after the last intact record', () => {
    const s = open();
    for (let i = 1; i <= 10; i++) s.emit(line(i));
    const seg = readdirSync(dir).find((n) => n.startsWith('seg-'))!;
    const path = join(dir, seg);
    truncateSync(path, statSync(path).size - 5);
    appendFileSync(path, Buffer.from([1, 2, 3]));
    const t = open();
    const r = t.read(0, 100, 1 << 20);
    expect(r.seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // nothing said seq 10 was written before the tear, so no gap: the set-aside bytes are reported
    const report = decode(r.bodies[9]!);
    expect(report.tamper).toMatchObject({ what: 'spool_damaged', repaired: true });
    expect(report.tamper!.detail).toContain('1 damaged region(s)');
    expect(readdirSync(join(dir, 'damaged'))).toHaveLength(1);
    t.emit(line(11));
    expect(t.lastSeq).toBe(11);
    t.close();
  });

  it('keeps the intact records after a damaged one, sets the damage aside, and reports the lost sequences as a gap', () => {
    const s = open({ segmentBytes: 2048 });
    for (let i = 1; i <= 60; i++) s.emit(line(i, 20));
    s.ack(5);
    s.close();
    const segs = readdirSync(dir)
      .filter((n) => n.startsWith('seg-'))
      .sort();
    expect(segs.length).toBeGreaterThan(2);
    // flip bytes inside the second segment's body, and tear the third segment's last record off
    const second = join(dir, segs[1]!);
    const bytes = readFileSync(second);
    bytes.fill(0xee, 100, 160);
    writeFileSync(second, bytes);
    const third = join(dir, segs[2]!);
    truncateSync(third, statSync(third).size - 3);
    const t = open({ segmentBytes: 2048 });
    expect(t.ackedSeq).toBe(5);
    const events = t.read(5, 1000, 1 << 22).bodies.map(decode);
    const seqs = events.map((e) => u64ToNumber(e.seq));
    const gaps = events.filter((e) => e.gap).map((e) => [u64ToNumber(e.gap!.firstSeq), u64ToNumber(e.gap!.lastSeq), e.gap!.reason]);
    // every unacked sequence is either delivered or inside a reported gap, and no range is reported twice
    const covered = new Set(seqs.filter((n) => n <= 60));
    for (const [first, last] of gaps as Array<[number, number, string]>)
      for (let n = first; n <= last; n++) {
        expect(covered.has(n), `seq ${n}`).toBe(false);
        covered.add(n);
      }
    expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: 55 }, (_, i) => i + 6));
    expect(gaps.length).toBeGreaterThanOrEqual(2);
    expect(gaps.every((g) => g[2] === 'spool_damaged')).toBe(true);
    const tamper = events.find((e) => e.tamper)!.tamper!;
    expect(tamper).toMatchObject({ what: 'spool_damaged', repaired: true });
    expect(readdirSync(join(dir, 'damaged'))).toHaveLength(2);
    expect(t.stats().droppedEvents).toBe(55 - seqs.filter((n) => n <= 60).length);
    // repaired on disk: a second start finds nothing more
    t.close();
    const u = open({ segmentBytes: 2048 });
    expect(
      u
        .read(5, 1000, 1 << 22)
        .bodies.map(decode)
        .filter((e) => e.tamper || e.gap),
    ).toHaveLength(gaps.length + 1);
    u.close();
  });

  it('sets a damaged meta.json aside and delivers from the segments, numbering on from them', () => {
    const s = open();
    for (let i = 1; i <= 4; i++) s.emit(line(i));
    s.ack(2);
    s.close();
    writeFileSync(join(dir, 'meta.json'), '{"ackedSeq": 2, "lastS');
    const t = open();
    const events = t.read(0, 10, 1 << 20).bodies.map(decode);
    expect(events.map((e) => u64ToNumber(e.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(events[4]!.tamper!.detail).toContain('meta.json');
    expect(readdirSync(join(dir, 'damaged'))[0]).toMatch(/^meta\.json\./);
    t.close();
  });

  it('frees segments on ack and never reuses a sequence after everything was acked', () => {
    const s = open({ segmentBytes: 4096 });
    for (let i = 1; i <= 400; i++) s.emit(line(i, 40));
    const before = s.stats();
    expect(before.segments).toBeGreaterThan(3);
    s.ack(400);
    s.close();
    expect(readdirSync(dir).filter((n) => n.startsWith('seg-')).length).toBeLessThan(before.segments);
    const t = open({ segmentBytes: 4096 });
    expect(t.lastSeq).toBe(400);
    t.emit(line(401));
    expect(t.read(400, 10, 1 << 20).seqs).toEqual([401]);
    t.close();
  });

  it('drops the oldest events past the cap and records one gap with their range', () => {
    const s = open({ maxBytes: 64 * 1024, segmentBytes: 8 * 1024 });
    for (let i = 1; i <= 2000; i++) s.emit(line(i, 100));
    const stats = s.stats();
    expect(stats.bytes).toBeLessThanOrEqual(64 * 1024 + 8 * 1024);
    expect(stats.droppedEvents).toBeGreaterThan(0);
    const all = s.read(0, 100_000, 1 << 30).bodies.map(decode);
    const gaps = all.filter((e) => e.gap);
    expect(gaps.length).toBeGreaterThan(0);
    // Every sequence ever assigned is either still in the spool or inside the range of exactly one
    // surviving gap event (a gap event that was itself dropped has its range carried forward).
    const covered = new Map<number, string>();
    for (const e of all) covered.set(u64ToNumber(e.seq), 'kept');
    for (const e of gaps) {
      const g = e.gap!;
      expect(u64ToNumber(g.lastSeq) - u64ToNumber(g.firstSeq) + 1).toBe(u64ToNumber(g.dropped));
      for (let q = u64ToNumber(g.firstSeq); q <= u64ToNumber(g.lastSeq); q++) {
        expect(covered.has(q), `seq ${q} twice`).toBe(false);
        covered.set(q, 'dropped');
      }
    }
    expect(covered.size).toBe(s.lastSeq);
    expect([...covered.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: s.lastSeq }, (_, i) => i + 1));
    const first = gaps[0]!.gap!;
    expect(u64ToNumber(first.firstSeq)).toBeGreaterThanOrEqual(1);
    expect(u64ToNumber(first.lastSeq)).toBeGreaterThanOrEqual(u64ToNumber(first.firstSeq));
    expect(first.reason).toBe('spool_full');
    s.close();
  });

  it('reads in batches bounded by count and bytes, continuing where the last read ended', () => {
    const s = open();
    for (let i = 1; i <= 100; i++) s.emit(line(i, 100));
    const a = s.read(0, 30, 1 << 20);
    expect(a.seqs.length).toBe(30);
    const b = s.read(30, 1000, 500);
    expect(b.seqs[0]).toBe(31);
    expect(b.seqs.length).toBeLessThan(10);
    const one = s.read(99, 1000, 1);
    expect(one.seqs).toEqual([100]);
    s.close();
  });

  // Issue 13 item 1: a forged event with seq 2^53-1 was acked and adopted, and `x + 1 === x` froze the spool.
  it('never adopts an ack above the highest sequence it wrote, and keeps numbering from its own', () => {
    const s = open();
    for (let i = 1; i <= 5; i++) s.emit(line(i));
    expect(s.ack(2 ** 53 - 1)).toBe(false);
    expect(s.ack(6)).toBe(false);
    expect(s.stats()).toMatchObject({ lastSeq: 5, ackedSeq: 0, acksAboveWritten: 2, unackedEvents: 5 });
    expect(s.ack(3)).toBe(true);
    s.emit(line(6));
    expect(s.read(3, 10, 1 << 20).seqs).toEqual([4, 5, 6]);
    s.close();
    const t = open();
    expect([t.lastSeq, t.ackedSeq]).toEqual([6, 3]);
    t.emit(line(7));
    expect(t.lastSeq).toBe(7);
    t.close();
  });

  it('ignores a meta.json poisoned by an older agent (sequence beyond the valid range) and keeps delivering', () => {
    const s = open();
    for (let i = 1; i <= 3; i++) s.emit(line(i));
    s.close();
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ ackedSeq: 2 ** 53 - 1, lastSeq: 2 ** 53 }));
    const t = open();
    expect([t.lastSeq, t.ackedSeq]).toEqual([3, 0]);
    t.emit(line(4));
    expect(t.read(0, 10, 1 << 20).seqs).toEqual([1, 2, 3, 4]);
    t.close();
  });
});
