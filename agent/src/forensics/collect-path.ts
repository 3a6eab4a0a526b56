// Decides whether a path may be collected: it must be absolute; it is canonicalised (symlinks resolved,
// the resolved path is what gets collected and recorded); only regular files qualify, so devices, FIFOs
// and sockets are refused, and so is anything under /proc and /sys (pseudo-files that lie about their
// size or block on read); and the file must fit the size cap. Each refusal names its reason.
import { realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { printable } from '../commands/grammar.js';

export type CollectCheck = { ok: true; requested: string; resolved: string; stat: Stats } | { ok: false; reason: string };

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

export function checkCollectPath(path: string, maxBytes: number): CollectCheck {
  const text = checkCollectPathText(path);
  if (!text.ok) return text;
  const requested = resolve(text.value);
  if (PSEUDO.test(requested)) return { ok: false, reason: `"${printable(requested)}" is a pseudo-file under /proc or /sys; collect real files only` };
  let resolved: string;
  try {
    resolved = realpathSync(requested);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `"${printable(requested)}" does not exist` : `"${printable(requested)}" cannot be resolved (${code ?? 'error'})` };
  }
  if (PSEUDO.test(resolved)) return { ok: false, reason: `"${printable(requested)}" resolves to "${printable(resolved)}", a pseudo-file under /proc or /sys` };
  let st: Stats;
  try {
    st = statSync(resolved);
  } catch (err) {
    return { ok: false, reason: `"${printable(resolved)}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!st.isFile()) return { ok: false, reason: `"${printable(resolved)}" is ${kindOf(st)}; only regular files are collected` };
  if (st.size > maxBytes) return { ok: false, reason: `"${printable(resolved)}" is ${st.size} bytes, over the cap of ${maxBytes} bytes` };
  return { ok: true, requested, resolved, stat: st };
}
