// Issue 13 item 14: unauthenticated requests wrote unbounded audit rows (20,000 in a minute), the audit log
// had no retention of its own, and its rows could be changed without a trace. Against a real collector:
// a flood of refused requests becomes a few counted rows, retention bounds the rows, and editing a row
// in the database shows when the hash chain is verified.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Collector, Workspace, waitFor } from '../helpers/vigil.js';
import { Operator, call } from '../helpers/operator.js';

const PASSWORD = `Audit-${process.pid}-walnut-prairie`;
let ws: Workspace;
let collector: Collector;
let admin: Operator;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, {
    VIGIL_ADMIN_PASSWORD: PASSWORD,
    VIGIL_COLLECTOR_AUDIT__REFUSED_WINDOW_MS: '500',
    VIGIL_COLLECTOR_AUDIT__MAX_ROWS: '100',
    VIGIL_COLLECTOR_RETENTION__INTERVAL_MS: '1000',
  });
  admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
});
afterAll(async () => {
  await ws?.cleanup();
});

type Row = { id: number; user: string; action: string; result: string; detail: { aggregated?: boolean; count?: number } | null };
const rows = async (query = ''): Promise<Row[]> => (await admin.call('GET', `/audit?limit=1000${query}`)).body.items;

describe('the audit log under a flood', () => {
  it('aggregates refused unauthenticated requests into a few counted rows', async () => {
    const apiUrl = `${collector.baseUrl}/api/v1`;
    const total = 2000;
    for (let i = 0; i < total; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: 50 }, (_, k) => call(apiUrl, {}, 'POST', '/users', { name: `x${i + k}`, role: 'admin', password: 'p' })),
      );
      expect(batch.every((r) => r.status === 401)).toBe(true);
    }
    const counted = await waitFor(
      'aggregates written',
      async () => {
        const r = await rows('&action=user.create');
        const n = r.reduce((sum, x) => sum + (x.detail?.aggregated ? (x.detail.count ?? 0) : 1), 0);
        return n === total ? r : undefined;
      },
      30_000,
    );
    expect(counted.length).toBeLessThan(20);
    expect((await admin.call('GET', '/audit/verify')).body).toMatchObject({ ok: true });
  });

  it('keeps its rows under audit.maxRows, and the chain still verifies after retention', async () => {
    for (let i = 0; i < 150; i++) await Operator.login(collector.baseUrl, 'admin', PASSWORD);
    await waitFor('retention pruned the audit log', async () => (await rows()).length <= 101 && (await rows('&action=audit.prune')).length > 0, 30_000);
    expect((await admin.call('GET', '/audit/verify')).body).toMatchObject({ ok: true, firstBad: null });
  });

  it('shows a row edited in the database', async () => {
    const target = (await rows('&action=session.login'))[5]!;
    const db = new Database(join(collector.dataDir, 'events.db'));
    try {
      db.prepare('UPDATE audit SET user = ? WHERE id = ?').run('someone-else', target.id);
    } finally {
      db.close();
    }
    const report = (await admin.call('GET', '/audit/verify')).body;
    expect(report).toMatchObject({ ok: false, firstBad: { id: target.id, reason: 'hash' } });
  });
});
