// Follows the systemd journal through `journalctl --follow --output=json` (argv only, no shell),
// resuming after the last cursor handed out, so a restart neither repeats nor skips entries.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { LineSplitter } from './line-splitter.js';
import { parseJournalJson, type JournalEntry } from '../parsers/journal-entry.js';

export { parseJournalJson, type JournalEntry };

export interface JournalOptions {
  binary: string;
  maxEntryBytes: number;
  /** Restart delay after journalctl exits, doubled up to 30 s. */
  restartMs?: number;
}

export interface JournalHandlers {
  entries(batch: JournalEntry[]): void;
  problem(message: string): void;
}

/** Absolute path of an executable on PATH, or undefined. */
export function findExecutable(name: string, pathEnv = process.env.PATH ?? ''): string | undefined {
  const candidates = isAbsolute(name)
    ? [name]
    : pathEnv
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, name));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      continue;
    }
  }
  return undefined;
}

export class JournalFollower {
  private child: ChildProcess | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private delay: number;
  private skipped = 0;

  constructor(
    private readonly binary: string,
    private readonly opts: JournalOptions,
    private cursor: string | undefined,
    private readonly on: JournalHandlers,
  ) {
    this.delay = opts.restartMs ?? 1000;
  }

  get lastCursor(): string | undefined {
    return this.cursor;
  }

  start(): void {
    this.stopped = false;
    this.spawnOnce();
  }

  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const child = this.child;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  private spawnOnce(): void {
    // --all: without it journalctl prints fields above 4096 bytes (a long sudo COMMAND=) as null.
    const args = ['--follow', '--output=json', '--all', '--no-pager', '--quiet'];
    if (this.cursor) args.push('--no-tail', `--after-cursor=${this.cursor}`);
    else args.push('--lines=0');
    const child = spawn(this.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const splitter = new LineSplitter(this.opts.maxEntryBytes);
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const batch: JournalEntry[] = [];
      for (const line of splitter.push(chunk)) {
        if (line.truncated) {
          this.skipped += 1;
          this.on.problem(`journal entry larger than ${this.opts.maxEntryBytes} bytes skipped (${this.skipped} so far)`);
          continue;
        }
        const entry = parseJournalJson(line.bytes.toString('utf8'));
        if (!entry) continue;
        batch.push(entry);
        this.cursor = entry.cursor;
      }
      if (batch.length) {
        this.delay = this.opts.restartMs ?? 1000;
        this.on.entries(batch);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => this.on.problem(`journalctl could not run: ${err.message}`));
    child.on('close', (code) => {
      if (this.stopped) return;
      this.on.problem(`journalctl exited (${code ?? 'signal'}): ${stderr.trim().slice(0, 500)}`);
      this.timer = setTimeout(() => this.spawnOnce(), this.delay);
      this.timer.unref?.();
      this.delay = Math.min(this.delay * 2, 30_000);
    });
  }
}
