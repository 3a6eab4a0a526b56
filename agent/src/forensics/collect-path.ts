// Decides whether a path may be collected: it must be absolute; it is canonicalised (symlinks resolved,
// the resolved path is what gets collected and recorded); only regular files qualify, so devices, FIFOs
// and sockets are refused, and so is anything under /proc and /sys (pseudo-files that lie about their
// size or block on read); the file must fit the size cap; and the collection policy (collect-policy.ts)
// must admit the resolved target by name, inode and first bytes. Each refusal names its reason.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { printable } from '../shared/grammar.js';
import type { CollectGrant, CollectPolicy, PolicyVerdict } from './collect-policy.js';

export type CollectCheck = { ok: true; requested: string; resolved: string; stat: Stats; credential?: string } | { ok: false; reason: string };

const PSEUDO = /^\/(proc|sys)(\/|$)/;

/** The parameter grammar alone (no I/O): absolute, bounded, no NUL. */
export function checkCollectPathText(path: unknown, maxLength = 4096): { ok: true; value: string } | { ok: false; reason: string } {
  if (typeof path !== 'string' || path.length === 0) return { ok: false, reason: 'path is empty' };
  if (path.length > maxLength) return { ok: false, reason: `path exceeds ${maxLength} characters` };
  if (path.includes('\0')) return { ok: false, reason: 'path contains a NUL byte' };
  if (!isAbsolute(path)) return { ok: false, reason: `path "${printable(path)}" is relative; an absolute path is required` };
  return { ok: true, value: path };
}

function kindOf(st: Stats): string {
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** The first bytes of an open file (read with pread, so the offset stays at 0). */
export function readHead(fd: number, bytes: number): Buffer {
  const buf = Buffer.alloc(bytes);
  let n = 0;
  while (n < bytes) {
    const got = readSync(fd, buf, n, bytes - n, n);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}

/** The content and inode checks of the policy on an open file; throws nothing, returns the verdict. */
export function inspectOpenFile(policy: CollectPolicy, fd: number, shown: string, grant: CollectGrant): PolicyVerdict {
  const st = fstatSync(fd);
  const inode = policy.checkInode(st, shown);
  if (!inode.ok) return inode;
  const content = policy.checkContent(readHead(fd, policy.options.inspectBytes), shown);
  if (!content.ok) return content;
  return policy.admit(inode.credential ?? content.credential, grant);
}

export function checkCollectPath(path: string, maxBytes: number, policy: CollectPolicy, grant: CollectGrant): CollectCheck {
  const text = checkCollectPathText(path);
  if (!text.ok) return text;
  const requested = resolve(text.value);
  if (PSEUDO.test(requested)) return { ok: false, reason: `"${printable(requested)}" is a pseudo-file under /proc or /sys; collect real files only` };
  let resolved: string;
  try {
    resolved = realpathSync(requested);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? `"${printable(requested)}" does not exist` : `"${printable(requested)}" cannot be resolved (${code ?? 'error'})`,
    };
  }
  if (PSEUDO.test(resolved)) return { ok: false, reason: `"${printable(requested)}" resolves to "${printable(resolved)}", a pseudo-file under /proc or /sys` };
  const named = policy.checkPath(requested, resolved);
  if (!named.ok) return named;
  let st: Stats;
  try {
    st = statSync(resolved);
  } catch (err) {
    return { ok: false, reason: `"${printable(resolved)}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!st.isFile()) return { ok: false, reason: `"${printable(resolved)}" is ${kindOf(st)}; only regular files are collected` };
  if (st.size > maxBytes) return { ok: false, reason: `"${printable(resolved)}" is ${st.size} bytes, over the cap of ${maxBytes} bytes` };
  let fd: number;
  try {
    fd = openSync(resolved, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, reason: `"${printable(resolved)}" cannot be opened (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  let held: PolicyVerdict;
  try {
    const now = fstatSync(fd);
    if (now.dev !== st.dev || now.ino !== st.ino) return { ok: false, reason: `"${printable(resolved)}" changed while it was checked` };
    held = inspectOpenFile(policy, fd, resolved, grant);
  } finally {
    closeSync(fd);
  }
  if (!held.ok) return held;
  const admitted = policy.admit(named.credential ?? held.credential, grant);
  if (!admitted.ok) return admitted;
  return { ok: true, requested, resolved, stat: st, ...(admitted.credential ? { credential: admitted.credential } : {}) };
}
