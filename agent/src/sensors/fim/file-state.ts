// What the baseline remembers about a watched path, and how two states compare: content, inode and
// mtime (a file), type and link target; mode and owner are an attributes change.
import { lstat, readlink } from 'node:fs/promises';
import { HashQueue } from '../common/hash-file.js';

export interface FileStateJson {
  exists: boolean;
  sha256: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtimeMs: number;
  inode: number;
  linkTarget: string;
  dir: boolean;
}

export const ABSENT: FileStateJson = { exists: false, sha256: '', mode: 0, uid: 0, gid: 0, size: 0, mtimeMs: 0, inode: 0, linkTarget: '', dir: false };

export async function readState(path: string, hashMaxBytes: number, hasher: HashQueue): Promise<{ state: FileStateJson; error?: NodeJS.ErrnoException }> {
  let st;
  try {
    st = await lstat(path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code === 'ENOENT' || e.code === 'ENOTDIR' ? { state: ABSENT } : { state: ABSENT, error: e };
  }
  const state: FileStateJson = {
    exists: true,
    sha256: '',
    mode: st.mode,
    uid: st.uid,
    gid: st.gid,
    size: st.size,
    mtimeMs: Math.floor(st.mtimeMs),
    inode: st.ino,
    linkTarget: '',
    dir: st.isDirectory(),
  };
  if (st.isSymbolicLink()) {
    state.linkTarget = await readlink(path).catch(() => '');
  } else if (st.isFile()) {
    const r = await hasher.hash(path, st.size, hashMaxBytes);
    if ('sha256' in r) state.sha256 = r.sha256;
    else if (r.skipped === 'unreadable') return { state, error: Object.assign(new Error(`cannot read ${path}`), { code: 'EACCES' }) };
  }
  return { state };
}

export type Verdict = 'created' | 'deleted' | 'modified' | 'attributes' | 'same';

export function compare(before: FileStateJson, after: FileStateJson): Verdict {
  if (!before.exists && !after.exists) return 'same';
  if (!before.exists) return 'created';
  if (!after.exists) return 'deleted';
  const typeChanged = (before.mode & 0o170000) !== (after.mode & 0o170000);
  if (typeChanged || before.linkTarget !== after.linkTarget) return 'modified';
  if (!before.dir) {
    const contentKnown = before.sha256 !== '' && after.sha256 !== '';
    if (contentKnown ? before.sha256 !== after.sha256 : before.size !== after.size) return 'modified';
    // Rewritten with identical content (an authorized_keys saved again, a file swapped for a copy of
    // itself, a touch to hide a change): a new inode or mtime is still a write to a persistence file.
    if (before.inode !== after.inode || before.mtimeMs !== after.mtimeMs) return 'modified';
  } else if (before.inode !== after.inode) return 'modified';
  if ((before.mode & 0o7777) !== (after.mode & 0o7777) || before.uid !== after.uid || before.gid !== after.gid) return 'attributes';
  return 'same';
}
