// uid -> user name and home directory from the passwd file, re-read only when the file changes,
// so the process sensor can name users without a lookup per process.
import { statSync, readFileSync } from 'node:fs';

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

export function parsePasswd(text: string): PasswdEntry[] {
  const out: PasswdEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split(':');
    if (f.length < 7) continue;
    const uid = Number(f[2]);
    const gid = Number(f[3]);
    if (!Number.isInteger(uid) || !Number.isInteger(gid)) continue;
    out.push({ name: f[0]!, uid, gid, home: f[5]!, shell: f[6]! });
  }
  return out;
}

export class UserDirectory {
  private byUid = new Map<number, PasswdEntry>();
  private entries: PasswdEntry[] = [];
  private stamp = '';
  private lastCheck = 0;

  constructor(
    private readonly passwdPath = '/etc/passwd',
    private readonly recheckMs = 2000,
    private readonly now: () => number = Date.now,
  ) {}

  private refresh(): void {
    const t = this.now();
    if (t - this.lastCheck < this.recheckMs && this.stamp) return;
    this.lastCheck = t;
    try {
      const st = statSync(this.passwdPath);
      const stamp = `${st.ino}:${st.mtimeMs}:${st.size}`;
      if (stamp === this.stamp) return;
      this.entries = parsePasswd(readFileSync(this.passwdPath, 'utf8'));
      // The first entry of a uid names it, as getpwuid() does: a uid 0 alias appended later ("toor") must not
      // rename root in every event.
      this.byUid = new Map();
      for (const e of this.entries) if (!this.byUid.has(e.uid)) this.byUid.set(e.uid, e);
      this.stamp = stamp;
    } catch {
      this.stamp = 'missing';
    }
  }

  nameOf(uid: number): string {
    this.refresh();
    return this.byUid.get(uid)?.name ?? '';
  }

  all(): PasswdEntry[] {
    this.refresh();
    return this.entries;
  }
}
