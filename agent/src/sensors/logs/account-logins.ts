// A login to an account nobody has used for months (ATT&CK T1078.003) is news only to someone who remembers
// when the account was last used. At the moment sshd logs "Accepted", it has already written this login to
// lastlog and wtmp (or is about to), so those files cannot answer "when before now?" then. This table can:
// it is seeded once from lastlog and wtmp, kept in the agent's state, and moved forward by every login the
// log sensor parses; each login is judged against the value from before it. An account with no login on
// record is judged by its password's age (shadow's last change), so a new account's first login is not
// dormant but an old, never-used one is; that judgement needs login history as long as the dormancy limit
// (lastlog, which keeps every account's last login; else wtmp, which rotates, and the agent's own records
// since its first start), and says "unknown" until the history is that long.
import { readFileSync, openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { parsePasswd } from '../common/users.js';
import type { StateFile } from '../common/state-file.js';

const DAY_MS = 86_400_000;
/** struct lastlog on Linux: int32 ll_time, char ll_line[32], char ll_host[256]. */
export const LASTLOG_RECORD = 292;
/** struct utmp on Linux (glibc, 64-bit and 32-bit alike): 384 bytes; ut_type at 0, ut_user at 44, ut_tv.tv_sec at 340. */
export const UTMP_RECORD = 384;
const USER_PROCESS = 7;

export interface AccountFiles {
  passwd: string;
  shadow: string;
  lastlog: string;
  wtmp: string;
}

export interface AccountLoginOptions {
  /** No login for this many days (or, never logged in, a password this old) makes an account dormant. */
  dormantDays: number;
  /** Accounts remembered at most (the oldest logins are forgotten first). */
  maxAccounts: number;
  /** Bytes read from the end of wtmp, and from the start of lastlog, when seeding. */
  maxWtmpBytes: number;
  maxLastlogBytes: number;
  files: AccountFiles;
}

export interface LoginState {
  lastLoginMs: Record<string, number>;
  /** When this table started recording logins (the agent's first start with it). */
  sinceMs?: number;
  /**
   * Logins are on record from this time on (0: lastlog was there to seed from). Kept, so a lastlog shredded
   * or wtmp truncated later (and the agent restarted) does not make the history look short again.
   */
  historyFromMs?: number;
}

/** Last login per account name from lastlog (indexed by uid), for the uids passwd names. */
export function parseLastlog(buf: Buffer, uids: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, uid] of uids) {
    const at = uid * LASTLOG_RECORD;
    if (uid < 0 || at + 4 > buf.length) continue;
    const t = buf.readInt32LE(at);
    if (t > 0) out.set(name, t * 1000);
  }
  return out;
}

/** Latest USER_PROCESS record per user name in a wtmp image, and the time of its oldest record of any type. */
export function parseWtmp(buf: Buffer): { last: Map<string, number>; firstMs?: number } {
  const last = new Map<string, number>();
  let firstMs: number | undefined;
  for (let at = buf.length - (buf.length % UTMP_RECORD) - UTMP_RECORD; at >= 0; at -= UTMP_RECORD) {
    const t = buf.readInt32LE(at + 340) * 1000;
    if (t > 0 && (firstMs === undefined || t < firstMs)) firstMs = t;
    if (buf.readInt16LE(at) !== USER_PROCESS) continue;
    const raw = buf.subarray(at + 44, at + 76);
    const end = raw.indexOf(0);
    const name = raw.subarray(0, end < 0 ? raw.length : end).toString('utf8');
    if (name && t > 0 && t > (last.get(name) ?? 0)) last.set(name, t);
  }
  return firstMs === undefined ? { last } : { last, firstMs };
}

/** Password last changed (unix ms) per account from shadow's third field; absent when empty or 0 (change forced). */
export function parseShadowChanged(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 3 || !f[0]) continue;
    const days = Number(f[2]);
    if (f[2] !== '' && Number.isInteger(days) && days > 0) out.set(f[0], days * DAY_MS);
  }
  return out;
}

/** The fields a login line gains: when the account was last used before now, and whether it was dormant. */
export interface LoginVerdict {
  previous_login?: string;
  idle_days: string;
  /** unknown: never logged in, old password, but the login history is shorter than the limit. */
  dormant: 'true' | 'false' | 'unknown';
  dormant_basis: 'last_login' | 'password_age';
}

