import { describe, expect, it } from 'vitest';
import { buildTimeline, orderTimeline, type TimelineEntry } from './timeline.js';
import type { AlertRecord } from '../alerts/types.js';
import type { CommandRow } from '../commands/types.js';

const alert = (id: string, createdAtMs: number): AlertRecord => ({
  id,
  ruleId: 'r',
  ruleTitle: 'Binary run from /tmp',
  ruleKind: 'detection',
  description: '',
  agentId: 'a1',
  severity: 'high',
  tags: [],
  attack: [],
  group: {},
  groupKey: '',
  status: 'new',
  firstSeenMs: createdAtMs - 50,
  lastSeenMs: createdAtMs,
  count: 1,
  evidenceCount: 1,
  createdAtMs,
  updatedAtMs: createdAtMs,
  statusBy: null,
  statusAtMs: null,
  trusted: true,
});

const command = (id: string, createdAtMs: number, finishedAtMs: number | null, status: CommandRow['status'] = 'succeeded'): CommandRow => ({
  id,
  agentId: 'a1',
  action: 'isolate',
  paramsJson: '{}',
  operator: 'alice',
  policyId: null,
  dryRun: false,
  status,
  createdAtMs,
  issuedAtMs: createdAtMs,
  expiresAtMs: createdAtMs + 1000,
  deliveredAtMs: null,
  startedAtMs: null,
  finishedAtMs,
  errorCode: null,
  message: 'done',
  outputJson: null,
  payload: null,
  signature: null,
});

describe('incident timeline', () => {
  it('merges every source in time order, with results after their commands', () => {
    const t = buildTimeline({
      alerts: [alert('al1', 1000)],
      evidence: [
        { agentId: 'a1', seq: 7, eventId: 'e7', timeMs: 950, kind: 'process_start', summary: 'root ran /tmp/x', markedBy: 'alice', markedAtMs: 5000, note: '' },
      ],
      commands: [command('c2', 4000, null, 'delivered'), command('c1', 2000, 2600)],
      phases: [
        { atMs: 3000, actor: 'alice', from: 'identified', to: 'contained', note: '' },
        { atMs: 1500, actor: 'alice', from: null, to: 'identified', note: '' },
      ],
      notes: [{ id: 'n1', atMs: 2500, author: 'bob', text: 'called the owner' }],
      files: [],
      checklist: [],
      review: null,
      hostname: () => 'web-1',
    });
    expect(t.map((e) => `${e.atMs}:${e.type}`)).toEqual([
      '950:evidence',
      '1000:alert',
      '1500:phase',
      '2000:command',
      '2500:note',
      '2600:command_result',
      '3000:phase',
      '4000:command',
    ]);
    expect(t[5]!.text).toBe('isolate succeeded: done');
  });

  it('orders ties by cause before effect and keeps insertion order otherwise', () => {
    const e = (type: TimelineEntry['type'], ref: string): TimelineEntry => ({ atMs: 10, type, actor: '', agentId: null, text: '', ref });
    expect(orderTimeline([e('note', 'n2'), e('phase', 'p'), e('note', 'n1'), e('alert', 'a')]).map((x) => x.ref)).toEqual(['a', 'n2', 'n1', 'p']);
  });
});
