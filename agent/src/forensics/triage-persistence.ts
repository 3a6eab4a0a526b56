// Triage: where an intruder leaves a way back in: every location of the persistence list
// (../sensors/persistence-paths.ts: crontabs, systemd units changed recently, authorized_keys,
// ld.so.preload, rc files, shell profiles system-wide and in every home folder, PAM, udev, modules...),
// each with its hash, owner, mode, time and the start of its content (none for password hashes); plus
// SUID/SGID files in places users can write.
import { lstatSync, readdirSync, readlinkSync, openSync, readSync, closeSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { PasswdEntry } from '../sensors/common/users.js';
import { expandPersistencePaths } from '../sensors/persistence-paths.js';

/** Older triage names for some locations, kept so snapshots read as before. */
const CATEGORY: Record<string, string> = { ssh_keys: 'authorized_keys', shell_profile: 'profile', rc_local: 'rc', autostart: 'rc' };
const PACKAGE_OWNED = /^\/(?:usr\/)?lib(?:64)?\//;

export interface PersistenceFile {
  /** The location's kind: the persistence list's watch name (cron, systemd, shell_profile, ...), with the older names authorized_keys, profile and rc kept. */
  category: string;
  path: string;
  size: number;
  mode: string;
  uid: number;
  gid: number;
  mtimeMs: number;
  sha256: string;
  content: string;
  contentTruncated: boolean;
  linkTarget?: string;
}

export interface SuidFile {
  path: string;
  mode: string;
  uid: number;
  gid: number;
  size: number;
  mtimeMs: number;
  sha256: string;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir)
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

function readHead(path: string, max: number, size: number): { sha256: string; content: string; truncated: boolean } {
  const hash = createHash('sha256');
  let content = Buffer.alloc(0);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return { sha256: '', content: '', truncated: false };
  }
  try {
    const buf = Buffer.allocUnsafe(64 * 1024);
    let read = 0;
    // hash whole files up to 16 MiB (crontabs and profiles are tiny; a huge "profile" is itself a finding)
    while (read < Math.min(size, 16 * 1024 * 1024)) {
      const n = readSync(fd, buf, 0, buf.length, read);
      if (n <= 0) break;
      hash.update(buf.subarray(0, n));
      if (content.length < max) content = Buffer.concat([content, buf.subarray(0, Math.min(n, max - content.length))]);
      read += n;
    }
    return { sha256: read === size ? hash.digest('hex') : '', content: content.toString('utf8'), truncated: size > content.length };
  } catch {
    return { sha256: '', content: '', truncated: false };
  } finally {
    closeSync(fd);
  }
}

export interface PersistenceOptions {
  homes: PasswdEntry[];
  recentUnitDays: number;
  maxFiles: number;
  maxContentBytes: number;
  nowMs: number;
  /** Prefix for every path (tests point it at a fixture tree); "" on a real host. */
  root?: string;
}

export function persistence(o: PersistenceOptions): { files: PersistenceFile[]; truncated: boolean } {
  const root = o.root ?? '';
  const candidates: Array<[string, string, ((st: Stats) => boolean) | undefined, boolean]> = [];
  const recent = (st: Stats) => o.nowMs - st.mtimeMs <= o.recentUnitDays * 86_400_000;
  const homes = new Map(o.homes.filter((h) => h.home.startsWith('/') && h.home !== '/').map((h) => [h.name, h.home]));
  if (![...homes.values()].includes('/root')) homes.set('root', '/root');
  // Single files first (authorized_keys, rc files, ld.so.preload): a cap cut by a big folder never hides them.
  const locations = expandPersistencePaths(homes).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'file' ? -1 : 1));
  for (const loc of locations) {
    const category = CATEGORY[loc.watch] ?? loc.watch;
    // Units, rules and modules that packages install are many and old: only recent ones are news.
    const filter = loc.watch === 'systemd' || PACKAGE_OWNED.test(loc.path) ? recent : undefined;
    if (loc.kind === 'file') {
      candidates.push([category, loc.path, filter, loc.secret ?? false]);
      continue;
    }
    for (const p of list(root + loc.path)) {
      candidates.push([category, p.slice(root.length), filter, false]);
      // One level further for trees (systemd's *.wants and *.d, /var/spool/cron/crontabs).
      if (loc.recursive) for (const q of list(p)) candidates.push([category, q.slice(root.length), filter, false]);
    }
  }
  const files: PersistenceFile[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (const [category, path, filter, secret] of candidates) {
    if (seen.has(path)) continue;
    seen.add(path);
    let st: Stats;
    try {
      st = lstatSync(root + path);
    } catch {
      continue;
    }
    if (st.isDirectory() || (filter && !filter(st))) continue;
    if (files.length >= o.maxFiles) {
      truncated = true;
      break;
    }
    const base = {
      category,
      path,
      size: st.size,
      mode: (st.mode & 0o7777).toString(8).padStart(4, '0'),
      uid: st.uid,
      gid: st.gid,
      mtimeMs: Math.round(st.mtimeMs),
    };
    if (st.isSymbolicLink()) {
      let target: string;
      try {
        target = readlinkSync(root + path);
      } catch {
        target = '';
      }
      files.push({ ...base, sha256: '', content: '', contentTruncated: false, linkTarget: target });
      continue;
    }
    if (!st.isFile()) continue;
    const head = readHead(root + path, secret ? 0 : o.maxContentBytes, st.size);
    files.push({ ...base, sha256: head.sha256, content: head.content, contentTruncated: head.truncated });
  }
  return { files, truncated };
}

/** SUID/SGID regular files under the given roots (no symlinks followed, no other filesystems' /proc). */
export function suidFiles(
  roots: string[],
  o: { maxDepth: number; maxEntries: number; root?: string },
): { files: SuidFile[]; walked: number; truncated: boolean } {
  const prefix = o.root ?? '';
  const files: SuidFile[] = [];
  let walked = 0;
  let truncated = false;
  const walk = (dir: string, depth: number) => {
    if (depth > o.maxDepth || truncated) return;
    let names: string[];
    try {
      names = readdirSync(prefix + dir);
    } catch {
      return;
    }
    for (const n of names) {
      if (++walked > o.maxEntries) {
        truncated = true;
        return;
      }
      const p = dir === '/' ? `/${n}` : `${dir}/${n}`;
      let st: Stats;
      try {
        st = lstatSync(prefix + p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p, depth + 1);
      else if (st.isFile() && st.mode & 0o6000) {
        const head = readHead(prefix + p, 0, st.size);
        files.push({
          path: p,
          mode: (st.mode & 0o7777).toString(8).padStart(4, '0'),
          uid: st.uid,
          gid: st.gid,
          size: st.size,
          mtimeMs: Math.round(st.mtimeMs),
          sha256: head.sha256,
        });
      }
    }
  };
  for (const r of roots) walk(r, 0);
  return { files, walked, truncated };
}
