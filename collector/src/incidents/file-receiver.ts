// Receives collected files (collect-file and triage results) as FileChunk messages from agents and keeps
// them as evidence: only for a command the collector issued to that very agent, chunks strictly in order
// (offset = bytes so far), never more than the cap, and on the last chunk the declared size and SHA-256
// must equal what arrived. Anything else fails the transfer and deletes the partial copy.
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';
import { u64ToNumber, type vigil } from '@vigil/proto';
import type { EvidenceFile, EvidenceFileStore } from './types.js';

export interface FileReceiverOptions {
  /** Folder of stored evidence (created 0700; files 0600). */
  dir: string;
  files: EvidenceFileStore;
  /** Largest collected file (collect-file) and triage snapshot accepted. */
  maxFileBytes: number;
  maxTriageBytes: number;
  /** Transfers in progress at once; chunks of further ones fail them. */
  maxOpenTransfers: number;
  /** A transfer with no chunk for this long fails (sweep()). */
  idleTimeoutMs: number;
  logger: Logger;
  clock: () => number;
  /** Told when a file is stored or fails. */
  onDone?: (file: EvidenceFile) => void;
}

interface Transfer {
  fileId: string;
  agentId: string;
  fd: number;
  part: string;
  received: number;
  cap: number;
  hash: Hash;
  lastMs: number;
}

export type ChunkOutcome =
  | { status: 'progress'; received: number }
  | { status: 'stored'; file: EvidenceFile }
  | { status: 'failed'; reason: string }
  | { status: 'ignored'; reason: string };

const HEX64 = /^[0-9a-f]{64}$/;

export class FileReceiver {
  private readonly open = new Map<string, Transfer>();
  readonly counters = { chunks: 0, stored: 0, failed: 0, ignored: 0 };

  constructor(private readonly o: FileReceiverOptions) {
    mkdirSync(o.dir, { recursive: true, mode: 0o700 });
    // a transfer cut by a collector restart cannot resume (its hash state is gone): drop the partial copies
    for (const name of readdirSync(o.dir)) if (name.endsWith('.part')) rmSync(join(o.dir, name), { force: true });
  }

  /** The cap for one transfer: the kind's limit, lowered by what the command asked for. */
  private capFor(f: EvidenceFile): number {
    const kindCap = f.kind === 'triage' ? this.o.maxTriageBytes : this.o.maxFileBytes;
    const asked = Number((f.detail as { maxBytes?: unknown } | null)?.maxBytes ?? 0);
    return asked > 0 ? Math.min(asked, kindCap) : kindCap;
  }

  onChunk(agentId: string, c: vigil.v1.IFileChunk): ChunkOutcome {
    this.counters.chunks++;
    const commandId = String(c.commandId ?? '');
    const file = commandId ? this.o.files.byCommand(commandId) : undefined;
    if (!file || file.agentId !== agentId) {
      this.counters.ignored++;
      this.o.logger.warn({ agentId, commandId: commandId.slice(0, 64) }, 'file chunk for no collection this agent was asked for; ignored');
      return { status: 'ignored', reason: 'no such collection for this agent' };
    }
    if (file.status !== 'receiving') {
      this.counters.ignored++;
      return { status: 'ignored', reason: `collection is already ${file.status}` };
    }
    const offset = u64ToNumber(c.offset);
    const data = c.data ?? new Uint8Array(0);
    let t = this.open.get(commandId);
    if (!t) {
      if (offset !== 0) return this.fail(file, undefined, `first chunk starts at offset ${offset}, not 0`);
      if (this.open.size >= this.o.maxOpenTransfers) return this.fail(file, undefined, `more than ${this.o.maxOpenTransfers} transfers at once`);
      const part = join(this.o.dir, `${file.id}.part`);
      t = {
        fileId: file.id,
        agentId,
        fd: openSync(part, 'w', 0o600),
        part,
        received: 0,
        cap: this.capFor(file),
        hash: createHash('sha256'),
        lastMs: this.o.clock(),
      };
      this.open.set(commandId, t);
    }
    if (offset !== t.received) return this.fail(file, t, `chunk at offset ${offset}, expected ${t.received} (out of order or missing)`);
    if (t.received + data.byteLength > t.cap) return this.fail(file, t, `file exceeds the cap of ${t.cap} bytes`);
    if (data.byteLength) {
      writeSync(t.fd, data);
      t.hash.update(data);
      t.received += data.byteLength;
    }
    t.lastMs = this.o.clock();
    if (!c.last) return { status: 'progress', received: t.received };
    const size = u64ToNumber(c.size);
    const declared = String(c.sha256 ?? '').toLowerCase();
    const actual = t.hash.digest('hex');
    if (size !== t.received) return this.fail(file, t, `declared size ${size} but ${t.received} bytes arrived`);
    if (!HEX64.test(declared) || declared !== actual) return this.fail(file, t, `declared sha256 ${declared.slice(0, 64)} but the bytes hash to ${actual}`);
    closeSync(t.fd);
    const stored = join(this.o.dir, file.id);
    renameSync(t.part, stored);
    this.open.delete(commandId);
    this.o.files.stored(file.id, {
      resolvedPath: file.resolvedPath,
      size,
      sha256: actual,
      storedPath: stored,
      collectedAtMs: this.o.clock(),
      ...(file.detail ? { detail: file.detail } : {}),
    });
    this.counters.stored++;
    const done = this.o.files.get(file.id) as EvidenceFile;
    this.o.onDone?.(done);
    return { status: 'stored', file: done };
  }

  /** The agent reported failure (or the command expired): drop any partial copy. */
  abort(commandId: string, reason: string): void {
    const file = this.o.files.byCommand(commandId);
    if (file && file.status === 'receiving') this.fail(file, this.open.get(commandId), reason);
  }

  /** Fails transfers idle longer than idleTimeoutMs; call periodically. */
  sweep(): number {
    const now = this.o.clock();
    let n = 0;
    for (const [commandId, t] of this.open) {
      if (now - t.lastMs < this.o.idleTimeoutMs) continue;
      const file = this.o.files.byCommand(commandId);
      if (file) this.fail(file, t, `no chunk for ${this.o.idleTimeoutMs} ms`);
      n++;
    }
    return n;
  }

  get openTransfers(): number {
    return this.open.size;
  }

  close(): void {
    for (const t of this.open.values()) {
      try {
        closeSync(t.fd);
      } catch {
        // already closed
      }
    }
    this.open.clear();
  }

  private fail(file: EvidenceFile, t: Transfer | undefined, reason: string): ChunkOutcome {
    if (t) {
      try {
        closeSync(t.fd);
      } catch {
        // already closed
      }
      rmSync(t.part, { force: true });
      this.open.delete(file.commandId);
    }
    this.o.files.failed(file.id, reason);
    this.counters.failed++;
    this.o.logger.warn({ fileId: file.id, agentId: file.agentId, commandId: file.commandId }, `file collection failed: ${reason}`);
    const after = this.o.files.get(file.id);
    if (after) this.o.onDone?.(after);
    return { status: 'failed', reason };
  }
}
