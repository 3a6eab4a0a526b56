// The kernel audit netlink protocol, as <linux/audit.h> defines it: message types, the status struct,
// the rule struct (audit_rule_data) and record type names. Only encoding and decoding lives here.
export const NETLINK_AUDIT = 9;
/** Multicast group for read-only listeners (needs CAP_AUDIT_READ); never the audit daemon's slot. */
export const AUDIT_NLGRP_READLOG = 1;

export const AUDIT_GET = 1000;
export const AUDIT_SET = 1001;
export const AUDIT_LIST_RULES = 1013;
export const AUDIT_ADD_RULE = 1011;
export const AUDIT_DEL_RULE = 1012;

export const AUDIT_STATUS_ENABLED = 0x0001;
export const AUDIT_STATUS_BACKLOG_LIMIT = 0x0010;

/** Record types a sensor handles by name (others keep "UNKNOWN[n]", as auditd writes them). */
export const RECORD_TYPES: Readonly<Record<number, string>> = {
  1100: 'USER_AUTH',
  1101: 'USER_ACCT',
  1103: 'CRED_ACQ',
  1104: 'CRED_DISP',
  1105: 'USER_START',
  1106: 'USER_END',
  1107: 'USER_AVC',
  1108: 'USER_CHAUTHTOK',
  1109: 'USER_ERR',
  1110: 'CRED_REFR',
  1112: 'USER_LOGIN',
  1113: 'USER_LOGOUT',
  1114: 'ADD_USER',
  1115: 'DEL_USER',
  1116: 'ADD_GROUP',
  1117: 'DEL_GROUP',
  1123: 'USER_CMD',
  1124: 'USER_TTY',
  1130: 'SERVICE_START',
  1131: 'SERVICE_STOP',
  1300: 'SYSCALL',
  1302: 'PATH',
  1303: 'IPC',
  1304: 'SOCKETCALL',
  1305: 'CONFIG_CHANGE',
  1306: 'SOCKADDR',
  1307: 'CWD',
  1309: 'EXECVE',
  1311: 'IPC_SET_PERM',
  1312: 'MQ_OPEN',
  1318: 'FD_PAIR',
  1320: 'EOE',
  1321: 'BPRM_FCAPS',
  1322: 'CAPSET',
  1323: 'MMAP',
  1325: 'NETFILTER_CFG',
  1326: 'SECCOMP',
  1327: 'PROCTITLE',
  1328: 'FEATURE_CHANGE',
  1329: 'REPLACE',
  1330: 'KERN_MODULE',
  1331: 'FANOTIFY',
  1332: 'TIME_INJOFFSET',
  1333: 'TIME_ADJNTPVAL',
  1334: 'BPF',
  1335: 'EVENT_LISTENER',
  1336: 'URINGOP',
  1337: 'OPENAT2',
  1338: 'DM_CTRL',
  1339: 'DM_EVENT',
  1700: 'ANOM_PROMISCUOUS',
  1701: 'ANOM_ABEND',
  1702: 'ANOM_LINK',
  1703: 'ANOM_CREAT',
};
export const AUDIT_EOE = 1320;
/** Types below this are control messages (status replies, rule lists), not records. */
export const FIRST_RECORD_TYPE = 1100;

export function recordTypeName(type: number): string {
  return RECORD_TYPES[type] ?? `UNKNOWN[${type}]`;
}

export interface AuditStatus {
  mask: number;
  enabled: number;
  failure: number;
  pid: number;
  rateLimit: number;
  backlogLimit: number;
  lost: number;
  backlog: number;
}

export function decodeStatus(data: Buffer): AuditStatus {
  const u = (i: number) => (data.length >= (i + 1) * 4 ? data.readUInt32LE(i * 4) : 0);
  return { mask: u(0), enabled: u(1), failure: u(2), pid: u(3), rateLimit: u(4), backlogLimit: u(5), lost: u(6), backlog: u(7) };
}

/** An AUDIT_SET payload changing only the fields named by `mask`. */
export function encodeStatusSet(mask: number, fields: { enabled?: number; backlogLimit?: number }): Buffer {
  const b = Buffer.alloc(40);
  b.writeUInt32LE(mask, 0);
  b.writeUInt32LE(fields.enabled ?? 0, 4);
  b.writeUInt32LE(fields.backlogLimit ?? 0, 20);
  return b;
}

