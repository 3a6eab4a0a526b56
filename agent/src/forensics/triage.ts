// The triage snapshot: one JSON document taken at once, with the process tree and hashes, sockets, who is
// and was logged in, recent auth log lines, persistence locations, SUID files in writable places and the
// inventory. Each section is capped by a named option and says when it was cut; the whole document is
// capped too (the largest sections shrink first), so a busy host cannot produce an unbounded snapshot.
import { execFile } from 'node:child_process';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { vigil } from '@vigil/proto';
import { UserDirectory, parsePasswd } from '../sensors/common/users.js';
import { escapeControl } from '../sensors/common/sanitize.js';
import { processTree, sockets } from './triage-procs.js';
import { persistence, suidFiles } from './triage-persistence.js';
import { parseUtmp, UTMP_RECORD_BYTES } from './utmp.js';
import type { TriageOptions } from './options.js';

export interface TriageContext {
  options: TriageOptions;
  authLogLines: number;
  inventory: () => Promise<vigil.v1.IHostInventory | undefined>;
  clock?: () => number;
  procRoot?: string;
}

export interface AuthLogTail {
  source: string;
  lines: string[];
  truncatedLines: number;
  error?: string;
}

function clip(line: string, max: number): { text: string; cut: boolean } {
  const clean = escapeControl(line);
  return Buffer.byteLength(clean) > max ? { text: `${Buffer.from(clean).subarray(0, max).toString('utf8')}...`, cut: true } : { text: clean, cut: false };
}

/** Last `n` lines of the first readable auth log, reading backwards from the end in bounded steps. */
export function tailFile(path: string, n: number, maxLineBytes: number): AuthLogTail | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const budget = Math.min(size, n * (maxLineBytes + 1) + 1);
    const buf = Buffer.alloc(budget);
    readSync(fd, buf, 0, budget, size - budget);
    const text = buf.toString('utf8');
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    if (budget < size) lines.shift(); // the first one is probably partial
    let truncatedLines = 0;
    const out = lines.slice(-n).map((l) => {
      const c = clip(l, maxLineBytes);
      if (c.cut) truncatedLines++;
      return c.text;
    });
    return { source: path, lines: out, truncatedLines };
  } finally {
    closeSync(fd);
  }
}

function journalTail(n: number, maxLineBytes: number): Promise<AuthLogTail> {
  return new Promise((resolve) => {
    execFile(
      'journalctl',
      ['--no-pager', '-q', '-o', 'short-iso', '-n', String(n), 'SYSLOG_FACILITY=4', 'SYSLOG_FACILITY=10'],
      { timeout: 10_000, maxBuffer: n * (maxLineBytes + 200) },
      (err, stdout) => {
        if (err && !stdout) return resolve({ source: 'journal', lines: [], truncatedLines: 0, error: (err as Error).message.slice(0, 300) });
        let truncatedLines = 0;
        const lines = String(stdout)
          .split('\n')
          .filter(Boolean)
          .slice(-n)
          .map((l) => {
            const c = clip(l, maxLineBytes);
            if (c.cut) truncatedLines++;
            return c.text;
          });
        resolve({ source: 'journal', lines, truncatedLines });
      },
    );
  });
}

function logins(path: string, max: number): { records: ReturnType<typeof parseUtmp>; error?: string } {
  try {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      const want = Math.min(size - (size % UTMP_RECORD_BYTES), max * UTMP_RECORD_BYTES);
      const buf = Buffer.alloc(want);
      readSync(fd, buf, 0, want, size - (size % UTMP_RECORD_BYTES) - want);
      return { records: parseUtmp(buf) };
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return { records: [], error: `${path}: ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}` };
  }
}

