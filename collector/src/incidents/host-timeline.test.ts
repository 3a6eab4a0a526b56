import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigil } from '@vigil/proto';
import { openDatabase, type Db } from '../store/db.js';
import { eventsMigrations, SqliteEventStore } from '../events/store.js';
import type { EventStore } from '../events/types.js';
import type { CommandRow } from '../commands/types.js';
import { csvLine, hostTimeline, jsonLine } from './host-timeline.js';

let dir: string;
let db: Db;
let events: EventStore;
const T0 = Date.UTC(2025, 0, 1);

function log(seq: number, ms: number, raw: string): vigil.v1.IEvent {
  return vigil.v1.Event.fromObject({ id: `e${seq}`, agentId: 'a1', seq, timeNs: String(BigInt(ms) * 1_000_000n), log: { source: '/var/log/auth.log', raw } });
}

const cmd = (createdAtMs: number, finishedAtMs: number): CommandRow => ({
  id: 'c1',
  agentId: 'a1',
  action: 'isolate',
  paramsJson: '{}',
  operator: 'alice',
  policyId: null,
  dryRun: false,
  status: 'succeeded',
  createdAtMs,
  issuedAtMs: createdAtMs,
  expiresAtMs: createdAtMs + 1,
  deliveredAtMs: null,
  startedAtMs: null,
  finishedAtMs,
  errorCode: null,
  message: 'done',
  outputJson: '{}',
  payload: null,
  signature: null,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-htl-'));
  db = openDatabase({ path: join(dir, 'events.db'), migrations: eventsMigrations });
  events = new SqliteEventStore(db);
  // 2500 events (more than one read page), one every 10 ms, plus one the attacker crafted for spreadsheets
  const batch = Array.from({ length: 2500 }, (_, i) => log(i + 1, T0 + i * 10, i === 5 ? '=HYPERLINK("http://evil","click")' : `line ${i}`));
  events.insertBatches([{ agentId: 'a1', events: batch }]);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('host timeline', () => {
  it('merges events with commands in time order across read pages, within the range', () => {
    const rows = [
      ...hostTimeline({
        events,
        agentId: 'a1',
        fromMs: T0 + 100,
        toMs: T0 + 20_000,
        maxRows: 10_000,
        alerts: [],
        commands: [cmd(T0 + 15, T0 + 12_345)],
        files: [],
        incidents: [],
        audit: [],
      }),
    ];
    expect(rows.filter((r) => r.source === 'event')).toHaveLength(1990);
    expect(rows.some((r) => r.source === 'command')).toBe(false); // ordered before the range
    const result = rows.findIndex((r) => r.source === 'command_result');
    expect(rows[result - 1]!.timeMs).toBeLessThanOrEqual(T0 + 12_345);
    expect(rows[result + 1]!.timeMs).toBeGreaterThanOrEqual(T0 + 12_345);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.timeMs).toBeGreaterThanOrEqual(rows[i - 1]!.timeMs);
  });

  it('stops at the row cap', () => {
    expect([
      ...hostTimeline({ events, agentId: 'a1', fromMs: T0, toMs: T0 + 60_000, maxRows: 7, alerts: [], commands: [], files: [], incidents: [], audit: [] }),
    ]).toHaveLength(7);
  });

  it('writes JSON lines and formula-safe CSV', () => {
    const [row] = [
      ...hostTimeline({ events, agentId: 'a1', fromMs: T0 + 50, toMs: T0 + 51, maxRows: 10, alerts: [], commands: [], files: [], incidents: [], audit: [] }),
    ];
    expect(JSON.parse(jsonLine(row!, 'web-1'))).toMatchObject({
      time: new Date(T0 + 50).toISOString(),
      host: 'web-1',
      source: 'event',
      type: 'log',
      ref: 'a1:6',
    });
    const csv = csvLine(row!, 'web-1');
    // the summary starts with the log source, so it is not a formula; a cell that starts with = is defused
    expect(csv).toContain('"/var/log/auth.log: =HYPERLINK(""http://evil"",""click"")"');
    expect(csvLine({ ...row!, summary: '=HYPERLINK("x")' }, 'web-1')).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