// Rule fields and operators (<linux/audit.h>).
export const F = {
  PID: 0,
  UID: 1,
  EUID: 2,
  AUID: 9,
  ARCH: 11,
  WATCH: 105,
  PERM: 106,
  DIR: 107,
  FILTERKEY: 210,
  EXIT: 103,
  SUCCESS: 104,
  SADDR_FAM: 113,
} as const;
export const OP = { EQUAL: 0x40000000, NOT_EQUAL: 0x30000000, BIT_MASK: 0x08000000, LESS_THAN: 0x10000000, GREATER_THAN: 0x20000000 } as const;
export const PERM = { EXEC: 1, WRITE: 2, READ: 4, ATTR: 8 } as const;
const AUDIT_FILTER_EXIT = 0x04;
const AUDIT_ALWAYS = 2;
const MAX_FIELDS = 64;
const MAX_KEY = 256;

export interface RuleField {
  field: number;
  op: number;
  /** A number, or a string for WATCH/DIR/FILTERKEY (its length goes in the value slot). */
  value: number | string;
}

/** An exit-filter "always" rule: a syscall list (or all syscalls, for watches) and fields. */
export interface AuditRule {
  syscalls: number[] | 'all';
  fields: RuleField[];
}

/** Encodes struct audit_rule_data. */
export function encodeRule(rule: AuditRule): Buffer {
  if (rule.fields.length > MAX_FIELDS) throw new Error(`an audit rule holds at most ${MAX_FIELDS} fields`);
  const strings = rule.fields.filter((f) => typeof f.value === 'string').map((f) => Buffer.from(f.value as string, 'utf8'));
  const buflen = strings.reduce((n, s) => n + s.length, 0);
  const b = Buffer.alloc(12 + 64 * 4 * 4 + 4 + buflen);
  b.writeUInt32LE(AUDIT_FILTER_EXIT, 0);
  b.writeUInt32LE(AUDIT_ALWAYS, 4);
  b.writeUInt32LE(rule.fields.length, 8);
  const maskAt = 12;
  const fieldsAt = maskAt + 64 * 4;
  const valuesAt = fieldsAt + 64 * 4;
  const flagsAt = valuesAt + 64 * 4;
  const bufAt = flagsAt + 64 * 4 + 4;
  for (let i = 0; i < 64; i++) b.writeUInt32LE(rule.syscalls === 'all' ? 0xffffffff : 0, maskAt + i * 4);
  if (rule.syscalls !== 'all') {
    for (const nr of rule.syscalls) {
      const word = Math.floor(nr / 32);
      b.writeUInt32LE((b.readUInt32LE(maskAt + word * 4) | (1 << (nr % 32))) >>> 0, maskAt + word * 4);
    }
  }
  let off = bufAt;
  let s = 0;
  rule.fields.forEach((f, i) => {
    b.writeUInt32LE(f.field, fieldsAt + i * 4);
    b.writeUInt32LE(f.op, flagsAt + i * 4);
    if (typeof f.value === 'string') {
      const bytes = strings[s++]!;
      if (f.field === F.FILTERKEY && bytes.length > MAX_KEY) throw new Error('audit rule key too long');
      b.writeUInt32LE(bytes.length, valuesAt + i * 4);
      bytes.copy(b, off);
      off += bytes.length;
    } else b.writeUInt32LE(f.value >>> 0, valuesAt + i * 4);
  });
  b.writeUInt32LE(buflen, flagsAt + 64 * 4);
  return b;
}

/** Fields whose value is a length into the rule's string buffer: SELinux subj/obj, watch, dir, exe, key. */
const STRING_FIELDS = new Set([13, 14, 15, 16, 17, 19, 20, 21, 22, 23, F.WATCH, F.DIR, 112, F.FILTERKEY]);

/** The filter key of an encoded rule (as AUDIT_LIST_RULES returns them), or undefined. */
export function ruleKey(data: Buffer): string | undefined {
  if (data.length < 12 + 64 * 16 + 4) return undefined;
  const count = Math.min(data.readUInt32LE(8), MAX_FIELDS);
  const fieldsAt = 12 + 64 * 4;
  const valuesAt = fieldsAt + 64 * 4;
  const bufAt = 12 + 64 * 16 + 4;
  let off = bufAt;
  for (let i = 0; i < count; i++) {
    const field = data.readUInt32LE(fieldsAt + i * 4);
    if (STRING_FIELDS.has(field)) {
      const len = data.readUInt32LE(valuesAt + i * 4);
      if (off + len > data.length) return undefined;
      if (field === F.FILTERKEY) return data.subarray(off, off + len).toString('utf8');
      off += len;
    }
  }
  return undefined;
}
