// `bundle offer` beside a running collector: it reads agents from the agent table the server holds open
// (the same SQLite file, WAL), finishes the move of an old state.json's agents if the server has not, and
// offers the upgrade to each; an unknown agent is refused by name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPaths } from '../../datadir.js';
import { openDatabase, type Db } from '../../store/db.js';
import { SqliteAgentStore, agentsMigrations } from '../../hosts/agent-store.js';
import { defaultAgentsOptions } from '../../hosts/options.js';
import { bundleCommand } from './bundle.js';
import { initCommand } from './init.js';

let dir: string;
let serverDb: Db | undefined;
const out: string[] = [];
const io = { out: (l: string) => void out.push(l), err: (l: string) => void out.push(l), env: {} };
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-bundle-cli-'));
  out.length = 0;
  await initCommand.run(['--data', dir], io);
});
afterEach(() => {
  serverDb?.close();
  serverDb = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const oldAgent = (id: string) => ({
  id,
  publicKey: Buffer.alloc(32, id.length).toString('base64'),
  hostname: `host-${id}`,
  machineId: `machine-${id}`,
  os: 'Debian GNU/Linux 12',
  agentVersion: '0.1.0',
  enrolledAtMs: 1,
  lastSeenAtMs: 2,
  dryRun: false,
  revoked: false,
  tokenId: 't',
});

describe('vigil-collector bundle offer', () => {
  it('offers to every agent of the table and of an old state file, while the server holds the database open', async () => {
    const paths = dataPaths(dir);
    // a running collector: its connection to the file, an agent it enrolled
    serverDb = openDatabase({ path: paths.eventsDb, migrations: agentsMigrations });
    const server = new SqliteAgentStore(serverDb, defaultAgentsOptions());
    server.enroll({ id: 'new-1', publicKey: 'cGsx', hostname: 'new', machineId: 'm-new', os: 'Debian', agentVersion: '0.1.0', tokenId: 't', nowMs: 3 });
    writeFileSync(paths.stateFile, JSON.stringify({ version: 1, agents: [oldAgent('old-1'), oldAgent('old-22')], tokens: [], settings: {} }, null, 2));
    const file = join(dir, 'vigil-agent.mjs');
    writeFileSync(file, '#!/usr/bin/env node\n// vigil-agent 0.2.0: test\nconsole.log(1);\n');
    expect(await bundleCommand.run(['publish', file, '--data', dir], io)).toBe(0);

    expect(await bundleCommand.run(['offer', '--all', '--data', dir], io)).toBe(0);
    const offered = out.filter((l) => l.startsWith('offered vigil-agent 0.2.0 to ')).map((l) => /to (\S+):/.exec(l)![1]);
    expect(offered.sort()).toEqual(['new-1', 'old-1', 'old-22']);
    expect('agents' in (JSON.parse(readFileSync(paths.stateFile, 'utf8')) as object)).toBe(false);
    expect(server.get('old-22')?.hostname).toBe('host-old-22');

    await expect(bundleCommand.run(['offer', '--agent', 'nobody', '--data', dir], io)).rejects.toThrow('no agent nobody');
    await expect(bundleCommand.run(['offer', '--data', dir], io)).rejects.toThrow('bundle offer needs --agent ID or --all');
  });
});
