import { describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { openDatabase } from '../store/db.js';
import { eventsMigration, SqliteEventStore } from './store.js';
import { EventSearch } from './search.js';

describe('EventSearch', () => {
  it('bounds a text search to its scan window and continues after it, finding every match once', () => {
    const db = openDatabase({ path: ':memory:', migrations: [eventsMigration] });
    const store = new SqliteEventStore(db);
    const t0 = Date.now() * 1_000_000;
    const events = Array.from({ length: 40 }, (_, i) =>
      vigil.v1.Event.create({ id: `e${i}`, agentId: 'a', seq: i + 1, timeNs: t0 + i, log: { source: 'x', raw: i < 5 ? `needle ${i}` : `hay ${i}` } }),
    );
    store.insertBatches([{ agentId: 'a', events }]);
    const search = new EventSearch(db, 10);
    const found: string[] = [];
    let after: { timeNs: bigint; rowid: number } | undefined;
    let calls = 0;
    for (;;) {
      calls++;
      const page = search.search({ agentId: 'a', text: 'NEEDLE', after, limit: 3 });
      found.push(...page.slice(0, 2).map((e) => e.id));
      const last = page.slice(0, 2).at(-1);
      after = page.length > 2 && last ? { timeNs: last.timeNs, rowid: last.rowid } : search.textWindowEnd({ agentId: 'a', after });
      if (!after) break;
    }
    expect(found).toEqual(['e4', 'e3', 'e2', 'e1', 'e0']);
    expect(calls).toBeGreaterThanOrEqual(4);
    expect(search.search({ agentId: 'a', limit: 100 })).toHaveLength(40);
  });
});
