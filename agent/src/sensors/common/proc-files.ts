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
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      if (maxBytes > this.buf.length) this.buf = Buffer.allocUnsafe(maxBytes);
      let total = 0;
      while (total < maxBytes) {
        const n = readSync(fd, this.buf, total, maxBytes - total, null);
        if (n <= 0) break;
        total += n;
      }
      return Buffer.from(this.buf.subarray(0, total));
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** Reads a small text file (stat, status, comm); undefined if it cannot be read. */
  readText(path: string, maxBytes = this.buf.length): string | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      if (maxBytes > this.buf.length) this.buf = Buffer.allocUnsafe(maxBytes);
      let total = 0;
      while (total < maxBytes) {
        const n = readSync(fd, this.buf, total, maxBytes - total, null);
        if (n <= 0) break;
        total += n;
      }
      return this.buf.toString('utf8', 0, total);
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
