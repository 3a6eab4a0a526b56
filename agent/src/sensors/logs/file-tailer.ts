// Follows one log file across rotation. Rename rotation: the old file is kept open and read to its
// end before the new file is opened. Copytruncate: a file shorter than our offset starts again at 0.
// A partial last line waits for its newline. The committed offset only covers whole lines handed out.
// A tailed file is opened without following a final symlink, and only when neither it nor any folder
// above it can be written by anyone but root or the log daemon (issue 13, item 9: a symlink to
// /etc/shadow in a user-owned folder got the file shipped); a refusal is lastError, a health line.
import { openSync, readSync, closeSync, fstatSync, lstatSync, statSync, readdirSync, readFileSync, realpathSync, constants, type Stats } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { LineSplitter, type Line } from './line-splitter.js';

/** The error code of a refused, untrusted log path (the sensor reports it as VIGIL_ERR_SENSOR_UNTRUSTED). */
export const UNTRUSTED = 'UNTRUSTED';

/** Who may write a tailed file or its folders: root, the log daemon's user and groups (syslog, adm), and the agent itself. */
export interface LogWriters {
  uids: ReadonlySet<number>;
  gids: ReadonlySet<number>;
}

function idsNamed(file: string, names: readonly string[], field: number): number[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.split(':'))
      .filter((f) => names.includes(f[0] ?? ''))
      .map((f) => Number(f[field]))
      .filter(Number.isInteger);
  } catch {
    return [];
  }
}

export function trustedLogWriters(passwd = '/etc/passwd', group = '/etc/group'): LogWriters {
  const self = process.geteuid?.() ?? 0;
  return { uids: new Set([0, self, ...idsNamed(passwd, ['syslog'], 2)]), gids: new Set([0, ...idsNamed(group, ['adm', 'syslog'], 2)]) };
}

function untrusted(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: UNTRUSTED });
}

/** Why someone else than the trusted writers could change this file or folder, or undefined. */
function writableByOthers(st: Stats, w: LogWriters): string | undefined {
  if (!w.uids.has(st.uid)) return `owned by uid ${st.uid}`;
  if (st.mode & 0o020 && !w.gids.has(st.gid)) return `writable by group ${st.gid}`;
  if (st.mode & 0o002) return 'writable by everyone';
  return undefined;
}

/**
 * Checks every folder from / down to the file's, as written and as resolved: each must be owned by a
 * trusted writer and not writable by others, except a sticky folder (/tmp) whose next entry is owned by a
 * trusted writer (others cannot rename or delete it). Then the file itself (lstat: never a symlink).
 */
export function checkLogPath(path: string, w: LogWriters): NodeJS.ErrnoException | undefined {
  const abs = resolve(path);
  let real: string;
  try {
    real = join(realpathSync(dirname(abs)), basename(abs));
  } catch {
    return undefined; // a folder that does not exist yet: nothing to open
  }
  for (const p of new Set([abs, real])) {
    const parts = p.split(sep).filter(Boolean);
    let dir = '/';
    for (let i = 0; i <= parts.length; i++) {
      const child = i < parts.length ? join(dir, parts[i] as string) : undefined;
      let st: Stats;
      try {
        st = i === 0 ? statSync(dir) : lstatSync(dir);
      } catch {
        return undefined;
      }
      const last = i === parts.length;
      if (last && st.isSymbolicLink()) return untrusted(`${abs} is a symlink; tailed logs are opened without following links`);
      if (!st.isSymbolicLink()) {
        const why = writableByOthers(st, w);
        if (why && !(st.isDirectory() && st.mode & 0o1000 && !last && childTrusted(child, w))) {
          return untrusted(`${last ? abs : `${dir}, a folder above ${abs},`} is ${why}; only root or the log daemon may write a tailed log`);
        }
      }
      if (child) dir = child;
    }
  }
  return undefined;
}

function childTrusted(child: string | undefined, w: LogWriters): boolean {
  if (!child) return false;
  try {
    return w.uids.has(lstatSync(child).uid);
  } catch {
    return false;
  }
}

export interface TailPosition {
  dev: number;
  ino: number;
  offset: number;
  /** Hex of the file's first bytes when last read: a copytruncate that refilled the file past our offset changes them. */
  head?: string;
}

const HEAD_BYTES = 64;

export interface TailerOptions {
  maxLineBytes: number;
  maxReadBytesPerPass: number;
  /** Who may write a tailed file and its folders (default: trustedLogWriters()). */
  writers?: LogWriters;
}

export type LineHandler = (line: Line) => void;

export class FileTailer {
  private fd: number | undefined;
  private dev = 0;
  private ino = 0;
  private splitter: LineSplitter;
  private readonly buf: Buffer;
  /** Set when the file existed at start without a saved position: begin at its end. */
  private startAtEnd: boolean;
  private resume: TailPosition | undefined;
  private head: Buffer = Buffer.alloc(0);
  lastError: NodeJS.ErrnoException | undefined;

  constructor(
    readonly path: string,
    private readonly opts: TailerOptions,
    saved: TailPosition | undefined,
    startAtEnd: boolean,
  ) {
    this.splitter = new LineSplitter(opts.maxLineBytes);
    this.buf = Buffer.allocUnsafe(Math.min(opts.maxReadBytesPerPass, 256 * 1024));
    this.resume = saved;
    this.startAtEnd = startAtEnd && !saved;
  }

