// Found while wiring the alerts service into the new composition root (issue 15): GET /alerts allowed a page
// of up to api.maxPageSize (1,000) and asked the service for one row more to learn whether another page
// follows, but the service cut every list at its own 500. A page of 600 then came back with 500 alerts and
// no next cursor: the rest of the alerts were unreachable by paging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppTestApi, type AppTestApi } from '../../collector/src/api/testkit-app.js';
import type { StageRule } from '../../collector/src/alerts/alert-sink.js';

let t: AppTestApi;
const rule: StageRule = {
  id: '5b0d3c52-2d7e-4a8e-9c61-0a4f1d7e2b90',
  title: 'paging probe',
  description: 'one alert per group key',
  level: 'low',
  tags: [],
  attack: [],
  groupBy: ['n'],
  logsource: 'test',
  file: 'tests/regression/alert-pages-over-500-not-cut-short.test.ts',
};
const TOTAL = 700;

beforeAll(async () => {
  t = await startAppTestApi();
  const agentId = t.addAgent('paging-1');
  const sink = t.app.alerts.sink;
  sink.register(rule);
  const now = Date.now();
  t.app.db.transaction(() => {
    for (let n = 0; n < TOTAL; n++)
      sink.raise(rule, {
        agentId,
        group: { n: String(n) },
        groupKey: String(n),
        eventIds: [`e${n}`],
        eventTimesMs: [now - n],
        count: 1,
        firstMs: now - n,
        lastMs: now - n,
      });
  })();
});
afterAll(async () => t?.close());

describe('alert list paging', () => {
  it('serves pages larger than 500 in full, with a cursor to the rest', async () => {
    const first = await t.call(t.callers.viewer, 'get', '/alerts?limit=600');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(600);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.call(t.callers.viewer, 'get', `/alerts?limit=600&cursor=${encodeURIComponent(first.body.nextCursor)}`);
    expect(second.body.items).toHaveLength(TOTAL - 600);
    expect(second.body.nextCursor).toBeNull();
    const ids = new Set([...first.body.items, ...second.body.items].map((a: { id: string }) => a.id));
    expect(ids.size).toBe(TOTAL);
  });
});
