// sudo splits a log line longer than syslog's limit (about 960 bytes) at a blank and goes on in
// "user : (command continued) ..." lines, so a long COMMAND= (a base64 payload piped to a shell) reaches
// the collector in pieces. Each continuation comes back as the whole command so far (action "command",
// fields.continued = "true"), so process rules read all of it. State is bounded: commands per user and
// source, and the joined length.
import { sudoArgv } from './sudo-command.js';

interface Result {
  parser: string;
  action: string;
  fields: Record<string, string>;
}

export interface SudoContinuationOptions {
  /** Longest joined command kept (characters); a longer one is no longer extended. */
  maxCommandChars: number;
  /** Users (per source and host) whose last command is kept. */
  maxOpen: number;
}

export class SudoContinuations {
  private readonly open = new Map<string, Record<string, string>>();

  constructor(private readonly o: SudoContinuationOptions) {}

  /** The result to emit for one parsed line from `source` (host as the line names it). */
  apply<R extends Result>(source: string, hostname: string, r: R): R {
    if (r.parser !== 'sudo' || !r.fields.user) return r;
    const key = `${source}\u0000${hostname}\u0000${r.fields.user}`;
    if (r.action === 'command') {
      this.open.delete(key);
      if (r.fields.command !== undefined) this.remember(key, r.fields);
      return r;
    }
    if (r.action !== 'command_continued') {
      this.open.delete(key);
      return r;
    }
    const prev = this.open.get(key);
    const more = r.fields.continued ?? '';
    if (!prev || prev.command === undefined) return r;
    const command = `${prev.command} ${more}`;
    if (command.length > this.o.maxCommandChars) {
      this.open.delete(key);
      return r;
    }
    const argv = sudoArgv(command);
    const fields: Record<string, string> = { ...prev, command, continued: 'true' };
    if (argv.length) {
      fields.image = argv[0]!;
      fields.command_line = argv.join(' ');
    }
    if (r.fields.pid) fields.pid = r.fields.pid;
    this.open.delete(key);
    this.remember(key, fields);
    return { ...r, action: 'command', fields };
  }

  private remember(key: string, fields: Record<string, string>): void {
    this.open.set(key, fields);
    // Map order is insertion order: the user whose command is oldest goes first.
    while (this.open.size > this.o.maxOpen) this.open.delete(this.open.keys().next().value as string);
  }
}
