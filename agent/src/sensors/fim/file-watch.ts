// Watches single files (/etc/passwd, an authorized_keys) through their folder, never through the file:
// useradd, vipw, editors and sed -i replace a file by renaming a temp file over it, which kills any watch
// on the old inode. Each real folder is watched once, non-recursively, and only its events for the wanted
// names count; a file whose folder does not exist yet is watched through its nearest existing ancestor
// and the watch moves down as folders appear (or up as they vanish).
import { watch, lstatSync, realpathSync, type FSWatcher } from 'node:fs';
import { dirname, sep } from 'node:path';

interface DirWatch {
  watcher: FSWatcher;
  inode: number;
  /** name in this folder -> the watched files it leads to (the file itself, or a missing folder on its way). */
  names: Map<string, Set<string>>;
}

export class FileWatcher {
  private readonly dirs = new Map<string, DirWatch>();
  private readonly files = new Set<string>();
  private closed = false;

  /** `onChange(file)` runs for every event that may have changed `file` (the caller re-reads it after settling). */
  constructor(
    private readonly onChange: (file: string) => void,
    private readonly onError: (dir: string, err: Error) => void,
  ) {}

  add(files: Iterable<string>): void {
    for (const f of files) this.files.add(f);
    this.rearm();
  }

  close(): void {
    this.closed = true;
    for (const d of this.dirs.values()) d.watcher.close();
    this.dirs.clear();
  }

  /** Recomputes which folder stands in for each file and (re)opens exactly one watch per folder. */
  private rearm(): void {
    if (this.closed) return;
    const wanted = new Map<string, { inode: number; names: Map<string, Set<string>> }>();
    for (const f of this.files) {
      const { dir, inode, name } = nearestDir(f);
      let w = wanted.get(dir);
      if (!w) wanted.set(dir, (w = { inode, names: new Map() }));
      let set = w.names.get(name);
      if (!set) w.names.set(name, (set = new Set()));
      set.add(f);
    }
    for (const [dir, d] of this.dirs) {
      const w = wanted.get(dir);
      if (!w || w.inode !== d.inode) {
        d.watcher.close();
        this.dirs.delete(dir);
      } else d.names = w.names;
    }
    for (const [dir, w] of wanted) {
      if (this.dirs.has(dir)) continue;
      let watcher: FSWatcher;
      try {
        watcher = watch(dir, { persistent: false }, (_event, name) => this.onEvent(dir, name === null ? '' : String(name)));
      } catch (err) {
        this.onError(dir, err as Error);
        continue;
      }
      watcher.on('error', (err) => {
        // The folder itself went away: fall back to its ancestor.
        this.dirs.get(dir)?.watcher.close();
        this.dirs.delete(dir);
        this.onError(dir, err);
        this.rearm();
      });
      this.dirs.set(dir, { watcher, inode: w.inode, names: w.names });
    }
  }

  private onEvent(dir: string, name: string): void {
    const d = this.dirs.get(dir);
    if (!d) return;
    const hits = name ? d.names.get(name) : new Set([...d.names.values()].flatMap((s) => [...s]));
    if (!hits?.size && name) {
      // An event about the folder itself (deleted or replaced) shows as its own name or none.
      if (!sameDir(dir, d.inode)) this.rearmAndMark(d);
      return;
    }
    let moved = false;
    for (const f of hits ?? []) {
      if (dirname(f) !== dir) moved = true;
      this.onChange(f);
    }
    if (moved || !sameDir(dir, d.inode)) this.rearmAndMark(d);
  }

  /** A folder on the way appeared or vanished: move the watches, then re-check every file they stand for. */
  private rearmAndMark(d: DirWatch): void {
    const files = [...d.names.values()].flatMap((s) => [...s]);
    this.rearm();
    for (const f of files) this.onChange(f);
  }
}

/** The nearest existing real folder above `file`, and the name in it that leads to `file`. */
function nearestDir(file: string): { dir: string; inode: number; name: string } {
  let child = file;
  let dir = dirname(file);
  for (;;) {
    try {
      const st = lstatSync(dir);
      if (st.isDirectory()) return { dir, inode: st.ino, name: child.slice(dir === sep ? 1 : dir.length + 1).split(sep)[0]! };
      if (st.isSymbolicLink()) {
        // A symlinked folder (merged /usr: /bin -> usr/bin): watch the real folder it points at.
        const real = realpathSync(dir);
        const rst = lstatSync(real);
        if (rst.isDirectory()) return { dir: real, inode: rst.ino, name: child.slice(dir.length + 1).split(sep)[0]! };
      }
    } catch {
      // missing (or dangling): try the parent
    }
    if (dir === sep) return { dir, inode: 0, name: child.slice(1).split(sep)[0]! };
    child = dir;
    dir = dirname(dir);
  }
}

function sameDir(dir: string, inode: number): boolean {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.ino === inode;
  } catch {
    return false;
  }
}
