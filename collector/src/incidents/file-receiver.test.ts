import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '@vigil/logger';
import { openDatabase, type Db } from '../store/db.js';
import { incidentsMigration } from './store.js';
import { SqliteEvidenceFileStore } from './files-store.js';
import type { EvidenceFileStore } from './types.js';
import { FileReceiver } from './file-receiver.js';

let dir: string;
let db: Db;
let files: EvidenceFileStore;
let rx: FileReceiver;
let n = 0;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function expectFile(agentId = 'a1', maxBytes?: number): string {
  const commandId = `cmd-${++n}`;
  files.insert({
    id: `f-${n}`,
    incidentId: null,
    agentId,
    hostname: 'web-1',
    commandId,
    kind: 'file',
    requestedPath: '/etc/hosts',
    requestedBy: 'alice',
    requestedAtMs: 1,
  });
  if (maxBytes) files.annotate(`f-${n}`, null, { maxBytes });
  return commandId;
}

function send(
  commandId: string,
  body: Buffer,
  chunk = 4,
  tweak: (i: number, c: Record<string, unknown>) => Record<string, unknown> = (_i, c) => c,
  agentId = 'a1',
) {
  const outcomes = [];
  for (let off = 0, i = 0; off < body.length || (off === 0 && i === 0); off += chunk, i++) {
    const last = off + chunk >= body.length;
    const c = { commandId, offset: off, data: body.subarray(off, off + chunk), last, ...(last ? { sha256: sha(body), size: body.length } : {}) };
    outcomes.push(rx.onChunk(agentId, tweak(i, c)));
    if (last) break;
  }
  return outcomes;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-rx-'));
  db = openDatabase({ path: join(dir, 'events.db'), migrations: [incidentsMigration] });
  files = new SqliteEvidenceFileStore(db);
  rx = new FileReceiver({
    dir: join(dir, 'evidence'),
    files,
    maxFileBytes: 64,
    maxTriageBytes: 64,
    maxOpenTransfers: 2,
    idleTimeoutMs: 1000,
    logger: silentLogger(),
    clock: Date.now,
  });
});
afterEach(() => {
  rx.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('file chunks from agents', () => {
  it('stores a file sent in order with its size and SHA-256', () => {
    const body = Buffer.from('127.0.0.1 localhost\n::1 localhost\n');
    const id = expectFile();
    expect(send(id, body).at(-1)).toMatchObject({ status: 'stored' });
    const f = files.byCommand(id)!;
    expect(f).toMatchObject({ status: 'stored', size: body.length, sha256: sha(body) });
    expect(readFileSync(f.storedPath!)).toEqual(body);
  });

  it('fails on a missing or reordered chunk and removes the partial copy', () => {
    const id = expectFile();
    const out = send(id, Buffer.from('0123456789abcdef'), 4, (i, c) => (i === 2 ? { ...c, offset: 12 } : c));
    expect(out[2]).toMatchObject({ status: 'failed', reason: expect.stringContaining('expected 8') });
    expect(files.byCommand(id)!.status).toBe('failed');
    expect(readdirSync(join(dir, 'evidence'))).toEqual([]);
  });

  it('fails when the bytes exceed the cap (the collector limit or the command limit)', () => {
    expect(send(expectFile(), Buffer.alloc(80, 1), 16).find((o) => o.status !== 'progress')).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('cap of 64'),
    });
    expect(send(expectFile('a1', 10), Buffer.alloc(12, 1)).find((o) => o.status !== 'progress')).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('cap of 10'),
    });
  });

  it('fails on a wrong declared hash or size', () => {
    const body = Buffer.from('evidence bytes');
    expect(send(expectFile(), body, 4, (_i, c) => (c.last ? { ...c, sha256: 'a'.repeat(64) } : c)).at(-1)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('hash to'),
    });
    expect(send(expectFile(), body, 4, (_i, c) => (c.last ? { ...c, size: 99 } : c)).at(-1)).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('declared size 99'),
    });
  });

  it('ignores chunks for another agent or an unknown command, and chunks after the end', () => {
    const id = expectFile('a1');
    expect(send(id, Buffer.from('x'), 4, undefined, 'a2')[0]).toMatchObject({ status: 'ignored' });
    expect(rx.onChunk('a1', { commandId: 'nope', offset: 0, data: Buffer.from('x') })).toMatchObject({ status: 'ignored' });
    send(id, Buffer.from('x'));
    expect(rx.onChunk('a1', { commandId: id, offset: 0, data: Buffer.from('x') })).toMatchObject({
      status: 'ignored',
      reason: expect.stringContaining('stored'),
    });
  });

  it('drops partial copies left by a restart, and a transfer resumed mid-file fails', () => {
    const id = expectFile();
    rx.onChunk('a1', { commandId: id, offset: 0, data: Buffer.from('abcd') });
    rx.close();
    rx = new FileReceiver({
      dir: join(dir, 'evidence'),
      files,
      maxFileBytes: 64,
      maxTriageBytes: 64,
      maxOpenTransfers: 2,
      idleTimeoutMs: 1000,
      logger: silentLogger(),
      clock: Date.now,
    });
    expect(readdirSync(join(dir, 'evidence'))).toEqual([]);
    expect(rx.onChunk('a1', { commandId: id, offset: 4, data: Buffer.from('efgh') })).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('offset 4, not 0'),
    });
  });

  it('fails idle transfers on sweep', () => {
    let now = 0;
    rx = new FileReceiver({
      dir: join(dir, 'evidence'),
      files,
      maxFileBytes: 64,
      maxTriageBytes: 64,
      maxOpenTransfers: 2,
      idleTimeoutMs: 1000,
      logger: silentLogger(),
      clock: () => now,
    });
    const id = expectFile();
    rx.onChunk('a1', { commandId: id, offset: 0, data: Buffer.from('abc') });
    now = 5000;
    expect(rx.sweep()).toBe(1);
    expect(files.byCommand(id)!.error).toContain('no chunk');
    expect(existsSync(join(dir, 'evidence', `${files.byCommand(id)!.id}.part`))).toBe(false);
  });
});
