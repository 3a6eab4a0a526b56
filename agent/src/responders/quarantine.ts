// Quarantine: move a file into the agent's quarantine folder with its hash, owner, mode, times and original
// path, and make it unreadable (mode 000). Restore puts the same bytes back with the same mode and owner.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, chown, copyFile, lstat, mkdir, rename, unlink, utimes, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AgentError } from '../errors.js';
import { readJson, writeJsonAtomic } from './json-file.js';

export interface QuarantineRecord {
  quarantineId: string;
  originalPath: string;
  sha256: string;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  atimeMs: number;
  quarantinedAtMs: number;
}

async function hashFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** rename when on the same filesystem, else copy + fsync'd metadata + unlink. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    await copyFile(from, to);
    await unlink(from);
  }
}

export class QuarantineStore {
  constructor(
    private readonly dir: string,
    private readonly clock: () => number = Date.now,
  ) {}

  private paths(id: string): { data: string; meta: string } {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new AgentError('VIGIL_ERR_COMMAND_INVALID_PARAMETER', 'quarantine id is not a UUID');
    return { data: join(this.dir, `${id}.bin`), meta: join(this.dir, `${id}.json`) };
  }

  async quarantine(path: string, dryRun: boolean): Promise<{ dryRun: boolean; record: QuarantineRecord; storedAt: string }> {
    const st = await lstat(path).catch(() => undefined);
    if (!st) throw new AgentError('VIGIL_ERR_RESPONSE_NOT_FOUND', `${path} does not exist`);
    if (!st.isFile())
      throw new AgentError('VIGIL_ERR_COMMAND_INVALID_PARAMETER', `${path} is not a regular file (symlinks, devices, FIFOs and directories are refused)`);
    const record: QuarantineRecord = {
      quarantineId: randomUUID(),
      originalPath: path,
      sha256: await hashFile(path),
      size: st.size,
      mode: st.mode & 0o7777,
      uid: st.uid,
      gid: st.gid,
      mtimeMs: st.mtimeMs,
      atimeMs: st.atimeMs,
      quarantinedAtMs: this.clock(),
    };
    const { data, meta } = this.paths(record.quarantineId);
    if (dryRun) return { dryRun, record, storedAt: data };
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await chmod(this.dir, 0o700);
    writeJsonAtomic(meta, record);
    await move(path, data);
    await chmod(data, 0o000);
    await chown(data, 0, 0);
    return { dryRun, record, storedAt: data };
  }

  async restore(id: string, dryRun: boolean): Promise<{ dryRun: boolean; record: QuarantineRecord; restoredTo: string }> {
    const { data, meta } = this.paths(id);
    const record = readJson<QuarantineRecord>(meta);
    if (!record) throw new AgentError('VIGIL_ERR_RESPONSE_NOT_FOUND', `no quarantined file with id ${id}`);
    if (await stat(record.originalPath).catch(() => undefined)) {
      throw new AgentError('VIGIL_ERR_RESPONSE_FAILED', `${record.originalPath} exists again; restore would overwrite it`);
    }
    if (dryRun) return { dryRun, record, restoredTo: record.originalPath };
    await chmod(data, 0o600);
    const hash = await hashFile(data);
    if (hash !== record.sha256) {
      await chmod(data, 0o000);
      throw new AgentError('VIGIL_ERR_RESPONSE_FAILED', `quarantined bytes of ${id} changed (sha256 ${hash}, recorded ${record.sha256})`);
    }
    await move(data, record.originalPath);
    await chown(record.originalPath, record.uid, record.gid);
    await chmod(record.originalPath, record.mode);
    await utimes(record.originalPath, record.atimeMs / 1000, record.mtimeMs / 1000);
    await unlink(meta);
    return { dryRun, record, restoredTo: record.originalPath };
  }
}
