import { describe, expect, it } from 'vitest';
import { undoFor, undoKeyOf } from './undo.js';
import type { CommandRow } from '../commands/types.js';

const row = (action: string, params: unknown, extra: Partial<CommandRow> = {}): CommandRow => ({
  id: 'c',
  agentId: 'a1',
  action,
  paramsJson: JSON.stringify(params),
  operator: 'alice',
  policyId: null,
  dryRun: false,
  status: 'succeeded',
  createdAtMs: 1,
  issuedAtMs: 1,
  expiresAtMs: 2,
  deliveredAtMs: null,
  startedAtMs: null,
  finishedAtMs: 2,
  errorCode: null,
  message: 'done',
  outputJson: null,
  payload: null,
  signature: null,
  ...extra,
});

describe('undo of containment actions', () => {
  it('maps each containment action to its undo, and the undo back to the same key', () => {
    const cases: Array<[CommandRow, string, Record<string, unknown>]> = [
      [row('isolate', {}), 'release', {}],
      [row('stop_service', { unit: 'nginx.service', mask: true, disable: false }), 'start_service', { unit: 'nginx.service', unmask: true, enable: false }],
      [row('block_address', { cidr: '203.0.113.9' }), 'unblock_address', { cidr: '203.0.113.9' }],
      [
        row('quarantine_file', { path: '/tmp/x' }, { outputJson: JSON.stringify({ record: { quarantineId: 'q-1' } }) }),
        'restore_file',
        { quarantineId: 'q-1' },
      ],
    ];
    for (const [c, action, params] of cases) {
      const u = undoFor(c, 'web-1')!;
      expect(u).toMatchObject({ action, params });
      expect(undoKeyOf(row(action, params))).toBe(u.key);
    }
  });

  it('has nothing to undo for kills, dry runs and failures', () => {
    expect(undoFor(row('kill_process', { pid: 5 }), 'h')).toBeUndefined();
    expect(undoFor(row('isolate', {}, { dryRun: true }), 'h')).toBeUndefined();
    expect(undoFor(row('isolate', {}, { status: 'failed' }), 'h')).toBeUndefined();
    expect(undoFor(row('isolate', {}, { message: 'dry-run: nothing applied' }), 'h')).toBeUndefined();
  });
});
