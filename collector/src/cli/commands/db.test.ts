import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openDatabase } from '../../store/db.js';
import { damageMiddleLeaf } from '../../store/testkit-damage.js';
import { collectorMigrations } from '../../migrations.js';
import { dbCommand } from './db.js';

let dir: string;
let out: string[];
const io = { out: (l: string) => void out.push(l), err: (l: string) => void out.push(l), env: {} };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-db-cli-'));
  out = [];
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: collectorMigrations });
  db.exec('CREATE TABLE scratch (id INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO scratch (body) VALUES (?)');
  for (let i = 0; i < 500; i++) insert.run(Buffer.alloc(200, i % 200));
  db.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('vigil-collector db', () => {
  it('check says ok for a sound file, lists the problems of a damaged one with the remedy, and salvage makes it sound again', async () => {
    expect(await dbCommand.run(['check', '--data', dir], io)).toBe(0);
    expect(out).toEqual([`${join(dir, 'events.db')}: ok`]);
    damageMiddleLeaf(join(dir, 'events.db'), 'scratch');
    out = [];
    expect(await dbCommand.run(['check', '--data', dir, '--max', '1'], io)).toBe(1);
    expect(out[0]).toMatch(/: damaged \(1 or more problems found\)$/);
    expect(out).toHaveLength(3);
    expect(out.at(-1)).toBe(`remedy: stop the collector, then run "vigil-collector db salvage --data ${dir}"`);
    out = [];
    // a table no migration creates is not carried over: salvage keeps the collector's own schema
    expect(await dbCommand.run(['salvage', '--data', dir], io)).toBe(0);
    expect(out.some((l) => l.startsWith('events: 0 rows copied, none lost'))).toBe(true);
    expect(out.at(-1)).toMatch(/^the damaged file is kept: .*\/damaged\/events\.db\.\S+$/);
    out = [];
    expect(await dbCommand.run(['check', '--data', dir], io)).toBe(0);
    expect(await dbCommand.run(['fix', '--data', dir], io)).toBe(2);
  });
});
