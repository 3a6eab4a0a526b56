// Triage: where an intruder leaves a way back in. Crontabs, systemd units changed recently, authorized_keys,
// ld.so.preload, rc files and shell profiles (system-wide and in every home folder), each with its hash,
// owner, mode, time and the start of its content; plus SUID/SGID files in places users can write.
import { lstatSync, readdirSync, readlinkSync, openSync, readSync, closeSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { PasswdEntry } from '../sensors/common/users.js';

export interface PersistenceFile {
  category: 'cron' | 'systemd' | 'authorized_keys' | 'ld_preload' | 'rc' | 'profile';
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
    return readdirSync(dir).sort().map((n) => join(dir, n));
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
  const candidates: Array<[PersistenceFile['category'], string, ((st: Stats) => boolean)?]> = [];
  const add = (cat: PersistenceFile['category'], paths: string[], filter?: (st: Stats) => boolean) => {
    for (const p of paths) candidates.push([cat, p, filter]);
  };
  add('cron', ['/etc/crontab', '/etc/anacrontab']);
  for (const d of ['/etc/cron.d', '/etc/cron.hourly', '/etc/cron.daily', '/etc/cron.weekly', '/etc/cron.monthly', '/var/spool/cron/crontabs', '/var/spool/cron']) add('cron', list(root + d).map((p) => p.slice(root.length)));
  const recent = (st: Stats) => o.nowMs - st.mtimeMs <= o.recentUnitDays * 86_400_000;
  for (const d of ['/etc/systemd/system', '/run/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system', '/etc/systemd/user']) {
    for (const p of list(root + d)) {
      add('systemd', [p.slice(root.length)], recent);
      if (p.endsWith('.wants') || p.endsWith('.d')) add('systemd', list(p).map((q) => q.slice(root.length)), recent);
    }
  }
  add('ld_preload', ['/etc/ld.so.preload']);
  add('rc', ['/etc/rc.local', '/etc/rc.d/rc.local']);
  add('profile', ['/etc/profile', '/etc/bash.bashrc', '/etc/bashrc', '/etc/environment', '/etc/zsh/zshrc', ...list(root + '/etc/profile.d').map((p) => p.slice(root.length))]);
  const homes = new Set(o.homes.map((h) => h.home).filter((h) => h.startsWith('/') && h !== '/'));
  homes.add('/root');
  for (const home of [...homes].sort()) {
    add('authorized_keys', [`${home}/.ssh/authorized_keys`, `${home}/.ssh/authorized_keys2`]);
    add('profile', ['.bashrc', '.bash_profile', '.bash_login', '.profile', '.zshrc', '.zprofile', '.bash_logout'].map((f) => `${home}/${f}`));
    add('systemd', list(`${root}${home}/.config/systemd/user`).map((p) => p.slice(root.length)), recent);
    add('rc', [`${home}/.config/autostart`].flatMap((d) => list(root + d).map((p) => p.slice(root.length))));
  }
  const files: PersistenceFile[] = [];
  const seen = new Set<string>();
  let truncated = false;
  for (const [category, path, filter] of candidates) {
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
    const base = { category, path, size: st.size, mode: (st.mode & 0o7777).toString(8).padStart(4, '0'), uid: st.uid, gid: st.gid, mtimeMs: Math.round(st.mtimeMs) };
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
    const head = readHead(root + path, o.maxContentBytes, st.size);
    files.push({ ...base, sha256: head.sha256, content: head.content, contentTruncated: head.truncated });
  }
  return { files, truncated };
}

/** SUID/SGID regular files under the given roots (no symlinks followed, no other filesystems' /proc). */
export function suidFiles(roots: string[], o: { maxDepth: number; maxEntries: number; root?: string }): { files: SuidFile[]; walked: number; truncated: boolean } {
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
        files.push({ path: p, mode: (st.mode & 0o7777).toString(8).padStart(4, '0'), uid: st.uid, gid: st.gid, size: st.size, mtimeMs: Math.round(st.mtimeMs), sha256: head.sha256 });
      }
    }
  };
  for (const r of roots) walk(r, 0);
  return { files, walked, truncated };
}
