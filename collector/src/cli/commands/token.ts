// `vigil-collector token create|list`: enrollment tokens. The token is printed once; only its hash is stored,
// in the token table of the collector's database (a running collector may hold the file: WAL, one writer
// at a time, this process waits its turn).
import { mkdirSync } from 'node:fs';
import { LowdbStateStore } from '../../store/state.js';
import { openDatabase } from '../../store/db.js';
import { agentsMigrations } from '../../hosts/agent-store.js';
import { SqliteTokenStore, tokensMigrations } from '../../hosts/token-store.js';
import { importLegacyTokens } from '../../hosts/token-import.js';
import { dataPaths } from '../../datadir.js';
import type { CliCommand } from '@vigil/cli';
import { parseDuration } from '../duration.js';
import { configFor, parse } from '../options.js';

export const tokenCommand: CliCommand = {
  name: 'token',
  summary: 'create or list enrollment tokens (expiring, use-limited, stored only as a hash)',
  help: [
    'Usage: vigil-collector token create [--data DIR] [--ttl DURATION] [--uses N] [--note TEXT] [--json]',
    '       vigil-collector token list [--data DIR]',
    '',
    'create prints the new token on stdout (only once: the collector keeps its SHA-256 hash).',
    '',
    'Options:',
    '  --data DIR       data folder (default ./data)',
    '  --ttl DURATION   lifetime: 90s, 15m, 24h, 7d (default: enrollment.defaultTtlSeconds, 24h)',
    '  --uses N         how many agents may enroll with it (default: enrollment.defaultUses, 1)',
    '  --note TEXT      a reminder of what the token is for',
    '  --json           print {"token","id","expiresAt","uses"} instead of the bare token',
    '',
    'Examples:',
    '  vigil-collector token create --ttl 1h --uses 20 --note "web tier"',
    '  vigil-agent enroll --collector ws://127.0.0.1:8080/agent --token "$(vigil-collector token create)"',
  ].join('\n'),
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      ttl: { type: 'string' },
      uses: { type: 'string' },
      note: { type: 'string' },
      json: { type: 'boolean', default: false },
    });
    const config = configFor(values, io.env);
    const action = positionals[0];
    if (action !== 'create' && action !== 'list') {
      io.err('vigil-collector token: expected "create" or "list" (see --help)');
      return 2;
    }
    const ttlSeconds = values.ttl ? parseDuration(values.ttl) : config.enrollment.defaultTtlSeconds;
    const maxUses = values.uses ? Number(values.uses) : config.enrollment.defaultUses;
    if (ttlSeconds < 1) throw new Error('--ttl must be at least 1s');
    if (!Number.isInteger(maxUses) || maxUses < 1) throw new Error('--uses must be a whole number of at least 1');
    const paths = dataPaths(config.dataDir);
    mkdirSync(paths.root, { recursive: true, mode: 0o700 });
    const db = openDatabase({ path: paths.eventsDb, migrations: [...agentsMigrations, ...tokensMigrations] });
    try {
      const tokens = new SqliteTokenStore(db);
      // a folder not yet started since the upgrade still keeps its tokens in state.json
      importLegacyTokens(new LowdbStateStore(paths.stateFile), tokens, paths.stateFile);
      if (action === 'create') {
        const { token, record } = tokens.create({ ttlSeconds, maxUses, nowMs: Date.now(), ...(values.note ? { note: values.note } : {}) });
        io.out(values.json ? JSON.stringify({ token, id: record.id, expiresAt: new Date(record.expiresAtMs).toISOString(), uses: record.maxUses }) : token);
        return 0;
      }
      for (const t of tokens.list()) {
        io.out(`${t.id}  expires ${new Date(t.expiresAtMs).toISOString()}  used ${t.uses}/${t.maxUses}${t.note ? `  ${t.note}` : ''}`);
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
