import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandLedger, type StoredResult } from './ledger.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const result = (commandId: string, status: StoredResult['status']): StoredResult => ({
  commandId,
  status,
  errorCode: '',
  message: '',
  dryRun: false,
  outputJson: '{}',
  startedAtMs: 1,
  finishedAtMs: 2,
});

describe('CommandLedger', () => {
  it('remembers ids and nonces across a restart; a command cut off mid-run is never run again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-ledger-'));
    dirs.push(dir);
    const opts = { dir, retainAfterExpiryMs: 1000, maxEntries: 10 };
    const a = new CommandLedger(opts);
    a.begin('c1', 'n1', 10_000, result('c1', 'RUNNING'), 0);
    a.finish(result('c1', 'SUCCEEDED'), 0);
    a.begin('c2', 'n2', 10_000, result('c2', 'RUNNING'), 0);
    const b = new CommandLedger(opts);
    expect(b.get('c1')?.status).toBe('SUCCEEDED');
    expect(b.get('c2')).toMatchObject({ status: 'FAILED', errorCode: 'VIGIL_ERR_COMMAND_INTERRUPTED' });
    expect(b.nonceOwner('n2')).toBe('c2');
    // the one cut off is named, to be reported to the collector (which last heard "running")
    expect(b.interrupted()).toEqual([expect.objectContaining({ commandId: 'c2', status: 'FAILED', errorCode: 'VIGIL_ERR_COMMAND_INTERRUPTED' })]);
    expect(a.interrupted()).toEqual([]);
  });

  it('forgets entries once their command expired long ago, and keeps at most maxEntries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-ledger-'));
    dirs.push(dir);
    const l = new CommandLedger({ dir, retainAfterExpiryMs: 1000, maxEntries: 2 });
    l.begin('old', 'n0', 100, result('old', 'SUCCEEDED'), 0);
    l.begin('x', 'n1', 50_000, result('x', 'SUCCEEDED'), 5000);
    expect(l.get('old')).toBeUndefined();
    l.begin('y', 'n2', 60_000, result('y', 'SUCCEEDED'), 5000);
    l.begin('z', 'n3', 70_000, result('z', 'SUCCEEDED'), 5000);
    expect(l.size).toBe(2);
    expect(l.get('x')).toBeUndefined();
  });
});
