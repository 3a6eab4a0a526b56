// Cheap, allocation-light reads of /proc files: the process and network sensors read hundreds of
// them per poll, so one reusable buffer and plain open/read/close beat readFileSync's stat-then-grow.
import { openSync, readSync, closeSync, readlinkSync } from 'node:fs';

export class ProcFiles {
  private buf: Buffer;

  /** @param bufferBytes largest single read; longer files are cut (the caller knows the bound it needs) */
  constructor(bufferBytes = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(bufferBytes);
  }

  /** Reads up to `maxBytes` of a file as raw bytes (a copy); undefined if it cannot be read. */
  readBytes(path: string, maxBytes = this.buf.length): Buffer | undefined {
    const n = this.readInto(path, maxBytes);
    return n === undefined ? undefined : Buffer.from(this.buf.subarray(0, n));
  }

  /**
   * One read(2) of a small seq_file (/proc/PID/stat, status): the kernel renders the whole file on each
   * read call, so reading again just to see EOF would double the cost of the hottest path.
   */
  readOnce(path: string, maxBytes: number): string | undefined {
    const n = this.readInto(path, maxBytes, true);
    return n === undefined ? undefined : this.buf.toString('utf8', 0, n);
  }

  /** Reads a text file of up to `maxBytes` (the buffer grows as needed); undefined if unreadable. */
  readText(path: string, maxBytes = this.buf.length): string | undefined {
    const n = this.readInto(path, maxBytes);
    return n === undefined ? undefined : this.buf.toString('utf8', 0, n);
  }

  /** Bytes read into this.buf (one read(2) when `once`, else until EOF or `maxBytes`); undefined if unreadable. */
  private readInto(path: string, maxBytes: number, once = false): number | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      if (once) {
        if (maxBytes > this.buf.length) this.buf = Buffer.allocUnsafe(maxBytes);
        return readSync(fd, this.buf, 0, maxBytes, null);
      }
      let total = 0;
      while (total < maxBytes) {
        if (total === this.buf.length) {
          // Grow by doubling, never past the caller's bound.
          const next = Buffer.allocUnsafe(Math.min(maxBytes, this.buf.length * 2));
          this.buf.copy(next, 0, 0, total);
          this.buf = next;
        }
        const want = Math.min(this.buf.length, maxBytes) - total;
        const n = readSync(fd, this.buf, total, want, null);
        // A seq_file (/proc/net/tcp) hands out about one page per read: only 0 means the end.
        if (n <= 0) break;
        total += n;
      }
      return total;
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  readLink(path: string): string | undefined {
    try {
      return readlinkSync(path);
    } catch {
      return undefined;
    }
  }
}
