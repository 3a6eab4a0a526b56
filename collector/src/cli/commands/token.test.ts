// `vigil-collector token`: a created token is printed once, kept as a hash in the token table of the data
// folder's database with its uses and note, listed with its use count, and spendable there; bad arguments
// are refused before anything is written.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPaths } from '../../datadir.js';
import { openDatabase } from '../../store/db.js';
import { SqliteTokenStore, tokensMigrations } from '../../hosts/token-store.js';
import { hashToken } from '../../hosts/tokens.js';
import { tokenCommand } from './token.js';

describe('vigil-collector token', () => {
  it('creates a token kept only as a hash in the database, and lists it with its uses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-token-cli-'));
    try {
      const out: string[] = [];
      const io = { out: (l: string) => void out.push(l), err: (l: string) => void out.push(l), env: {} };
      expect(await tokenCommand.run(['create', '--data', dir, '--ttl', '1h', '--uses', '3', '--note', 'web tier', '--json'], io)).toBe(0);
      const created = JSON.parse(out.pop()!) as { token: string; id: string; expiresAt: string; uses: number };
      expect(created.uses).toBe(3);
      const db = openDatabase({ path: dataPaths(dir).eventsDb, migrations: tokensMigrations });
      try {
        const tokens = new SqliteTokenStore(db);
        expect(tokens.list()).toEqual([expect.objectContaining({ id: created.id, hash: hashToken(created.token), maxUses: 3, uses: 0, note: 'web tier' })]);
        expect(tokens.useToken(created.token, Date.now(), { enroll: () => 'a1' })).toEqual({ ok: true, value: 'a1' });
      } finally {
        db.close();
      }
      expect(await tokenCommand.run(['list', '--data', dir], io)).toBe(0);
      expect(out.pop()).toBe(`${created.id}  expires ${created.expiresAt}  used 1/3  web tier`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses bad arguments before opening anything', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vigil-token-cli-')), 'data');
    try {
      const err: string[] = [];
      const io = { out: () => undefined, err: (l: string) => void err.push(l), env: {} };
      expect(await tokenCommand.run(['revoke', '--data', dir], io)).toBe(2);
      await expect(tokenCommand.run(['create', '--data', dir, '--uses', '0'], io)).rejects.toThrow(/--uses/);
      await expect(tokenCommand.run(['create', '--data', dir, '--uses', '1.5'], io)).rejects.toThrow(/--uses/);
      expect(existsSync(dir)).toBe(false);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });
});
