// SHA-256 of a file, streamed so a large binary never blocks the event loop, and bounded in size so
// hashing cannot be turned into a way to make the agent read gigabytes.
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';

export type HashResult = { sha256: string } | { skipped: 'too_large' | 'unreadable' | 'deleted' | 'not_regular' };

export function hashFile(path: string, size: number, maxBytes: number): Promise<HashResult> {
  if (size > maxBytes) return Promise.resolve({ skipped: 'too_large' });
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    let read = 0;
    const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
    stream.on('data', (chunk) => {
      read += chunk.length;
      if (read > maxBytes) {
        stream.destroy();
        resolve({ skipped: 'too_large' });
        return;
      }
      hash.update(chunk);
    });
    stream.on('error', (err: NodeJS.ErrnoException) => resolve({ skipped: err.code === 'ENOENT' ? 'deleted' : 'unreadable' }));
    stream.on('end', () => resolve({ sha256: hash.digest('hex') }));
  });
}
