// Maps socket inodes to the owning process by reading every /proc/PID/fd link ("socket:[INODE]").
// This is the costly part of the network sensor, so it runs only when unknown inodes appear; triage
// uses it for its socket list too.
import { readdirSync } from 'node:fs';
import type { ProcFiles } from '../common/proc-files.js';
import { escapeControl } from '../common/sanitize.js';
import { splitDeleted } from '../process/procfs.js';

export interface SocketOwner {
  pid: number;
  exe: string;
}

export class SocketOwners {
  private owners = new Map<number, SocketOwner>();
  scans = 0;

  constructor(
    private readonly procRoot: string,
    private readonly files: ProcFiles,
  ) {}

  get(inode: number): SocketOwner | undefined {
    return this.owners.get(inode);
  }

  /** Rebuilds the map from a full scan; processes that vanish mid-scan are skipped. */
  rescan(): void {
    this.scans += 1;
    const next = new Map<number, SocketOwner>();
    let pids: string[];
    try {
      pids = readdirSync(this.procRoot);
    } catch {
      return;
    }
    for (const name of pids) {
      const c = name.charCodeAt(0);
      if (c < 48 || c > 57) continue;
      const fdDir = `${this.procRoot}/${name}/fd`;
      let fds: string[];
      try {
        fds = readdirSync(fdDir);
      } catch {
        continue;
      }
      let exe: string | undefined;
      const pid = Number(name);
      for (const fd of fds) {
        const link = this.files.readLink(`${fdDir}/${fd}`);
        if (!link || !link.startsWith('socket:[')) continue;
        const inode = Number(link.slice(8, -1));
        if (next.has(inode)) continue;
        exe ??= this.files.readLink(`${this.procRoot}/${name}/exe`) ?? '';
        next.set(inode, { pid, exe: escapeControl(splitDeleted(exe).path) });
      }
    }
    this.owners = next;
  }
}
