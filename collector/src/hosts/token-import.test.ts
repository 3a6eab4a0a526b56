// The upgrade path of issue 18 on real files: a data folder whose state.json still holds enrollment tokens
// (the format every collector before it wrote) starts with them in the token table and without them in the
// file, and they enroll exactly as before (uses, expiry); a bad entry stops the start with nothing changed;
// the CLI imports them too when it is the first to open the folder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { silentLogger } from '@vigil/logger';
import { CollectorApp } from '../app.js';
import { loadCollectorConfig } from '../config.js';
import { initCommand } from '../cli/commands/init.js';
import { tokenCommand } from '../cli/commands/token.js';
import { dataPaths } from '../datadir.js';
import { openDatabase } from '../store/db.js';
import { LowdbStateStore } from '../store/state.js';
import { SqliteTokenStore, tokensMigrations } from './token-store.js';
import { importLegacyTokens, legacyTokenRecord } from './token-import.js';
import { hashToken } from './tokens.js';
import type { TokenRecord } from './types.js';

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-token-import-'));
  await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FAR = 4_102_444_800_000; // 2100-01-01
/** Tokens as LowdbStateStore.createToken wrote them. */
const OLD_TOKENS: TokenRecord[] = [
  { id: 'a1b2c3d4e5f6', hash: hashToken('vgt_fleet'), createdAtMs: 1764547200000, expiresAtMs: FAR, maxUses: 20, uses: 7, note: 'web tier' },
  { id: '0f1e2d3c4b5a', hash: hashToken('vgt_once'), createdAtMs: 1764547300000, expiresAtMs: FAR, maxUses: 1, uses: 0 },
  { id: '998877665544', hash: hashToken('vgt_gone'), createdAtMs: 1764547400000, expiresAtMs: 1764547500000, maxUses: 5, uses: 1 },
];

const writeOldState = (extra: Record<string, unknown> = {}) => {
  const file = dataPaths(dir).stateFile;
  // init writes no state file; the first collector start did, with its tokens in it
  writeFileSync(file, JSON.stringify({ version: 1, tokens: OLD_TOKENS, settings: {}, ...extra }));
  return file;
};

describe('importLegacyTokens', () => {
  it('moves the tokens into the database at start; they enroll as before and the file no longer lists them', async () => {
    const file = writeOldState();
    const app = new CollectorApp({ config: loadCollectorConfig({ overrides: { dataDir: dir, listen: { port: 0 } } }), logger: silentLogger() });
    try {
      expect(app.tokens.list()).toEqual(OLD_TOKENS);
      expect('tokens' in (JSON.parse(readFileSync(file, 'utf8')) as object)).toBe(false);
      expect(app.tokens.useToken('vgt_fleet', Date.now(), { enroll: () => 'x' })).toEqual({ ok: true, value: 'x' });
      expect(app.tokens.useToken('vgt_gone', Date.now(), { enroll: () => 'x' })).toEqual({ ok: false, code: 'VIGIL_ERR_ENROLL_TOKEN_EXPIRED' });
      expect(app.tokens.list().map((t) => t.uses)).toEqual([8, 0, 1]);
    } finally {
      await app.stop();
    }
  });

  it('is what the CLI does too, when it opens the folder first', async () => {
    writeOldState();
    const out: string[] = [];
    expect(await tokenCommand.run(['list', '--data', dir], { out: (l) => out.push(l), err: () => undefined, env: {} })).toBe(0);
    expect(out.map((l) => l.split('  ')[0])).toEqual(OLD_TOKENS.map((t) => t.id));
    expect(out[0]).toContain('used 7/20  web tier');
  });

  it('stops at an entry that is not a token, naming the file and the entry, with nothing changed', () => {
    const file = writeOldState({ tokens: [OLD_TOKENS[0], { ...OLD_TOKENS[1], hash: 'not-a-hash' }] });
    const before = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const db = openDatabase({ path: dataPaths(dir).eventsDb, migrations: tokensMigrations });
    try {
      const tokens = new SqliteTokenStore(db);
      expect(() => importLegacyTokens(new LowdbStateStore(file), tokens, file)).toThrow(/state\.json: tokens\[1\] "hash" is not a SHA-256 in hex/);
      expect(tokens.list()).toEqual([]);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(before);
    } finally {
      db.close();
    }
  });

  it('reads each field strictly, never trusting the file: a bad count, a missing id, a note that is not text', () => {
    const ok = OLD_TOKENS[0]!;
    const bad = (entry: unknown) => () => legacyTokenRecord(entry, 3, 'state.json');
    expect(bad(null)).toThrow(/tokens\[3\] is not an object/);
    expect(bad({ ...ok, id: '' })).toThrow(/no string "id"/);
    expect(bad({ ...ok, uses: -1 })).toThrow(/"uses" is not a whole number/);
    expect(bad({ ...ok, maxUses: 1.5 })).toThrow(/"maxUses" is not a whole number/);
    expect(bad({ ...ok, expiresAtMs: '2100' })).toThrow(/"expiresAtMs" is not a whole number/);
    expect(bad({ ...ok, note: 7 })).toThrow(/"note" is not a string/);
    // more uses than allowed (edited by hand): imported used up, never past the bound
    expect(legacyTokenRecord({ ...ok, uses: 99 }, 0, 'state.json').uses).toBe(20);
  });
});
