// Syscall numbers the audit sensor names, per audit architecture: the rules it adds select by number,
// and the records it reads carry only numbers. x86_64 with its i386 compat table, aarch64 with arm's.
export const AUDIT_ARCH = { x86_64: 0xc000003e, i386: 0x40000003, aarch64: 0xc00000b7, arm: 0x40000028 } as const;

type Table = Readonly<Record<string, number>>;

const X86_64: Table = {
  read: 0,
  write: 1,
  open: 2,
  close: 3,
  stat: 4,
  chmod: 90,
  fchmod: 91,
  chown: 92,
  fchown: 93,
  lchown: 94,
  truncate: 76,
  ftruncate: 77,
  rename: 82,
  mkdir: 83,
  rmdir: 84,
  creat: 85,
  link: 86,
  unlink: 87,
  symlink: 88,
  mknod: 133,
  setxattr: 188,
  lsetxattr: 189,
  fsetxattr: 190,
  removexattr: 197,
  lremovexattr: 198,
  fremovexattr: 199,
  utime: 132,
  utimes: 235,
  openat: 257,
  mkdirat: 258,
  mknodat: 259,
  fchownat: 260,
  futimesat: 261,
  unlinkat: 263,
  renameat: 264,
  linkat: 265,
  symlinkat: 266,
  fchmodat: 268,
  utimensat: 280,
  renameat2: 316,
  openat2: 437,
  fchmodat2: 452,
  execve: 59,
  execveat: 322,
  connect: 42,
  accept: 43,
  accept4: 288,
  bind: 49,
  listen: 50,
  init_module: 175,
  finit_module: 313,
  delete_module: 176,
  ptrace: 101,
  kill: 62,
  setuid: 105,
  setgid: 106,
  memfd_create: 319,
  bpf: 321,
  sendto: 44,
  sendmsg: 46,
  socket: 41,
  tkill: 200,
  tgkill: 234,
  rt_sigqueueinfo: 129,
  rt_tgsigqueueinfo: 297,
  pidfd_send_signal: 424,
};
const I386: Table = {
  read: 3,
  write: 4,
  open: 5,
  creat: 8,
  link: 9,
  unlink: 10,
  execve: 11,
  chmod: 15,
  lchown: 16,
  ptrace: 26,
  rename: 38,
  mkdir: 39,
  rmdir: 40,
  truncate: 92,
  fchmod: 94,
  fchown: 95,
  socketcall: 102,
  init_module: 128,
  delete_module: 129,
  chown: 182,
  openat: 295,
  mkdirat: 296,
  fchownat: 298,
  unlinkat: 301,
  renameat: 302,
  linkat: 303,
  symlinkat: 304,
  fchmodat: 306,
  utimensat: 320,
  finit_module: 350,
  execveat: 358,
  bind: 361,
  connect: 362,
  accept4: 364,
  renameat2: 353,
  openat2: 437,
  fchmodat2: 452,
  kill: 37,
  tkill: 238,
  tgkill: 270,
  rt_sigqueueinfo: 178,
  rt_tgsigqueueinfo: 335,
  pidfd_send_signal: 424,
};
const AARCH64: Table = {
  setxattr: 5,
  lsetxattr: 6,
  fsetxattr: 7,
  removexattr: 14,
  lremovexattr: 15,
  fremovexattr: 16,
  mknodat: 33,
  mkdirat: 34,
  unlinkat: 35,
  symlinkat: 36,
  linkat: 37,
  renameat: 38,
  truncate: 45,
  ftruncate: 46,
  fchmod: 52,
  fchmodat: 53,
  fchownat: 54,
  fchown: 55,
  openat: 56,
  close: 57,
  read: 63,
  write: 64,
  utimensat: 88,
  ptrace: 117,
  kill: 129,
  setgid: 144,
  setuid: 146,
  bind: 200,
  listen: 201,
  accept: 202,
  connect: 203,
  execve: 221,
  init_module: 105,
  delete_module: 106,
  accept4: 242,
  finit_module: 273,
  renameat2: 276,
  memfd_create: 279,
  bpf: 280,
  execveat: 281,
  openat2: 437,
  fchmodat2: 452,
  socket: 198,
  sendto: 206,
  sendmsg: 211,
  tkill: 130,
  tgkill: 131,
  rt_sigqueueinfo: 138,
  rt_tgsigqueueinfo: 240,
  pidfd_send_signal: 424,
};
const ARM: Table = {
  read: 3,
  write: 4,
  open: 5,
  creat: 8,
  link: 9,
  unlink: 10,
  execve: 11,
  chmod: 15,
  lchown: 16,
  ptrace: 26,
  rename: 38,
  mkdir: 39,
  rmdir: 40,
  truncate: 92,
  fchmod: 94,
  fchown: 95,
  init_module: 128,
  delete_module: 129,
  chown: 182,
  bind: 282,
  connect: 283,
  accept: 285,
  openat: 322,
  mkdirat: 323,
  fchownat: 325,
  unlinkat: 328,
  renameat: 329,
  linkat: 330,
  symlinkat: 331,
  fchmodat: 333,
  utimensat: 348,
  accept4: 366,
  finit_module: 379,
  renameat2: 382,
  execveat: 387,
  openat2: 437,
  fchmodat2: 452,
  kill: 37,
  tkill: 238,
  tgkill: 268,
  rt_sigqueueinfo: 178,
  rt_tgsigqueueinfo: 363,
  pidfd_send_signal: 424,
};

export interface ArchTable {
  name: keyof typeof AUDIT_ARCH;
  arch: number;
  numbers: Table;
  names: ReadonlyMap<number, string>;
}

function table(name: keyof typeof AUDIT_ARCH, numbers: Table): ArchTable {
  return { name, arch: AUDIT_ARCH[name], numbers, names: new Map(Object.entries(numbers).map(([k, v]) => [v, k])) };
}

const TABLES: readonly ArchTable[] = [table('x86_64', X86_64), table('i386', I386), table('aarch64', AARCH64), table('arm', ARM)];

/** The native table and its 32-bit compat table for a Node `process.arch`. */
export function archTables(nodeArch: string): { native: ArchTable; compat: ArchTable } | undefined {
  if (nodeArch === 'x64') return { native: TABLES[0]!, compat: TABLES[1]! };
  if (nodeArch === 'arm64') return { native: TABLES[2]!, compat: TABLES[3]! };
  return undefined;
}

/** The table for an audit record's `arch=` value (hex, as the kernel prints it). */
export function tableForArch(archHex: string | undefined): ArchTable | undefined {
  if (!archHex) return undefined;
  const n = parseInt(archHex, 16);
  return TABLES.find((t) => t.arch === n);
}

/** Syscall name for a record's arch and number, or `syscall_<n>`. */
export function syscallName(archHex: string | undefined, nr: string | undefined): string {
  const t = tableForArch(archHex);
  const n = Number(nr);
  // nr is a record's field value: only a number goes into the name (found by audit-records.fuzz.test.ts).
  return t?.names.get(n) ?? `syscall_${nr !== undefined && /^\d{1,5}$/.test(nr) ? nr : '?'}`;
}

/** Numbers for names present in a table (names a table lacks are skipped: aarch64 has no chmod). */
export function numbersOf(t: ArchTable, names: readonly string[]): number[] {
  const out: number[] = [];
  for (const n of names) {
    const v = t.numbers[n];
    if (v !== undefined) out.push(v);
  }
  return out;
}
