// File integrity sensor: keeps a persisted baseline (hash, mode, owner, size, inode, mtime) of the files
// attackers touch (../persistence-paths.ts) and reports each change with the state before and after; a
// file rewritten with identical content is a change too. Changes settle for a moment before
// they are judged, so an editor's or sed -i's write-temp-then-rename reads as a modification of the
// watched path, and a plain rename (same inode, new name) reads as one rename. Folders are watched as
// trees with chokidar; single files through their folder by name (file-watch.ts), so a file replaced
// by rename keeps being watched.
import { lstat, readdir } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { vigil } from '@vigil/proto';
import type { Sensor, SensorContext } from '../sensor.js';
import { StateFile } from '../common/state-file.js';
import { HashQueue } from '../common/hash-file.js';
import { BUILTIN_WATCHES, userWatches, type Watch } from './default-watches.js';
import { ABSENT, compare, readState, type FileStateJson } from './file-state.js';
import { fimSensorOptions, type FimSensorOptions } from './options.js';
import { FileWatcher } from './file-watch.js';

interface Baseline {
  version: 1;
  files: Record<string, FileStateJson>;
}

export class FimSensor implements Sensor {
  readonly name = 'fim';
  private readonly opts: FimSensorOptions;
  private ctx?: SensorContext;
  private store?: StateFile<Baseline>;
  private baseline = new Map<string, FileStateJson>();
  private roots: Watch[] = [];
  private watchers: FSWatcher[] = [];
  private fileWatcher?: FileWatcher;
  private readonly treeRoots = new Set<string>();
  /** Paths whose judgement waits for a writer's lock file to go away, with when the wait began. */
  private readonly locked = new Map<string, number>();
  private dirty = new Set<string>();
  private settleTimer?: NodeJS.Timeout;
  private verifyTimer?: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  private stopped = true;
  private readonly hasher = new HashQueue();

  constructor(options: Partial<FimSensorOptions> = {}) {
    this.opts = fimSensorOptions.parse(options);
  }

  /** The watched roots (built-in, users' authorized_keys, configured). */
  get watches(): Watch[] {
    return this.roots;
  }

  async start(ctx: SensorContext): Promise<void> {
    this.ctx = ctx;
    this.stopped = false;
    this.store = new StateFile<Baseline>(ctx.stateDir, 'fim-baseline.json');
    const roots = [
      ...(this.opts.builtinWatches ? BUILTIN_WATCHES : []),
      ...(this.opts.authorizedKeys ? userWatches(this.opts.passwdPath) : []),
      ...this.opts.extraPaths,
    ];
    // Merged-/usr hosts reach /usr/lib/systemd/system also as /lib/systemd/system: watch each real folder once.
    const seen = new Set<string>();
    this.roots = roots.filter((r) => {
      const real = realOrSelf(r.path);
      if (seen.has(r.path) || seen.has(real)) return false;
      seen.add(r.path);
      seen.add(real);
      return true;
    });
    const saved = this.store.read();
    const current = await this.scanAll();
    if (saved?.version === 1) {
      // Whatever changed while the agent was not running is reported now.
      this.baseline = new Map(Object.entries(saved.files));
      this.reconcile(current, new Set([...this.baseline.keys(), ...current.keys()]));
    } else {
      this.baseline = current;
    }
    this.persist();
    await this.startWatchers(this.roots);
    if (this.opts.verifyMs > 0) {
      this.verifyTimer = setInterval(() => void this.enqueue(() => this.verify()), this.opts.verifyMs);
      this.verifyTimer.unref?.();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    if (this.verifyTimer) clearInterval(this.verifyTimer);
    this.fileWatcher?.close();
    this.fileWatcher = undefined;
    await Promise.all(this.watchers.map((w) => w.close()));
    this.watchers = [];
    this.treeRoots.clear();
    this.locked.clear();
    await this.chain;
    if (this.dirty.size) await this.processDirty();
  }

  /** Judges pending changes now (tests use this instead of waiting for the settle timer). */
  flush(): Promise<void> {
    if (this.settleTimer) clearTimeout(this.settleTimer);
    return this.enqueue(() => this.processDirty());
  }

  /** The rule that covers a path, or undefined if it is outside every watch. */
  ruleFor(path: string): string | undefined {
    let best: Watch | undefined;
    for (const r of this.roots) {
      if (path !== r.path && !path.startsWith(`${r.path}/`)) continue;
      const depth = path === r.path ? 0 : path.slice(r.path.length + 1).split('/').length;
      if (depth > this.opts.depth + 1) continue;
      if (!best || r.path.length > best.path.length) best = r;
    }
    return best?.watch;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(job).catch((err: unknown) => this.ctx?.logger.error({ err }, 'file integrity check failed'));
    return this.chain;
  }

  private markDirty(path: string): void {
    if (this.stopped || !this.ruleFor(path)) return;
    this.dirty.add(path);
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => void this.enqueue(() => this.processDirty()), this.opts.settleMs);
    this.settleTimer.unref?.();
  }

