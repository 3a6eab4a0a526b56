// A bounded picture of the host's processes, fed by kernel exec, fork and exit events (and a /proc scan at
// start), so a `sh -c` that lived 2 ms still names itself as the parent of what it ran, with the whole
// chain above it. Exited processes stay until evicted, since their children's events may arrive later.
export interface ProcEntry {
  pid: number;
  ppid: number;
  exe: string;
  argv: string[];
  exitedAt?: number;
  /** Exec'd before its fork was seen: exec comes from audit, fork from the connector, two sockets with no order between them. */
  forkPending?: boolean;
}

export interface Ancestor {
  pid: number;
  exe: string;
  argv: string[];
}

export interface ProcessTableOptions {
  maxEntries: number;
  maxDepth: number;
  /** An ancestor's argv is cut to this many arguments and this many characters. */
  maxAncestorArgs: number;
  maxAncestorChars: number;
}

export class ProcessTable {
  private readonly entries = new Map<number, ProcEntry>();

  constructor(
    private readonly opts: ProcessTableOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(pid: number): ProcEntry | undefined {
    return this.entries.get(pid);
  }

  /** A process image started (exec): it keeps its pid, and its parent is what the kernel said. */
  exec(pid: number, ppid: number, exe: string, argv: string[]): void {
    const before = this.entries.get(pid);
    // The connector's fork (and often its exit) usually come first; an entry of the same parent is that fork.
    const forkSeen = before !== undefined && before.ppid === ppid && !before.forkPending;
    this.put({ pid, ppid, exe, argv, ...(forkSeen ? {} : { forkPending: true }) });
  }

  /** A new process: until it execs it runs its parent's image. */
  fork(parentPid: number, childPid: number): void {
    const known = this.entries.get(childPid);
    // Its exec was read first: the fork is old news, and must not put the parent's image back. (The connector
    // sends a process's exit after its fork, so an entry already exited is an older process of that pid.)
    if (known?.forkPending && known.ppid === parentPid && known.exitedAt === undefined) {
      delete known.forkPending;
      return;
    }
    const parent = this.entries.get(parentPid);
    this.put({ pid: childPid, ppid: parentPid, exe: parent?.exe ?? '', argv: parent?.argv ?? [] });
  }

  exit(pid: number): void {
    const e = this.entries.get(pid);
    if (e) e.exitedAt = this.now();
  }

  /** The chain above `ppid`: the parent first, at most maxDepth links, stopping at pid 0/1 or a loop. */
  ancestors(ppid: number): Ancestor[] {
    const out: Ancestor[] = [];
    const seen = new Set<number>();
    let pid = ppid;
    while (pid > 0 && out.length < this.opts.maxDepth && !seen.has(pid)) {
      seen.add(pid);
      const e = this.entries.get(pid);
      if (!e) break;
      out.push({ pid: e.pid, exe: e.exe, argv: this.cut(e.argv) });
      if (pid === 1) break;
      pid = e.ppid;
    }
    return out;
  }

  private cut(argv: string[]): string[] {
    const out: string[] = [];
    let chars = 0;
    for (const a of argv) {
      if (out.length >= this.opts.maxAncestorArgs || chars >= this.opts.maxAncestorChars) break;
      const part = a.length + chars > this.opts.maxAncestorChars ? a.slice(0, this.opts.maxAncestorChars - chars) : a;
      out.push(part);
      chars += part.length;
    }
    return out;
  }

  private put(e: ProcEntry): void {
    this.entries.delete(e.pid);
    this.entries.set(e.pid, e);
    while (this.entries.size > this.opts.maxEntries) this.evictOne();
  }

  /** The oldest exited entry goes first; if none in the oldest 64, the oldest entry. */
  private evictOne(): void {
    let n = 0;
    for (const [pid, e] of this.entries) {
      if (e.exitedAt !== undefined) {
        this.entries.delete(pid);
        return;
      }
      if (++n >= 64) break;
    }
    const first = this.entries.keys().next();
    if (!first.done) this.entries.delete(first.value);
  }
}
