import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SetAside } from '../state/damaged.js';
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
    const opts = { dir, retainAfterExpiryMs: 1000, maxEntries: 10, clock: () => 0, onDamaged: () => expect.unreachable() };
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
    const l = new CommandLedger({ dir, retainAfterExpiryMs: 1000, maxEntries: 2, clock: () => 0, onDamaged: () => expect.unreachable() });
    l.begin('old', 'n0', 100, result('old', 'SUCCEEDED'), 0);
    l.begin('x', 'n1', 50_000, result('x', 'SUCCEEDED'), 5000);
    expect(l.get('old')).toBeUndefined();
    l.begin('y', 'n2', 60_000, result('y', 'SUCCEEDED'), 5000);
    l.begin('z', 'n3', 70_000, result('z', 'SUCCEEDED'), 5000);
    expect(l.size).toBe(2);
    expect(l.get('x')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"version":1,"entries":[{"commandId":"c1"'],
    ['the wrong shape', JSON.stringify({ version: 1, entries: [{ commandId: 'c1', nonce: 'n1', expiresAtMs: 'soon', result: {} }] })],
  ])('sets a ledger that is %s aside, reports it, and remembers to refuse what was issued before', (_what, text) => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-ledger-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'ledger.json'), text);
    const damage: SetAside[] = [];
    const l = new CommandLedger({ dir, retainAfterExpiryMs: 1000, maxEntries: 10, clock: () => 7000, onDamaged: (d) => damage.push(d) });
    expect(l.forgetsBeforeMs).toBe(7000);
    expect(damage).toHaveLength(1);
    expect(readFileSync(damage[0]!.keptAs, 'utf8')).toBe(text);
    expect(readdirSync(join(dir, 'damaged'))).toHaveLength(1);
    // the mark outlives the restart that found the damage
    l.begin('c9', 'n9', 20_000, result('c9', 'SUCCEEDED'), 8000);
    const again = new CommandLedger({ dir, retainAfterExpiryMs: 1000, maxEntries: 10, clock: () => 9000, onDamaged: () => expect.unreachable() });
    expect(again.forgetsBeforeMs).toBe(7000);
    expect(again.get('c9')?.status).toBe('SUCCEEDED');
  });
});