  /** Watches more paths from now on (the collector may push extra ones); their current state is the baseline. */
  async addWatches(watches: Watch[]): Promise<Watch[]> {
    if (!this.ctx || this.stopped) return [];
    const known = new Set(this.roots.map((r) => r.path));
    const fresh = watches.filter((w) => !known.has(w.path) && known.add(w.path));
    if (!fresh.length) return [];
    this.roots.push(...fresh);
    await this.enqueue(async () => {
      const current = await this.scanAll(fresh);
      for (const [p, st] of current) if (!this.baseline.has(p) && this.baseline.size < this.opts.maxFiles) this.baseline.set(p, st);
      this.persist();
    });
    await this.startWatchers(fresh);
    return fresh;
  }

  private async startWatchers(roots: Watch[]): Promise<void> {
    const dirRoots: string[] = [];
    const fileRoots: string[] = [];
    for (const r of roots) {
      const st = await lstat(r.path).catch(() => undefined);
      if (st?.isDirectory()) dirRoots.push(r.path);
      else fileRoots.push(r.path);
    }
    // Single files (and folders that do not exist yet) are watched through their folder, by name.
    if (fileRoots.length) {
      this.fileWatcher ??= new FileWatcher(
        (path) => this.markDirty(path),
        (dir, err) => this.ctx?.logger.warn({ err, dir }, 'file integrity folder watch failed'),
      );
      this.fileWatcher.add(fileRoots);
    }
    if (dirRoots.length) await this.watchTrees(dirRoots);
  }

  /** Folders are watched as trees (to the configured depth) with chokidar, each real folder once. */
  private async watchTrees(dirRoots: string[]): Promise<void> {
    const fresh = dirRoots.filter((d) => !this.treeRoots.has(d));
    if (!fresh.length) return;
    for (const d of fresh) this.treeRoots.add(d);
    const onEvent = (event: string, path: string) => {
      if (event === 'unlinkDir') for (const p of this.baseline.keys()) if (p.startsWith(`${path}/`)) this.markDirty(p);
      this.markDirty(path);
    };
    // chokidar's own events skip chmod/chown (no mtime change) and dangling symlinks; the raw
    // inotify events carry them, so they mark the path for a re-check too. chokidar also watches each
    // file of a tree by itself; such a watch reports the file's own name, which is no path below it.
    const onRaw = (_event: string, name: unknown, details: unknown) => {
      const watched = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
      if (typeof watched !== 'string') return;
      this.markDirty(watched);
      const known = this.baseline.get(watched);
      const isFolder = known ? known.dir : !(typeof name === 'string' && name === basename(watched));
      if (isFolder && typeof name === 'string' && name && !name.includes('/')) this.markDirty(join(watched, name));
    };
    const w = watch(fresh, { depth: this.opts.depth, ignoreInitial: true, atomic: false, persistent: false, followSymlinks: false });
    w.on('all', onEvent);
    w.on('raw', onRaw);
    w.on('error', (err) => this.ctx?.logger.warn({ err }, 'file integrity watcher error'));
    this.watchers.push(w);
    await new Promise<void>((resolve) => w.once('ready', () => resolve()));
  }

  /** Current state of every watched path (walking watched directories to the configured depth). */
  private async scanAll(roots: Watch[] = this.roots): Promise<Map<string, FileStateJson>> {
    const out = new Map<string, FileStateJson>();
    const queue: Array<{ path: string; depth: number }> = roots.map((r) => ({ path: r.path, depth: 0 }));
    while (queue.length) {
      const batch = queue.splice(0, 16);
      await Promise.all(
        batch.map(async ({ path, depth }) => {
          if (out.size >= this.opts.maxFiles) {
            this.ctx!.reportProblem({
              sensor: this.name,
              source: path,
              code: 'VIGIL_ERR_SENSOR_LIMIT',
              message: `more than ${this.opts.maxFiles} watched files; the rest is not in the baseline`,
            });
            return;
          }
          const { state, error } = await readState(path, this.opts.hashMaxBytes, this.hasher);
          if (error) this.problem(path, error);
          if (!state.exists) return;
          out.set(path, state);
          if (state.dir && depth <= this.opts.depth) {
            const names = await readdir(path).catch((err: NodeJS.ErrnoException) => {
              this.problem(path, err);
              return [] as string[];
            });
            for (const n of names) queue.push({ path: `${path}/${n}`, depth: depth + 1 });
          }
        }),
      );
    }
    return out;
  }

  private problem(path: string, err: NodeJS.ErrnoException): void {
    this.ctx!.reportProblem({ sensor: this.name, source: path, code: 'VIGIL_ERR_SENSOR_SOURCE', message: `${err.code ?? 'error'}: ${err.message}` });
  }

  private async verify(): Promise<void> {
    const current = await this.scanAll();
    this.reconcile(current, new Set([...this.baseline.keys(), ...current.keys()]));
    this.persist();
  }

