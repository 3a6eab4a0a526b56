// The upgrade path of issue 15 on real files: a data folder whose state.json still holds agents (the format
// every collector before it wrote) starts with them in the agent table and without them in the file; a bad
// entry stops the start with nothing changed; a file write that fails after the import committed loses nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { silentLogger } from '@vigil/logger';
import { tempPathFor } from '@vigil/files';
import { CollectorApp } from '../app.js';
import { loadCollectorConfig } from '../config.js';
import { initCommand } from '../cli/commands/init.js';
import { dataPaths } from '../datadir.js';
import { openDatabase } from '../store/db.js';
import { LowdbStateStore } from '../store/state.js';
import { SqliteAgentStore, agentsMigrations } from './agent-store.js';
import { defaultAgentsOptions } from './options.js';
import { importLegacyAgents } from './agent-import.js';
import type { AgentRecord } from './types.js';

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-agent-import-'));
  await initCommand.run(['--data', dir], { out: () => undefined, err: () => undefined, env: {} });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Agents as the lowdb store wrote them: enrollment fields, then what later updates added. */
const OLD_AGENTS: AgentRecord[] = [
  {
    id: '5b0f3c1e-8a52-4e0b-9a51-3f1c2d7e9a10',
    publicKey: 'q8mXbq2m3qkzY5gkq0mZ0m0x1j2s5f4Y9w2mZ0m0x1g=',
    hostname: 'web-1',
    machineId: '0f8e1c2b3a4d5e6f708192a3b4c5d6e7',
    os: 'Debian GNU/Linux 12',
    agentVersion: '0.1.0',
    enrolledAtMs: 1764547200000,
    lastSeenAtMs: 1764633600000,
    dryRun: true,
    revoked: false,
    tokenId: 'a1b2c3d4e5f6',
    inventory: {
      hostname: 'web-1',
      machineId: '0f8e1c2b3a4d5e6f708192a3b4c5d6e7',
      osName: 'Debian GNU/Linux',
      osVersion: '12',
      kernel: '6.1.0-27-amd64',
      arch: 'x64',
      cpuCores: 2,
      memoryBytes: 4294967296,
      interfaces: [{ name: 'eth0', mac: '52:54:00:12:34:56', addresses: ['10.0.0.5/24'] }],
      bootTimeMs: 1764547100000,
      agentVersion: '0.1.0',
      nodeVersion: 'v20.19.0',
      services: ['nginx.service', 'ssh.service'],
    },
    sequenceConflict: { atMs: 1764600000000, heldSeq: 120, agentLastSeq: 80 },
  },
  {
    id: '9d3c2b1a-0f4e-4d5c-8b7a-6e5f4d3c2b1a',
    publicKey: 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE=',
    hostname: 'web-1-copy',
    machineId: '0f8e1c2b3a4d5e6f708192a3b4c5d6e7',
    os: 'Debian GNU/Linux 12',
    agentVersion: '0.1.0',
    enrolledAtMs: 1764550000000,
    lastSeenAtMs: 1764550000000,
    dryRun: false,
    revoked: false,
    tokenId: 'f6e5d4c3b2a1',
    cloneOf: '5b0f3c1e-8a52-4e0b-9a51-3f1c2d7e9a10',
    identityConflictAtMs: 1764560000000,
  },
];

const paths = () => dataPaths(dir);
/** Writes the old format as lowdb wrote it (two-space JSON): agents beside tokens, settings and users. */
function writeOldStateFile(agents: unknown[] = OLD_AGENTS): string {
  const text = JSON.stringify(
    {
      version: 1,
      agents,
      tokens: [{ id: 'a1b2c3d4e5f6', hash: 'ab'.repeat(32), createdAtMs: 1, expiresAtMs: 2, maxUses: 1, uses: 1 }],
      settings: { 'detect.loadedRuleDirs': [] },
      users: [{ name: 'admin', role: 'admin', passwordHash: 'scrypt$x', disabled: false, mustChangePassword: false, createdAtMs: 1 }],
      apiTokens: [],
    },
    null,
    2,
  );
  writeFileSync(paths().stateFile, text);
  return text;
}