  /** Where to resume after a restart, or undefined if the file was never opened. */
  position(): TailPosition | undefined {
    if (this.fd === undefined) return this.resume;
    return { dev: this.dev, ino: this.ino, offset: this.splitter.committed, head: this.head.toString('hex') };
  }

  /** Reads whatever is new; returns true if more data is waiting (read budget exhausted). */
  check(onLine: LineHandler): boolean {
    let st;
    try {
      st = lstatSync(this.path);
    } catch (err) {
      st = undefined;
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.lastError = err as NodeJS.ErrnoException;
    }
    if (st?.isSymbolicLink()) this.lastError = untrusted(`${this.path} is a symlink; tailed logs are opened without following links`);
    if (this.fd !== undefined && (!st || st.ino !== this.ino || st.dev !== this.dev)) {
      // Rotated by rename (or deleted): finish the old file through the descriptor we hold.
      while (this.readSome(onLine)) {
        /* drain */
      }
      for (const line of this.splitter.flush()) onLine(line);
      closeSync(this.fd);
      this.fd = undefined;
      this.startAtEnd = false;
      this.head = Buffer.alloc(0);
    }
    if (!st || !st.isFile()) return false;
    if (this.fd === undefined && !this.open(st.dev, st.ino, st.size, onLine)) return false;
    if (st.size < this.splitter.position || !this.headUnchanged()) {
      // Copytruncate: the file was emptied in place and may have grown again.
      this.splitter.reset(0);
      this.head = Buffer.alloc(0);
    }
    const more = this.readSome(onLine);
    if (this.head.length < HEAD_BYTES && this.splitter.position > this.head.length) this.head = this.readHead(Math.min(HEAD_BYTES, this.splitter.position));
    return more;
  }

  close(): void {
    if (this.fd !== undefined) {
      this.resume = this.position();
      closeSync(this.fd);
      this.fd = undefined;
    }
  }

  private open(dev: number, ino: number, size: number, onLine: LineHandler): boolean {
    const refused = checkLogPath(this.path, this.opts.writers ?? trustedLogWriters());
    if (refused) {
      this.lastError = refused;
      return false;
    }
    try {
      this.fd = openSync(this.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (err) {
      this.lastError = err as NodeJS.ErrnoException;
      return false;
    }
    this.lastError = undefined;
    const st = fstatSync(this.fd);
    if (!st.isFile() || st.dev !== dev || st.ino !== ino) {
      // swapped between the check and the open: try again on the next pass
      closeSync(this.fd);
      this.fd = undefined;
      return false;
    }
    this.dev = st.dev;
    this.ino = st.ino;
    let start = 0;
    const saved = this.resume;
    this.resume = undefined;
    if (saved && saved.dev === dev && saved.ino === ino) {
      this.head = Buffer.from(saved.head ?? '', 'hex');
      start = saved.offset <= size && this.headUnchanged() ? saved.offset : 0;
    } else if (saved) {
      // Rotated while we were not running: finish the rotated file first, if it is still next to us.
      this.drainRotated(saved, onLine);
    } else if (this.startAtEnd) {
      start = size;
    }
    this.startAtEnd = false;
    if (start === 0) this.head = Buffer.alloc(0);
    this.splitter.reset(start);
    return true;
  }

  private readHead(n: number): Buffer {
    if (this.fd === undefined || n <= 0) return Buffer.alloc(0);
    const b = Buffer.alloc(n);
    try {
      const got = readSync(this.fd, b, 0, n, 0);
      return b.subarray(0, got);
    } catch {
      return Buffer.alloc(0);
    }
  }

  private headUnchanged(): boolean {
    if (!this.head.length) return true;
    return this.readHead(this.head.length).equals(this.head);
  }

  private drainRotated(saved: TailPosition, onLine: LineHandler): void {
    const dir = dirname(this.path);
    const base = basename(this.path);
    let names: string[];
    try {
      names = readdirSync(dir)
        .filter((n) => n !== base && n.startsWith(base) && !n.endsWith('.gz'))
        .slice(0, 64);
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      try {
        const st = statSync(p);
        if (st.dev !== saved.dev || st.ino !== saved.ino) continue;
        const old = new FileTailer(p, this.opts, saved, false);
        while (old.check(onLine)) {
          /* drain */
        }
        for (const line of old.splitter.flush()) onLine(line);
        old.close();
        return;
      } catch {
        continue;
      }
    }
  }

  /** Reads up to the pass budget; true if the budget ran out before the end of the file. */
  private readSome(onLine: LineHandler): boolean {
    if (this.fd === undefined) return false;
    let budget = this.opts.maxReadBytesPerPass;
    while (budget > 0) {
      let n: number;
      try {
        n = readSync(this.fd, this.buf, 0, Math.min(this.buf.length, budget), this.splitter.position);
      } catch (err) {
        this.lastError = err as NodeJS.ErrnoException;
        return false;
      }
      if (n <= 0) return false;
      budget -= n;
      for (const line of this.splitter.push(this.buf.subarray(0, n))) onLine(line);
    }
    return true;
  }
}
