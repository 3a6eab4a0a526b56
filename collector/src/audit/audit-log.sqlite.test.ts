// The AuditLog contract against SQLite on a real database file, plus what needs the file itself: entries read
// back by a second connection, and an edited or deleted row found by the chain check.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../store/db.js';
import { auditMigrations, SqliteAuditLog } from './store.js';
import { auditOptionsSchema } from './options.js';
import { AUDIT_LOG_CONTRACT_LIMITS, describeAuditLogContract } from './audit-log.contract.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function file(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-audit-'));
  dirs.push(dir);
  return join(dir, 'c.db');
}

describeAuditLogContract('SqliteAuditLog', () => {
  const db = openDatabase({ path: file(), migrations: [...auditMigrations] });
  return { store: new SqliteAuditLog(db, Date.now, AUDIT_LOG_CONTRACT_LIMITS), close: () => db.close() };
});

describe('SqliteAuditLog', () => {
  it('keeps entries in a real file', () => {
    const path = file();
    let t = 1000;
    const db = openDatabase({ path, migrations: [...auditMigrations] });
    const log = new SqliteAuditLog(db, () => t++, auditOptionsSchema.parse({}));
    for (let i = 0; i < 5; i++) log.write({ user: 'ann', source: '127.0.0.1', action: 'command.create', target: `agent:${i}`, result: 'ok', detail: { i } });
    log.write({ user: 'bob', source: '127.0.0.1', action: 'user.create', target: 'user:x', result: 'denied' });
    expect(log.list({ limit: 10, user: 'bob' })[0]).toMatchObject({ timeMs: 1005 });
    db.close();
    const again = openDatabase({ path, migrations: [...auditMigrations] });
    expect(new SqliteAuditLog(again, Date.now, auditOptionsSchema.parse({})).list({ limit: 100 })).toHaveLength(6);
    again.close();
  });

  it('finds an edited row and a deleted one when the chain is verified', () => {
    const db = openDatabase({ path: file(), migrations: [...auditMigrations] });
    const log = new SqliteAuditLog(db, Date.now, auditOptionsSchema.parse({}));
    for (let i = 0; i < 5; i++) log.write({ user: 'ann', source: 's', action: 'x', target: `t:${i}`, result: 'ok' });
    const [, second, third] = log.list({ limit: 100 }).reverse();
    db.prepare("UPDATE audit SET user = 'mallory' WHERE id = ?").run(second!.id);
    expect(log.verify()).toEqual({ ok: false, rows: 1, firstBad: { id: second!.id, reason: 'hash' } });
    db.prepare("UPDATE audit SET user = 'ann' WHERE id = ?").run(second!.id);
    expect(log.verify()).toEqual({ ok: true, rows: 5, firstBad: null });
    db.prepare('DELETE FROM audit WHERE id = ?').run(third!.id);
    expect(log.verify()).toMatchObject({ ok: false, firstBad: { reason: 'link' } });
    db.close();
  });
});

describe('SqliteAuditLog: text the chain must survive', () => {
  it('regression: a lone surrogate in a field, or a pair cut by the length bound, keeps the chain whole', () => {
    // Found by the API input fuzz: a login attempt for user "\ud800" made the audit chain check fail.
    const db = openDatabase({ path: file(), migrations: [...auditMigrations] });
    const log = new SqliteAuditLog(db, Date.now, auditOptionsSchema.parse({}));
    log.write({ user: '-', source: '127.0.0.1', action: 'session.login', target: 'user:\ud800', result: 'invalid', detail: { user: '\ud800' } });
    log.write({ user: `${'a'.repeat(199)}😀`, source: 's\udc00', action: 'x', target: `${'t'.repeat(299)}😀`, result: 'ok' });
    expect(log.verify()).toEqual({ ok: true, rows: 2, firstBad: null });
    const [second, first] = log.list({ limit: 10 });
    expect(first).toMatchObject({ target: 'user:\ufffd', detail: { user: '\ud800' } });
    expect(second).toMatchObject({ user: `${'a'.repeat(199)}\ufffd`, source: 's\ufffd', target: `${'t'.repeat(299)}\ufffd` });
    db.close();
  });
});