/** Reads at most `max` bytes from the start or the end of a file; undefined when it cannot be read. */
function readPart(path: string, max: number, from: 'start' | 'end'): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const len = Math.min(size, max);
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, from === 'end' ? size - len : 0);
    return buf;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8').slice(0, 8 * 1024 * 1024);
  } catch {
    return undefined;
  }
};

export class AccountLogins {
  private readonly last = new Map<string, number>();
  private sinceMs = 0;
  /** Logins are on record from this time on (0: lastlog, since the accounts were made). */
  private historyFromMs = 0;

  constructor(
    private readonly opts: AccountLoginOptions,
    private readonly state: StateFile<LoginState> | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seeds the table from the saved state, lastlog and wtmp (whichever exist); the newest value wins. */
  load(): void {
    const state = this.state?.read();
    const saved = state?.lastLoginMs ?? {};
    for (const [name, t] of Object.entries(saved)) if (typeof t === 'number') this.remember(name, t);
    this.sinceMs = typeof state?.sinceMs === 'number' ? state.sinceMs : this.now();
    const passwd = readText(this.opts.files.passwd);
    const uids = new Map((passwd ? parsePasswd(passwd) : []).map((e) => [e.name, e.uid]));
    // lastlog is a sparse file indexed by uid: read from its start up to the highest uid passwd names.
    const maxUid = Math.max(0, ...uids.values());
    const lastlog = readPart(this.opts.files.lastlog, Math.min(this.opts.maxLastlogBytes, (maxUid + 1) * LASTLOG_RECORD), 'start');
    if (lastlog) for (const [n, t] of parseLastlog(lastlog, uids)) this.remember(n, t);
    const wtmp = readPart(this.opts.files.wtmp, this.opts.maxWtmpBytes, 'end');
    const w = wtmp ? parseWtmp(wtmp) : undefined;
    for (const [n, t] of w?.last ?? []) this.remember(n, t);
    const fresh = lastlog ? 0 : Math.min(this.sinceMs, w?.firstMs ?? this.sinceMs);
    this.historyFromMs = typeof state?.historyFromMs === 'number' ? Math.min(state.historyFromMs, fresh) : fresh;
    this.save();
  }

  private save(): void {
    this.state?.write({ lastLoginMs: Object.fromEntries(this.last), sinceMs: this.sinceMs, historyFromMs: this.historyFromMs });
  }

  private remember(name: string, t: number): void {
    if (t <= (this.last.get(name) ?? 0)) return;
    this.last.delete(name);
    this.last.set(name, t);
    while (this.last.size > this.opts.maxAccounts) this.last.delete(this.last.keys().next().value as string);
  }

  /** Judges a login to `user` now against what was known before it, then records it. */
  login(user: string): LoginVerdict | undefined {
    if (!user) return undefined;
    const now = this.now();
    const limit = this.opts.dormantDays * DAY_MS;
    const previous = this.last.get(user);
    let verdict: LoginVerdict | undefined;
    if (previous !== undefined) {
      const idle = now - previous;
      verdict = {
        previous_login: new Date(previous).toISOString(),
        idle_days: String(Math.floor(Math.max(0, idle) / DAY_MS)),
        dormant: idle >= limit ? 'true' : 'false',
        dormant_basis: 'last_login',
      };
    } else {
      const changed = parseShadowChanged(readText(this.opts.files.shadow) ?? '').get(user);
      if (changed !== undefined) {
        const age = now - changed;
        const dormant = age < limit ? 'false' : now - this.historyFromMs >= limit ? 'true' : 'unknown';
        verdict = { idle_days: String(Math.floor(Math.max(0, age) / DAY_MS)), dormant, dormant_basis: 'password_age' };
      }
    }
    this.remember(user, now);
    this.save();
    return verdict;
  }
}

/** PAM services whose session is a login (not su, sudo, cron or runuser). */
const LOGIN_SERVICES = new Set(['sshd', 'login']);

/**
 * The account a parsed line says logged in: sshd's Accepted, login's LOGIN ON, or a login service's PAM
 * "session opened" (the one line left when sshd logs to stderr only, and PAM still to syslog). A login that
 * writes both is judged at the first; the second then finds it seconds old.
 */
export function loginUser(parser: string | undefined, action: string | undefined, fields: Readonly<Record<string, string>>): string | undefined {
  if (parser === 'sshd' && action?.startsWith('accepted_')) return fields.user;
  if (parser === 'login' && action === 'login') return fields.target_user;
  if (action === 'session_opened' && LOGIN_SERVICES.has(fields.pam_service ?? '')) return fields.target_user;
  return undefined;
}
