// lowdb adapter for the operator state file: it holds password and token hashes, so it is written 0600,
// fsynced and renamed into place (lowdb's own JSONFileSync leaves the umask's 0644 and does not fsync).
import { readFileSync } from 'node:fs';
import type { SyncAdapter } from 'lowdb';
import { writeFileAtomic } from '@vigil/files';

export class PrivateJsonFile<T> implements SyncAdapter<T> {
  /** `check` throws for content of the wrong shape (lowdb would silently replace `null` with defaults). */
  constructor(
    private readonly path: string,
    private readonly check?: (data: unknown) => void,
  ) {}

  read(): T | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      throw Object.assign(
        new Error(
          `${this.path} is not valid JSON (${text.length === 0 ? 'the file is empty' : (err as Error).message}); refusing to start (nothing was changed)`,
          { cause: err },
        ),
        { code: 'VIGIL_ERR_STORE_CORRUPT' },
      );
    }
    this.check?.(data);
    return data as T;
  }

  write(data: T): void {
    writeFileAtomic(this.path, JSON.stringify(data, null, 2), 0o600);
  }
}
