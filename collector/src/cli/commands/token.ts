// `vigil-collector token create|list`: enrollment tokens. The token is printed once; only its hash is stored.
import { LowdbStateStore } from '../../store/state.js';
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
    const state = new LowdbStateStore(dataPaths(config.dataDir).stateFile);
    const action = positionals[0];
    if (action === 'create') {
      const ttlSeconds = values.ttl ? parseDuration(values.ttl) : config.enrollment.defaultTtlSeconds;
      const maxUses = values.uses ? Number(values.uses) : config.enrollment.defaultUses;
      if (ttlSeconds < 1) throw new Error('--ttl must be at least 1s');
      if (!Number.isInteger(maxUses) || maxUses < 1) throw new Error('--uses must be a whole number of at least 1');
      const { token, record } = state.createToken({ ttlSeconds, maxUses, nowMs: Date.now(), ...(values.note ? { note: values.note } : {}) });
      io.out(values.json ? JSON.stringify({ token, id: record.id, expiresAt: new Date(record.expiresAtMs).toISOString(), uses: record.maxUses }) : token);
      return 0;
    }
    if (action === 'list') {
      for (const t of state.listTokens()) {
        io.out(`${t.id}  expires ${new Date(t.expiresAtMs).toISOString()}  used ${t.uses}/${t.maxUses}${t.note ? `  ${t.note}` : ''}`);
      }
      return 0;
    }
    io.err('vigil-collector token: expected "create" or "list" (see --help)');
    return 2;
  },
};
