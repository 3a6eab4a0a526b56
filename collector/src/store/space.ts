// The collector's answer to a full disk: one guard that knows whether the data folder can take writes.
// A write that fails with ENOSPC/EDQUOT/SQLITE_FULL, or free space under storage.minFreeBytes, puts the
// collector in "storage full": ingest stops (nothing is acked that was not stored), writes answer 507,
// reads go on, and health, metrics and the page say why. A probe clears it by itself once space returns.
import { closeSync, fsyncSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

/** True when `err` (or any error in its cause chain) says the disk or quota is full. */
export function isStorageFullError(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (FULL_CODES.has(code) || code === 'VIGIL_ERR_STORE_FULL')) return true;
  }
  return false;
}

export interface StorageOptions {
  /** Below this much free space in the data folder the collector stops storing (and resumes above it). */
  minFreeBytes: number;
  /** How often free space is measured. */
  probeIntervalMs: number;
}

export interface StorageView {
  full: boolean;
  /** Why: a failed write (where, and its code) or low free space. */
  reason: string | null;
  sinceMs: number | null;
  freeBytes: number | null;
  minFreeBytes: number;
  /** Write failures for lack of space since start. */
  fullWrites: number;
}

export class StorageGuard {
  private state: { reason: string; sinceMs: number } | undefined;
  private freeBytes: number | null = null;
  private fullWrites = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: Array<(v: StorageView) => void> = [];

  constructor(
    private readonly dir: string,
    private readonly options: StorageOptions,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
  ) {}

  get full(): boolean {
    return this.state !== undefined;
  }

  start(): void {
    this.probe();
    this.timer = setInterval(() => this.probe(), this.options.probeIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  onChange(listener: (v: StorageView) => void): void {
    this.listeners.push(listener);
  }

  /** Records a failed write; true if it failed for lack of space (the collector is then "storage full"). */
  noteFailure(err: unknown, where: string): boolean {
    if (!isStorageFullError(err)) return false;
    this.fullWrites++;
    const code = (err as { code?: string }).code ?? 'ENOSPC';
    this.enter(`${where}: ${code}`);
    return true;
  }

  /** Measures free space; leaves or enters "storage full". A write probe confirms space is really back. */
  probe(): void {
    try {
      const s = statfsSync(this.dir);
      this.freeBytes = Number(s.bavail) * Number(s.bsize);
    } catch (err) {
      this.logger.warn({ err }, 'cannot measure free space of the data folder');
      return;
    }
    const low = this.freeBytes < this.options.minFreeBytes;
    if (low) return this.enter(`free space ${this.freeBytes} bytes is below storage.minFreeBytes (${this.options.minFreeBytes})`);
    if (this.state && this.canWrite()) this.leave();
  }

  private canWrite(): boolean {
    const path = join(this.dir, `.space-probe-${process.pid}`);
    try {
      const fd = openSync(path, 'w', 0o600);
      try {
        writeSync(fd, Buffer.alloc(64 * 1024));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      return true;
    } catch {
      return false;
    } finally {
      rmSync(path, { force: true });
    }
  }

  private enter(reason: string): void {
    if (this.state) return;
    this.state = { reason, sinceMs: this.clock() };
    this.logger.error({ reason, freeBytes: this.freeBytes }, 'storage full: ingest stopped (agents keep their events), writes refused, reads go on');
    this.emit();
  }

  private leave(): void {
    this.logger.warn({ freeBytes: this.freeBytes, sinceMs: this.state?.sinceMs }, 'storage has space again: ingest resumes');
    this.state = undefined;
    this.emit();
  }

  private emit(): void {
    const v = this.view();
    for (const l of this.listeners) {
      try {
        l(v);
      } catch (err) {
        this.logger.warn({ err }, 'storage listener failed');
      }
    }
  }

  view(): StorageView {
    return {
      full: this.full,
      reason: this.state?.reason ?? null,
      sinceMs: this.state?.sinceMs ?? null,
      freeBytes: this.freeBytes,
      minFreeBytes: this.options.minFreeBytes,
      fullWrites: this.fullWrites,
    };
  }
}
