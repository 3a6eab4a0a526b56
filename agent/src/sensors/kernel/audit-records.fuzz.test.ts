// Property tests (fuzz) of the kernel audit path: netlink datagrams split without reading past their end,
// audit record text splits into at most maxFields fields, and the assembler and the exec/log translation
// stay within their bounds, for arbitrary and mutated records.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeMessage, splitMessages } from './netlink.js';
import { parseAuditMessage, splitKeyValues, type AuditRecord } from '../parsers/auditd.js';
import { AuditAssembler, type AuditGroup } from '../parsers/audit-group.js';
import { auditExec, auditLogFields, execveArgv } from '../parsers/audit-events.js';
import { auditLogRecord } from './audit-translate.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 300);
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const RECORDS = [
  'audit(1700000000.123:42): arch=c000003e syscall=59 success=yes exit=0 a0=55d a1=55e ppid=1 pid=2 auid=1000 uid=0 gid=0 euid=0 tty=pts0 ses=3 comm="bash" exe="/usr/bin/bash" key="vigil_exec"\u001dARCH=x86_64 SYSCALL=execve AUID="alice" UID="root"',
  'audit(1700000000.123:42): argc=3 a0="ls" a1="-la" a2=2F746D70',
  'audit(1700000000.123:42): argc=2 a0="x" a1_len=8 a1[0]=41424344 a1[1]=45464748',
  'audit(1700000000.123:42): cwd="/root"',
  'audit(1700000000.123:42): item=0 name="/usr/bin/ls" inode=1 dev=08:01 mode=0100755 nametype=NORMAL',
  'audit(1700000000.123:42): proctitle=6C73002D6C61',
  'audit(1700000000.200:43): pid=9 uid=0 auid=4294967295 ses=4294967295 msg=\'op=PAM:authentication acct="root" exe="/usr/sbin/sshd" addr=192.0.2.1 res=failed\'',
  'audit(1700000000.300:44): saddr=02000016C0000201000000000000000000',
];
const TYPES = ['SYSCALL', 'EXECVE', 'EXECVE', 'CWD', 'PATH', 'PROCTITLE', 'USER_AUTH', 'SOCKADDR', 'EOE'];

const junk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('=', '"', "'", ' ', '\u001d', '\u0000', "msg='", 'a0=', 'argc=99999999', 'a1[0]=', '41', 'FF', '\u001b[2J'),
);
const mutatedRecord = fc
  .tuple(fc.nat({ max: RECORDS.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), junk), { maxLength: 5 }))
  .map(([i, edits]) => {
    let s = RECORDS[i]!;
    for (const [at, del, ins] of edits) {
      const p = at % (s.length + 1);
      s = s.slice(0, p) + ins + s.slice(p + del);
    }
    return { type: TYPES[i]!, text: s };
  });

describe('fuzz: kernel audit records', () => {
  it('splitMessages never throws nor reads past the datagram, and round-trips well-formed ones', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.uint8Array({ maxLength: 40 })), { maxLength: 5 }),
        (bytes, msgs) => {
          const d = Buffer.from(bytes);
          const out = splitMessages(d);
          expect(out.length).toBeLessThanOrEqual(Math.floor(d.length / 16));
          for (const m of out) expect(m.data.byteOffset + m.data.length).toBeLessThanOrEqual(d.byteOffset + d.length);
          const parts = msgs.map(([type, p]) => {
            const m = encodeMessage(type, 0, 1, Buffer.from(p));
            return Buffer.concat([m, Buffer.alloc((4 - (m.length % 4)) % 4)]);
          });
          const back = splitMessages(Buffer.concat(parts));
          expect(back.map((m) => [m.type, Buffer.from(m.data).toString('hex')])).toEqual(msgs.map(([t, p]) => [t, Buffer.from(p).toString('hex')]));
        },
      ),
      { numRuns },
    );
  });

  it('parseAuditMessage and splitKeyValues never throw and keep to maxFields, however the text is damaged', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedRecord,
          junk.map((text) => ({ type: 'SYSCALL', text })),
        ),
        fc.integer({ min: 1, max: 64 }),
        ({ type, text }, maxFields) => {
          const r = parseAuditMessage(type, text, maxFields);
          if (r) expect(Object.keys(r.fields).length).toBeLessThanOrEqual(maxFields);
          expect(Object.keys(splitKeyValues(text, maxFields)).length).toBeLessThanOrEqual(maxFields);
        },
      ),
      { numRuns },
    );
  });

  it('the assembler keeps its open and per-group bounds; exec and log translation never throw on its groups', () => {
    fc.assert(
      fc.property(
        fc.array(mutatedRecord, { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        (records, maxOpen, maxRecords) => {
          const groups: AuditGroup[] = [];
          const asm = new AuditAssembler(
            { idleMs: 1000, maxOpen, maxRecords },
            (g) => groups.push(g),
            () => 0,
          );
          for (const { type, text } of records) {
            const rec: AuditRecord | undefined = parseAuditMessage(type, text);
            if (!rec) continue;
            asm.add(rec, text, 0);
            expect(asm.pending).toBeLessThanOrEqual(maxOpen);
          }
          asm.flushAll();
          expect(asm.pending).toBe(0);
          for (const g of groups) {
            expect(g.records.length).toBeGreaterThan(0);
            expect(g.records.length).toBeLessThanOrEqual(maxRecords);
            const rec = auditLogRecord(g, 4096);
            for (const v of [rec.action!, rec.raw!, ...Object.keys(rec.fields!), ...Object.values(rec.fields!)]) expect(v).not.toMatch(CONTROL);
            const log = auditLogFields(g, 64);
            expect(Object.keys(log.fields).length).toBeLessThanOrEqual(64 + 12);
            const e = auditExec(g);
            if (!e) continue;
            expect(e.argv.length).toBeLessThanOrEqual(4096);
            for (const n of [e.pid, e.ppid, e.uid, e.gid, e.euid, e.auid, e.sessionId]) expect(n >= 0 && n <= 0xffffffff).toBe(true);
            expect(typeof e.timeNs).toBe('bigint');
          }
        },
      ),
      { numRuns },
    );
  });

  it('execveArgv caps argc at maxArgs whatever the record claims', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat().map(String), fc.string({ maxLength: 12 })), fc.integer({ min: 0, max: 64 }), (argc, maxArgs) => {
        expect(execveArgv({ argc, a0: 'x' }, maxArgs).length).toBeLessThanOrEqual(maxArgs);
      }),
      { numRuns },
    );
  });
});
