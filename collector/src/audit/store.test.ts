import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/db.js';
import { auditMigrations, SqliteAuditLog } from './store.js';

describe('SqliteAuditLog', () => {
  it('keeps entries in a real file and pages newest first by id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-audit-'));
    try {
      let t = 1000;
      const db = openDatabase({ path: join(dir, 'c.db'), migrations: [...auditMigrations] });
      const log = new SqliteAuditLog(db, () => t++);
      for (let i = 0; i < 5; i++) {
        log.write({ user: 'ann', source: '127.0.0.1', action: 'command.create', target: `agent:${i}`, result: 'ok', detail: { i } });
      }
      log.write({ user: 'bob', source: '127.0.0.1', action: 'user.create', target: 'user:x', result: 'denied' });
      const first = log.list({ limit: 3 });
      expect(first.map((e) => e.user)).toEqual(['bob', 'ann', 'ann']);
      const next = log.list({ limit: 10, beforeId: first[2]!.id });
      expect(next.map((e) => e.target)).toEqual(['agent:2', 'agent:1', 'agent:0']);
      expect(next[0]!.detail).toEqual({ i: 2 });
      expect(log.list({ limit: 10, user: 'bob' })[0]).toMatchObject({ action: 'user.create', result: 'denied', timeMs: 1005 });
      db.close();
      const again = openDatabase({ path: join(dir, 'c.db'), migrations: [...auditMigrations] });
      expect(new SqliteAuditLog(again).list({ limit: 100 })).toHaveLength(6);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('replaces an oversized detail with a marker', () => {
    const db = openDatabase({ path: ':memory:', migrations: [...auditMigrations] });
    const log = new SqliteAuditLog(db);
    log.write({ user: 'a', source: 's', action: 'x', target: '', result: 'ok', detail: { big: 'y'.repeat(10_000) } });
    expect(log.list({ limit: 1 })[0]!.detail).toEqual({ truncated: true, chars: expect.any(Number) });
  });
});
