// SHA-256 of a file, bounded in size so hashing cannot be turned into a way to make the agent read
// gigabytes. Files are hashed one at a time through one reused buffer: a burst of new processes (or
// the first file baseline) then costs no more memory than a single hash.
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';

export type HashResult = { sha256: string } | { skipped: 'too_large' | 'unreadable' | 'deleted' | 'not_regular' };

const CHUNK = 64 * 1024;

export class HashQueue {
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private tail: Promise<unknown> = Promise.resolve();

  /** Hashes `path` after every earlier request finished. */
  hash(path: string, size: number, maxBytes: number): Promise<HashResult> {
    const run = this.tail.then(() => this.hashNow(path, size, maxBytes));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async hashNow(path: string, size: number, maxBytes: number): Promise<HashResult> {
    if (size > maxBytes) return { skipped: 'too_large' };
    let fh;
    try {
      fh = await open(path, 'r');
    } catch (err) {
      return { skipped: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'deleted' : 'unreadable' };
    }
    try {
      const hash = createHash('sha256');
      let read = 0;
      for (;;) {
        const { bytesRead } = await fh.read(this.buf, 0, CHUNK, read);
        if (bytesRead <= 0) break;
        read += bytesRead;
        if (read > maxBytes) return { skipped: 'too_large' };
        hash.update(this.buf.subarray(0, bytesRead));
      }
      return { sha256: hash.digest('hex') };
    } catch {
      return { skipped: 'unreadable' };
    } finally {
      await fh.close();
    }
  }
}

/** One-off hash (its own queue); sensors that hash often keep a HashQueue instead. */
export function hashFile(path: string, size: number, maxBytes: number): Promise<HashResult> {
  return new HashQueue().hash(path, size, maxBytes);
}
