// Sensors persist small state (log offsets, journal cursor, file baseline) as JSON. Writes go to a
// temporary file that is renamed over the old one, so a crash leaves either the old or the new state.
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class StateFile<T> {
  readonly path: string;
  constructor(dir: string, name: string) {
    this.path = join(dir, name);
  }

  /** The stored value, or undefined if absent or unreadable (state is then rebuilt). */
  read(): T | undefined {
    try {
      return JSON.parse(readFileSync(this.path, 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  write(value: T): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, this.path);
  }
}
