// Grammars for every parameter a command carries, shared by commands/ (which checks each parameter) and
// responders/ and forensics/ (which reuse the parsed CIDR, the address helpers and printable), so none of them
// imports another. A command's strings come from the network, so each one is checked here, with no I/O,
// before any responder sees it; a failure names the parameter and the rule.
import { isIP } from 'node:net';
import { posix } from 'node:path';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (reason: string): Checked<never> => ({ ok: false, reason });

/** Unit types Vigil may stop/start. Devices, slices and scopes are not services an operator contains. */
const UNIT_SUFFIXES = ['service', 'socket', 'timer', 'path', 'target', 'mount'] as const;
// systemd's own unit-name alphabet (unit-name.c VALID_CHARS plus '@' for instances), with a fixed suffix.
const UNIT_RE = new RegExp(`^[A-Za-z0-9][A-Za-z0-9:_.\\\\@-]*\\.(?:${UNIT_SUFFIXES.join('|')})$`);

export function checkUnitName(unit: unknown): Checked<string> {
  if (typeof unit !== 'string' || unit.length === 0) return bad('unit name is empty');
  if (unit.length > 255) return bad('unit name exceeds 255 characters');
  if (unit.includes('/')) return bad('unit name must not contain a path separator');
  if (unit.includes('..')) return bad('unit name must not contain ".."');
  if (!UNIT_RE.test(unit)) {
    return bad(`unit name "${printable(unit)}" is not a systemd unit name (letters, digits, ":_.\\@-", ending .${UNIT_SUFFIXES.join('|.')})`);
  }
  return ok(unit);
}

/** A pid the agent may signal: a positive int within the kernel's limit, never init. */
export function checkPid(pid: unknown): Checked<number> {
  if (typeof pid !== 'number' || !Number.isInteger(pid)) return bad('pid is not an integer');
  if (pid <= 1) return bad('pid must be greater than 1 (init and the kernel are never killed)');
  if (pid > 4_194_304) return bad('pid exceeds the kernel maximum 4194304');
  return ok(pid);
}

/** An absolute, already-normal path: no "..", no "." segments, no NUL, no doubled or trailing slash. */
export function checkAbsolutePath(path: unknown, maxLength = 4096): Checked<string> {
  if (typeof path !== 'string' || path.length === 0) return bad('path is empty');
  if (path.length > maxLength) return bad(`path exceeds ${maxLength} characters`);
  if (path.includes('\0')) return bad('path contains a NUL byte');
  if (!path.startsWith('/')) return bad(`path "${printable(path)}" is not absolute`);
  if (path === '/') return bad('path is the root directory');
  const segments = path.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return bad(`path "${printable(path)}" contains "." or ".." segments`);
  if (posix.normalize(path) !== path || path.endsWith('/')) return bad(`path "${printable(path)}" is not in normal form`);
  return ok(path);
}

export interface Cidr {
  /** Address as written (IPv4 dotted or IPv6, lower-case, IPv4-mapped IPv6 folded to IPv4). */
  address: string;
  family: 4 | 6;
  prefix: number;
  /** Canonical text: "address" for a full-length prefix, else "address/prefix". */
  text: string;
}

/** One IP address or CIDR block, v4 or v6. Host bits beyond the prefix are refused (ambiguous intent). */
export function checkCidr(input: unknown): Checked<Cidr> {
  if (typeof input !== 'string' || input.length === 0) return bad('address is empty');
  if (input.length > 64) return bad('address exceeds 64 characters');
  const slash = input.indexOf('/');
  let address = slash === -1 ? input : input.slice(0, slash);
  const prefixText = slash === -1 ? undefined : input.slice(slash + 1);
  address = foldMapped(address.toLowerCase());
  // isIP takes a zone ("fe80::1%eth0", "::%0:00"): a scope is no address, and its text would reach the rules.
  if (address.includes('%')) return bad(`"${printable(input)}" carries an IPv6 zone id ("%..."), which a block cannot use`);
  const family = isIP(address);
  if (family !== 4 && family !== 6) return bad(`"${printable(input)}" is not an IPv4 or IPv6 address`);
  const max = family === 4 ? 32 : 128;
  let prefix = max;
  if (prefixText !== undefined) {
    if (!/^\d{1,3}$/.test(prefixText)) return bad(`prefix of "${printable(input)}" is not a number`);
    prefix = Number(prefixText);
    if (prefix > max) return bad(`prefix /${prefix} exceeds /${max} for IPv${family}`);
  }
  if (!hostBitsZero(address, family, prefix)) return bad(`"${printable(input)}" has host bits set beyond /${prefix}`);
  return ok({ address, family, prefix, text: prefix === max ? address : `${address}/${prefix}` });
}

/** ::ffff:a.b.c.d (how dual-stack sockets report IPv4 peers) becomes a.b.c.d. */
export function foldMapped(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m?.[1] ?? address;
}

/** The address's bytes (4 or 16), for prefix arithmetic. */
export function addressBytes(address: string, family: 4 | 6): number[] {
  return family === 4 ? address.split('.').map(Number) : ipv6Bytes(address);
}

function hostBitsZero(address: string, family: 4 | 6, prefix: number): boolean {
  const bytes = addressBytes(address, family);
  for (let bit = prefix; bit < bytes.length * 8; bit++) {
    if (((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1) return false;
  }
  return true;
}

function ipv6Bytes(address: string): number[] {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = v4[1].split('.').map(Number);
    text = text.slice(0, -v4[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return groups.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

/** A short, escaped rendering of untrusted text for error messages. */
export function printable(s: string): string {
  const cut = s.length > 80 ? `${s.slice(0, 80)}...` : s;
  return cut.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
