// lowdb adapter for the operator state file: it holds password and token hashes, so it is written 0600,
// fsynced and renamed into place (lowdb's own JSONFileSync leaves the umask's 0644 and does not fsync).
import { readFileSync } from 'node:fs';
import type { SyncAdapter } from 'lowdb';
import { writeFileAtomic } from './atomic-file.js';

export class PrivateJsonFile<T> implements SyncAdapter<T> {
  constructor(private readonly path: string) {}

  read(): T | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  write(data: T): void {
    writeFileAtomic(this.path, JSON.stringify(data, null, 2), 0o600);
  }
}