  private async processDirty(): Promise<void> {
    const paths: string[] = [];
    const now = Date.now();
    for (const p of this.dirty) {
      // shadow-utils (useradd, usermod, vipw, passwd) hold <file>.lock while they rewrite <file>: judge
      // once they are done, or the check sees the old content and the rename that follows is the only news.
      const since = this.locked.get(p) ?? now;
      if (
        !this.stopped &&
        now - since < this.opts.lockWaitMs &&
        (await lstat(`${p}.lock`).then(
          () => true,
          () => false,
        ))
      )
        this.locked.set(p, since);
      else {
        this.locked.delete(p);
        paths.push(p);
      }
    }
    this.dirty.clear();
    for (const p of this.locked.keys()) this.markDirty(p);
    if (!paths.length) return;
    const current = new Map<string, FileStateJson>();
    await Promise.all(
      paths.map(async (p) => {
        const { state, error } = await readState(p, this.opts.hashMaxBytes, this.hasher);
        if (error) this.problem(p, error);
        if (state.exists) current.set(p, state);
      }),
    );
    this.reconcile(current, new Set(paths));
    this.persist();
    // A watched folder that did not exist at start is watched as a tree from now on.
    const grown = this.roots.filter((r) => current.get(r.path)?.dir && !this.treeRoots.has(r.path));
    if (grown.length && !this.stopped) {
      await this.watchTrees(grown.map((r) => r.path));
      // What was made in it before its tree watch was ready is news too: mkdir ~/.ssh && cat key >> ~/.ssh/authorized_keys.
      const inside = await this.scanAll(grown);
      this.reconcile(inside, new Set(inside.keys()));
      this.persist();
    }
  }

  /** Compares `current` with the baseline for `paths`, emits changes, and updates the baseline. */
  private reconcile(current: Map<string, FileStateJson>, paths: Set<string>): void {
    const created: string[] = [];
    const deleted: string[] = [];
    const changes: Array<{ path: string; action: vigil.v1.FileAction; before: FileStateJson; after: FileStateJson; from?: string }> = [];
    const befores = new Map<string, FileStateJson>();
    for (const p of paths) {
      const before = this.baseline.get(p) ?? ABSENT;
      befores.set(p, before);
      const after = current.get(p) ?? ABSENT;
      const verdict = compare(before, after);
      if (verdict === 'created') created.push(p);
      else if (verdict === 'deleted') deleted.push(p);
      else if (verdict === 'modified') changes.push({ path: p, action: vigil.v1.FileAction.MODIFIED, before, after });
      else if (verdict === 'attributes') changes.push({ path: p, action: vigil.v1.FileAction.ATTRIBUTES, before, after });
      if (after.exists) {
        if (this.baseline.has(p) || this.baseline.size < this.opts.maxFiles) this.baseline.set(p, after);
      } else this.baseline.delete(p);
    }
    // A deleted path whose inode turns up under a new name in the same batch was renamed.
    const createdByInode = new Map(created.map((p) => [current.get(p)!.inode, p]));
    for (const d of deleted) {
      const before = befores.get(d) ?? ABSENT;
      // Inode numbers are reused at once; a rename also keeps type, size, mtime and content.
      const candidate = before.inode ? createdByInode.get(before.inode) : undefined;
      const moved = candidate !== undefined ? current.get(candidate)! : undefined;
      const to =
        moved && moved.mode === before.mode && moved.size === before.size && moved.mtimeMs === before.mtimeMs && moved.sha256 === before.sha256
          ? candidate
          : undefined;
      if (to !== undefined) {
        createdByInode.delete(before.inode);
        changes.push({ path: to, action: vigil.v1.FileAction.RENAMED, before, after: current.get(to)!, from: d });
      } else changes.push({ path: d, action: vigil.v1.FileAction.DELETED, before, after: ABSENT });
    }
    for (const p of createdByInode.values()) changes.push({ path: p, action: vigil.v1.FileAction.CREATED, before: ABSENT, after: current.get(p)! });
    changes.sort((a, b) => a.path.localeCompare(b.path));
    for (const c of changes) {
      this.ctx!.sink.emit({
        fileChange: {
          path: c.path,
          action: c.action,
          before: toProto(c.before),
          after: toProto(c.after),
          renamedFrom: c.from ?? '',
          watch: this.ruleFor(c.path) ?? this.ruleFor(c.from ?? '') ?? '',
        },
      });
    }
  }

  private persist(): void {
    try {
      this.store!.write({ version: 1, files: Object.fromEntries(this.baseline) });
    } catch (err) {
      this.ctx!.reportProblem({ sensor: this.name, source: this.store!.path, code: 'VIGIL_ERR_AGENT_STATE', message: (err as Error).message });
    }
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function toProto(s: FileStateJson): vigil.v1.IFileState {
  return {
    exists: s.exists,
    sha256: s.sha256,
    mode: s.mode,
    uid: s.uid,
    gid: s.gid,
    size: s.size,
    mtimeMs: s.mtimeMs,
    inode: s.inode,
    linkTarget: s.linkTarget,
  };
}
