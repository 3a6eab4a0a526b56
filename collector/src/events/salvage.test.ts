import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { bigIntToU64, type vigil } from '@vigil/proto';
import { collectorMigrations } from '../migrations.js';
import { SqliteEventStore } from './store.js';
import { eventsSalvage, STORAGE_DAMAGED_REASON } from './salvage.js';
import { openDatabase } from '../store/db.js';
import { integrityProblems } from '../store/integrity.js';
import { salvageDatabase } from '../store/salvage.js';
import { damageMiddleLeaf } from '../store/testkit-damage.js';

const PER_AGENT = 1500;
const AGENTS = ['agent-a', 'agent-b'];
const event = (agentId: string, seq: number): vigil.v1.IEvent => ({
  id: `${agentId}-${seq}`,
  agentId,
  seq,
  timeNs: bigIntToU64(1_700_000_000_000_000_000n + BigInt(seq)),
  log: { source: 'auth', raw: `salvage probe ${agentId} line ${seq} ${'pad '.repeat(20)}` },
});

let dir: string;
let path: string;
const salvage = () => salvageDatabase({ path, migrations: collectorMigrations, hooks: [eventsSalvage], clock: () => Date.UTC(2026, 0, 2) });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-salvage-'));
  path = join(dir, 'events.db');
  const db = openDatabase({ path, migrations: collectorMigrations });
  const store = new SqliteEventStore(db);
  for (let s = 1; s <= PER_AGENT; s += 100)
    store.insertBatches(AGENTS.map((agentId) => ({ agentId, events: Array.from({ length: 100 }, (_, i) => event(agentId, s + i)) })));
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('salvage of the event tables', () => {
  it('rebuilds a file with a damaged events page: readable rows kept, lost ones accounted for by gaps, the original kept in damaged/', () => {
    damageMiddleLeaf(path, 'events');
    const original = readFileSync(path);
    const report = salvage();

    const events = report.tables.find((t) => t.table === 'events')!;
    expect(events.lost).toBeGreaterThan(0);
    expect(events.copied + events.lost!).toBe(PER_AGENT * AGENTS.length);
    expect(report.tables.filter((t) => t.table !== 'events').every((t) => t.lost === 0)).toBe(true);
    // the original and what its -wal/-shm held (a read-only reader leaves them behind) are kept, never deleted
    expect(report.swap.kept[0]).toMatch(/damaged\/events\.db\.2026-01-02T00-00-00-000Z$/);
    expect(readFileSync(report.swap.kept[0]!).equals(original)).toBe(true);
    expect(readdirSync(join(dir, 'damaged')).sort()).toEqual(report.swap.kept.map((k) => k.split('/').at(-1)).sort());
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('salvage'))).toEqual([]);

    const db = openDatabase({ path, migrations: collectorMigrations, startCheck: 'quick' });
    try {
      expect(integrityProblems(db, 'full')).toEqual([]);
      expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(events.copied);
      // every sequence of every agent is stored or inside one collector_storage_damaged gap
      const gaps = db.prepare('SELECT agent_id, seq, dropped, first_seq, last_seq, reason FROM gaps').all() as Array<Record<string, number | string>>;
      expect(gaps.length).toBeGreaterThan(0);
      expect(gaps.every((g) => g.reason === STORAGE_DAMAGED_REASON && g.dropped === Number(g.last_seq) - Number(g.first_seq) + 1)).toBe(true);
      expect(gaps.reduce((n, g) => n + Number(g.dropped), 0)).toBe(events.lost);
      for (const agentId of AGENTS) {
        const held = new Set(db.prepare('SELECT seq FROM events WHERE agent_id = ?').pluck().all(agentId) as number[]);
        for (let seq = 1; seq <= PER_AGENT; seq++) {
          const inGap = gaps.filter((g) => g.agent_id === agentId && Number(g.first_seq) <= seq && seq <= Number(g.last_seq)).length;
          expect(held.has(seq) ? 0 : 1).toBe(inGap);
        }
        expect(db.prepare('SELECT acked_seq FROM agent_seq WHERE agent_id = ?').pluck().get(agentId)).toBe(PER_AGENT);
      }
      expect(report.notes.filter((l) => l.includes(STORAGE_DAMAGED_REASON)).length).toBe(gaps.length);
      // the full-text index is rebuilt: a text search finds what is held, and new rowids stay above every lost one
      const store = new SqliteEventStore(db);
      const page = store.search({ text: 'salvage probe agent-a', fromNs: 0n, toNs: 2n ** 62n, limit: 5000 });
      expect(page.events.length).toBe(db.prepare("SELECT count(*) FROM events WHERE agent_id = 'agent-a'").pluck().get());
      // the chunks' time bounds are rebuilt from what is held: a host's newest-first read finds all of it
      expect(db.prepare('SELECT count(*) FROM event_chunks').pluck().get()).toBe(db.prepare('SELECT count(DISTINCT rowid >> 14) FROM events').pluck().get());
      expect(store.search({ agentId: 'agent-a', limit: 5000 }).events.length).toBe(page.events.length);
      const [r] = store.insertBatches([{ agentId: 'agent-a', events: [event('agent-a', PER_AGENT + 1)] }]);
      expect(r!.inserted).toHaveLength(1);
      const top = db.prepare('SELECT max(rowid) FROM events').pluck().get() as number;
      expect(BigInt(top)).toBeGreaterThan(events.lostRowids.at(-1)!.to);
    } finally {
      db.close();
    }
  });
});