const startApp = () => new CollectorApp({ config: loadCollectorConfig({ overrides: { dataDir: dir, listen: { port: 0 } } }), logger: silentLogger() });

describe('agents of an old state file', () => {
  it('move into the agent table once at start and leave the file, which keeps everything else', async () => {
    writeOldStateFile();
    const before = JSON.parse(readFileSync(paths().stateFile, 'utf8')) as Record<string, unknown>;
    const app = startApp();
    try {
      expect(app.agents.list().map((a) => a.hostname)).toEqual(['web-1', 'web-1-copy']);
      expect(app.agents.get(OLD_AGENTS[0]!.id)).toEqual(OLD_AGENTS[0]);
      expect(app.agents.get(OLD_AGENTS[1]!.id)).toEqual(OLD_AGENTS[1]);
      const after = JSON.parse(readFileSync(paths().stateFile, 'utf8')) as Record<string, unknown>;
      expect('agents' in after).toBe(false);
      // the tokens moved to their own table the same way (token-import.test.ts)
      const { agents: _moved, tokens: _tokensMoved, ...rest } = before;
      expect(after).toEqual(rest);
      expect(app.tokens.list().map((t) => t.id)).toEqual(['a1b2c3d4e5f6']);
      // the enrollment order came along: a third copy of the machine is flagged against the first
      const third = app.agents.enroll({ ...OLD_AGENTS[1]!, id: 'third', publicKey: 'cGs=', nowMs: 5 });
      expect(third.cloneOf).toBe(OLD_AGENTS[0]!.id);
    } finally {
      await app.stop();
    }
    const again = startApp();
    try {
      expect(again.agents.count()).toBe(3);
      expect(again.agents.get(OLD_AGENTS[0]!.id)).toEqual(OLD_AGENTS[0]);
    } finally {
      await again.stop();
    }
  });

  it('that are not agent records stop the start, naming the file and the entry, and change nothing', async () => {
    const text = writeOldStateFile([OLD_AGENTS[0], { id: 'x', publicKey: 7 }]);
    expect(startApp).toThrow(expect.objectContaining({ code: 'VIGIL_ERR_STORE_CORRUPT', message: expect.stringContaining(`${paths().stateFile}: agents[1]`) }));
    // (the state store rewrites the file it opened, in its own key order, before anything is imported)
    expect(JSON.parse(readFileSync(paths().stateFile, 'utf8'))).toEqual(JSON.parse(text));
    const db = openDatabase({ path: paths().eventsDb, migrations: agentsMigrations });
    try {
      expect(new SqliteAgentStore(db, defaultAgentsOptions()).count()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('stay in the file when it cannot be rewritten after the import committed, and a later start finishes the move', () => {
    writeOldStateFile();
    const state = new LowdbStateStore(paths().stateFile);
    const db = openDatabase({ path: paths().eventsDb, migrations: agentsMigrations });
    try {
      const agents = new SqliteAgentStore(db, defaultAgentsOptions());
      mkdirSync(tempPathFor(paths().stateFile));
      expect(() => importLegacyAgents(state, agents, paths().stateFile)).toThrow();
      expect(agents.count()).toBe(2);
      expect((JSON.parse(readFileSync(paths().stateFile, 'utf8')) as { agents: unknown[] }).agents).toHaveLength(2);
      rmSync(tempPathFor(paths().stateFile), { recursive: true });
      agents.update(OLD_AGENTS[0]!.id, { lastSeenAtMs: 1764700000000 });
      expect(importLegacyAgents(state, agents, paths().stateFile)).toEqual({ found: 2, added: 0, inventoriesDropped: 0 });
      expect(agents.get(OLD_AGENTS[0]!.id)?.lastSeenAtMs).toBe(1764700000000);
      expect('agents' in (JSON.parse(readFileSync(paths().stateFile, 'utf8')) as object)).toBe(false);
      expect(importLegacyAgents(state, agents, paths().stateFile)).toBeUndefined();
    } finally {
      db.close();
    }
  });
});
