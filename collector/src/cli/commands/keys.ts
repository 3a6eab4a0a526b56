// `vigil-collector keys show|rotate`: the command-signing key's id, its rotations and which agents pin which
// key; and a rotation to a new key, which agents take up over the old key's signature at their next connect.
import type { CliCommand } from '@vigil/cli';
import { commandKeyId } from '@vigil/proto';
import { dataPaths } from '../../datadir.js';
import { SqliteAgentStore, agentsMigrations } from '../../hosts/agent-store.js';
import { loadKeyring } from '../../keys/keyring.js';
import { rotateCommandKey } from '../../keys/rotate.js';
import { openDatabase } from '../../store/db.js';
import { commonHelp, configFor, parse } from '../options.js';

const idOf = (b64: string) => commandKeyId(Buffer.from(b64, 'base64'));

export const keysCommand: CliCommand = {
  name: 'keys',
  summary: 'show the command-signing key and its rotations, or rotate it',
  help: [
    'Usage: vigil-collector keys show [--data DIR]',
    '       vigil-collector keys rotate [--data DIR]',
    '',
    'show prints the id of the command-signing key (the first 16 hex digits of SHA-256 of the raw public key),',
    'every rotation, and how many enrolled agents pin each key as of their last connection.',
    'rotate makes a new key, signs "vigil.v1.rotate" 0x00 old 0x00 new 0x00 time with the old one, appends that',
    'to DIR/keys/rotations.json and replaces DIR/keys/command.key; the old private key is deleted. It takes',
    'effect when the collector next starts: each agent follows the rotations from the key it pins at its next',
    'connect, saves the new key and refuses the old one from then on. Commands issued before are signed again',
    'as they go out; published bundles are signed with the key of the day. An agent pinned to a retired key',
    'still trusts it until it connects: see "keys show".',
    '',
    'Options:',
    ...commonHelp,
    '',
    'Examples:',
    '  vigil-collector keys show --data /var/lib/vigil-collector',
    '  systemctl stop vigil-collector && vigil-collector keys rotate --data /var/lib/vigil-collector && systemctl start vigil-collector',
  ].join('\n'),
  async run(argv, io) {
    const { values, positionals } = parse(argv, {});
    const config = configFor(values, io.env);
    const paths = dataPaths(config.dataDir);
    const [action, ...rest] = positionals;
    if (rest.length) throw new Error(`keys ${action}: unexpected ${rest.join(' ')}`);
    if (action === 'rotate') {
      const done = rotateCommandKey(paths);
      io.out(`command-signing key rotated: ${done.fromKeyId} -> ${done.toKeyId} (rotation ${done.rotations}, ${paths.keyRotations})`);
      io.out('takes effect when the collector next starts; agents take up the new key at their next connect');
      return 0;
    }
    if (action === 'show') {
      const ring = loadKeyring(paths);
      io.out(`command-signing key: ${ring.keyId} (${paths.commandKey})`);
      for (const [i, r] of ring.rotations.entries())
        io.out(`rotation ${i + 1}: ${idOf(r.fromKey)} -> ${idOf(r.toKey)} at ${new Date(r.rotatedAtMs).toISOString()}`);
      // A running collector may hold the same SQLite file (WAL): this process only reads.
      const db = openDatabase({ path: paths.eventsDb, migrations: agentsMigrations });
      try {
        for (const { keyId, agents } of new SqliteAgentStore(db, config.agents).byCommandKey()) {
          const what = keyId === null ? 'not known yet' : keyId === ring.keyId ? 'current' : 'retired: trusted until it connects';
          io.out(`agents pinning ${keyId ?? '?'}: ${agents} (${what})`);
        }
      } finally {
        db.close();
      }
      return 0;
    }
    io.err('vigil-collector keys: expected "show" or "rotate" (see --help)');
    return 2;
  },
};