/** Cuts the largest list sections until the document fits maxBytes; returns the JSON text. */
export function fitSnapshot(doc: Record<string, unknown>, maxBytes: number): { json: string; cut: string[] } {
  const cut: string[] = [];
  let json = JSON.stringify(doc);
  const lists: Array<[string, string]> = [
    ['processes', 'items'],
    ['persistence', 'files'],
    ['sockets', 'connections'],
    ['authLog', 'lines'],
    ['suid', 'files'],
    ['logins', 'recent'],
    ['sockets', 'listeners'],
  ];
  for (let round = 0; Buffer.byteLength(json) > maxBytes && round < 64; round++) {
    let biggest: [string, string] | undefined;
    let size = 0;
    for (const [s, k] of lists) {
      const arr = (doc[s] as Record<string, unknown[]> | undefined)?.[k];
      const n = Array.isArray(arr) ? JSON.stringify(arr).length : 0;
      if (n > size) [biggest, size] = [[s, k], n];
    }
    if (!biggest) break;
    const section = doc[biggest[0]] as Record<string, unknown>;
    const arr = section[biggest[1]] as unknown[];
    section[biggest[1]] = arr.slice(0, Math.floor(arr.length / 2));
    section.truncated = true;
    cut.push(`${biggest[0]}.${biggest[1]}`);
    json = JSON.stringify(doc);
  }
  return { json, cut: [...new Set(cut)] };
}

export async function takeTriage(ctx: TriageContext): Promise<{ json: string; summary: Record<string, unknown> }> {
  const o = ctx.options;
  const now = (ctx.clock ?? Date.now)();
  const procRoot = ctx.procRoot ?? '/proc';
  const users = new UserDirectory(o.passwdPath);
  let homes: ReturnType<typeof parsePasswd>;
  try {
    homes = parsePasswd(readFileSync(o.passwdPath, 'utf8'));
  } catch {
    homes = [];
  }
  const [procs, inventory, auth] = await Promise.all([
    processTree(procRoot, users, { maxProcesses: o.maxProcesses, hashMaxBytes: o.hashMaxBytes }),
    ctx.inventory().catch(() => undefined),
    (async () => {
      for (const p of o.authLogPaths) {
        const t = tailFile(p, ctx.authLogLines, o.maxLineBytes);
        if (t) return t;
      }
      return journalTail(ctx.authLogLines, o.maxLineBytes);
    })(),
  ]);
  const socks = sockets(procRoot, o.maxSockets);
  const current = logins(o.utmpPath, o.maxLogins);
  const recent = logins(o.wtmpPath, o.maxLogins);
  const pers = persistence({
    homes,
    recentUnitDays: o.recentUnitDays,
    maxFiles: o.maxPersistenceFiles,
    maxContentBytes: o.maxPersistenceContentBytes,
    nowMs: now,
  });
  const suid = suidFiles(o.suidRoots, { maxDepth: o.suidMaxDepth, maxEntries: o.suidMaxEntries });
  const doc: Record<string, unknown> = {
    takenAtMs: now,
    processes: { total: procs.total, items: procs.processes, truncated: procs.processes.length < procs.total },
    sockets: {
      total: socks.total,
      connections: socks.connections,
      listeners: socks.listeners,
      truncated: socks.connections.length + socks.listeners.length < socks.total,
    },
    logins: {
      current: current.records.filter((r) => r.type === 'user'),
      recent: recent.records.filter((r) => r.type === 'user' || r.type === 'boot').reverse(),
      errors: [current.error, recent.error].filter(Boolean),
    },
    authLog: auth,
    persistence: { files: pers.files, truncated: pers.truncated },
    suid: { roots: o.suidRoots, files: suid.files, walked: suid.walked, truncated: suid.truncated },
    inventory: inventory ?? null,
  };
  const fitted = fitSnapshot(doc, o.maxSnapshotBytes);
  return {
    json: fitted.json,
    summary: {
      processes: procs.processes.length,
      connections: socks.connections.length,
      listeners: socks.listeners.length,
      loggedIn: (doc.logins as { current: unknown[] }).current.length,
      authLogLines: auth.lines.length,
      authLogSource: auth.source,
      persistenceFiles: pers.files.length,
      suidFiles: suid.files.length,
      cut: fitted.cut,
    },
  };
}
