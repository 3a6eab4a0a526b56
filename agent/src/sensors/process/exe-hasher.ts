// Exe hashes are cached by device+inode+mtime+size: 50 forks of /bin/sh a second cost one hash, and a
// replaced binary (new inode or mtime) is hashed again. Concurrent requests for one file share a read.
import { statSync } from 'node:fs';
import { HashQueue, type HashResult } from '../common/hash-file.js';

export class ExeHasher {
  private readonly cache = new Map<string, HashResult>();
  private readonly inflight = new Map<string, Promise<HashResult>>();
  private readonly queue = new HashQueue();

  constructor(
    private readonly maxBytes: number,
    private readonly maxEntries: number,
  ) {}

  /**
   * Hashes the file at `path` (for a live process, /proc/PID/exe, which still opens a deleted binary).
   * Results for a given identity are cached; the cache drops its oldest entry when full.
   */
  hash(path: string): Promise<HashResult> {
    let st;
    try {
      st = statSync(path);
    } catch (err) {
      return Promise.resolve({ skipped: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'deleted' : 'unreadable' });
    }
    if (!st.isFile()) return Promise.resolve({ skipped: 'not_regular' });
    const key = `${st.dev}:${st.ino}:${st.mtimeMs}:${st.size}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return Promise.resolve(hit);
    }
    const running = this.inflight.get(key);
    if (running) return running;
    const p = this.queue.hash(path, st.size, this.maxBytes).then((result) => {
      this.inflight.delete(key);
      if ('sha256' in result || result.skipped === 'too_large') {
        this.cache.set(key, result);
        if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
      }
      return result;
    });
    this.inflight.set(key, p);
    return p;
  }

  get size(): number {
    return this.cache.size;
  }
}
