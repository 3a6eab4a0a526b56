import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { LowdbStateStore } from './state.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-state-'));
  file = join(dir, 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('LowdbStateStore', () => {
  it("hands an old file's agents list over once, removing it only after the importer returned", () => {
    writeFileSync(file, JSON.stringify({ version: 1, agents: [{ id: 'a1' }], tokens: [], settings: { x: 1 }, users: ['u1'] }));
    const s = new LowdbStateStore(file);
    expect(() =>
      s.takeLegacyAgents(() => {
        throw new Error('import failed');
      }),
    ).toThrow('import failed');
    expect(JSON.parse(readFileSync(file, 'utf8')).agents).toEqual([{ id: 'a1' }]);
    expect(s.takeLegacyAgents((entries) => entries.length)).toBe(1);
    const after = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect('agents' in after).toBe(false);
    expect(after.settings).toEqual({ x: 1 });
    expect(after.users).toEqual(['u1']);
    expect(s.takeLegacyAgents(() => 'again')).toBeUndefined();
    expect(() => s.mutateCollection('agents', () => [])).toThrow();
  });

  it("hands an old file's tokens list over once, the same way, and no longer writes one", () => {
    writeFileSync(file, JSON.stringify({ version: 1, tokens: [{ id: 't1' }], settings: { x: 1 } }));
    const s = new LowdbStateStore(file);
    expect(() =>
      s.takeLegacyTokens(() => {
        throw new Error('import failed');
      }),
    ).toThrow('import failed');
    expect(JSON.parse(readFileSync(file, 'utf8')).tokens).toEqual([{ id: 't1' }]);
    expect(s.takeLegacyTokens((entries) => entries)).toEqual([{ id: 't1' }]);
    expect('tokens' in (JSON.parse(readFileSync(file, 'utf8')) as object)).toBe(false);
    expect(s.takeLegacyTokens(() => 'again')).toBeUndefined();
    expect(() => s.mutateCollection('tokens', () => [])).toThrow();
    s.setSetting('y', 2);
    expect('tokens' in (JSON.parse(readFileSync(file, 'utf8')) as object)).toBe(false);
    // a new file holds no tokens list either
    const fresh = join(dir, 'fresh.json');
    new LowdbStateStore(fresh).setSetting('z', 1);
    expect(JSON.parse(readFileSync(fresh, 'utf8'))).toEqual({ version: 1, settings: { z: 1 } });
  });
});

describe('state file', () => {
  it('is written 0600, since it holds password and token hashes', () => {
    const store = new LowdbStateStore(file);
    store.mutateCollection('users', () => [{ name: 'admin', hash: 'x' }]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8')).users).toHaveLength(1);
  });
});
