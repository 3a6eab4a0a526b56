import { describe, expect, it } from 'vitest';
import { F, OP, PERM, decodeStatus, encodeRule, encodeStatusSet, recordTypeName, ruleKey } from './audit-proto.js';

describe('audit rule encoding (struct audit_rule_data)', () => {
  it('sets syscall mask bits, fields, values and the string buffer, and reads the key back', () => {
    const b = encodeRule({
      syscalls: [59, 322],
      fields: [
        { field: F.ARCH, op: OP.EQUAL, value: 0xc000003e },
        { field: F.FILTERKEY, op: OP.EQUAL, value: 'vigil' },
      ],
    });
    expect(b.readUInt32LE(0)).toBe(0x04); // exit filter
    expect(b.readUInt32LE(4)).toBe(2); // always
    expect(b.readUInt32LE(8)).toBe(2); // field count
    const mask = (i: number) => b.readUInt32LE(12 + i * 4);
    expect(mask(1)).toBe(1 << (59 - 32));
    expect(mask(10)).toBe(1 << (322 - 320));
    expect(b.readUInt32LE(12 + 256)).toBe(F.ARCH);
    expect(b.readUInt32LE(12 + 512)).toBe(0xc000003e);
    expect(b.readUInt32LE(12 + 512 + 4)).toBe(5); // key length
    expect(b.readUInt32LE(12 + 768 + 4)).toBe(OP.EQUAL);
    expect(b.readUInt32LE(12 + 1024)).toBe(5); // buflen
    expect(b.subarray(1040).toString()).toBe('vigil');
    expect(ruleKey(b)).toBe('vigil');
  });

  it('watch rules cover every syscall and keep the path before the key in the buffer', () => {
    const b = encodeRule({
      syscalls: 'all',
      fields: [
        { field: F.WATCH, op: OP.EQUAL, value: '/etc/shadow' },
        { field: F.PERM, op: OP.EQUAL, value: PERM.READ | PERM.WRITE },
        { field: F.FILTERKEY, op: OP.EQUAL, value: 'vigil' },
      ],
    });
    expect(b.readUInt32LE(12)).toBe(0xffffffff);
    expect(b.subarray(1040).toString()).toBe('/etc/shadowvigil');
    expect(ruleKey(b)).toBe('vigil');
  });

  it('refuses more than 64 fields and an over-long key', () => {
    expect(() => encodeRule({ syscalls: [1], fields: Array.from({ length: 65 }, () => ({ field: F.PID, op: OP.EQUAL, value: 1 })) })).toThrow(/64/);
    expect(() => encodeRule({ syscalls: [1], fields: [{ field: F.FILTERKEY, op: OP.EQUAL, value: 'k'.repeat(257) }] })).toThrow(/key/);
  });

  it('ruleKey is undefined for a truncated rule or one without a key', () => {
    expect(ruleKey(Buffer.alloc(10))).toBeUndefined();
    expect(ruleKey(encodeRule({ syscalls: [1], fields: [{ field: F.PID, op: OP.EQUAL, value: 1 }] }))).toBeUndefined();
  });
});

describe('audit status', () => {
  it('decodes the struct and encodes a masked set', () => {
    const raw = Buffer.alloc(44);
    [0, 1, 1, 1234, 0, 8192, 7, 3].forEach((v, i) => raw.writeUInt32LE(v, i * 4));
    expect(decodeStatus(raw)).toMatchObject({ enabled: 1, failure: 1, pid: 1234, backlogLimit: 8192, lost: 7, backlog: 3 });
    const set = encodeStatusSet(0x10, { backlogLimit: 16384 });
    expect(set.readUInt32LE(0)).toBe(0x10);
    expect(set.readUInt32LE(20)).toBe(16384);
    expect(decodeStatus(Buffer.alloc(8)).lost).toBe(0);
  });

  it('names record types as auditd does', () => {
    expect(recordTypeName(1300)).toBe('SYSCALL');
    expect(recordTypeName(1309)).toBe('EXECVE');
    expect(recordTypeName(1999)).toBe('UNKNOWN[1999]');
  });
});
