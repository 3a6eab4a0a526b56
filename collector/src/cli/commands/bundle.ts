// `vigil-collector bundle publish|list|offer`: signs and stores agent bundles under the data folder, and
// offers one to agents as a signed upgrade command (a running collector delivers it within a second).
import { createLogger } from '@vigil/logger';
import { SqliteAuditLog, auditMigrations } from '../../audit/store.js';
import { CommandService } from '../../commands/service.js';
import { dataPaths } from '../../datadir.js';
import { loadKeyring, retiredPublicKeys } from '../../keys/keyring.js';
import { BundleStore } from '../../install/bundles.js';
import { offerUpgrade } from '../../install/upgrade.js';
import { openDatabase } from '../../store/db.js';
import { commandsMigrations, SqliteCommandStore } from '../../commands/store.js';
import { LowdbStateStore } from '../../store/state.js';
import { SqliteAgentStore, agentsMigrations } from '../../hosts/agent-store.js';
import { importLegacyAgents } from '../../hosts/agent-import.js';
import { join } from 'node:path';
import type { CliCommand } from '@vigil/cli';
import { commonHelp, configFor, parse } from '../options.js';

export const bundleCommand: CliCommand = {
  name: 'bundle',
  summary: 'publish signed agent bundles and offer them to agents as upgrades',
  help: [
    'Usage: vigil-collector bundle publish FILE [--version V] [--data DIR]',
    '       vigil-collector bundle list [--data DIR]',
    '       vigil-collector bundle offer (--agent ID ... | --all) [--version V] [--operator NAME] [--data DIR]',
    '',
    'publish copies an agent bundle (npm run bundle; agent/dist-bundle/vigil-agent.mjs) to DIR/bundles/V/,',
    'signs "vigil.v1.bundle" 0x00 sha256 0x00 version with the command key agents pinned at enrollment, and',
    'makes it the bundle /install.sh installs. V must be the version the bundle names in its banner.',
    'offer issues a signed upgrade command: the agent verifies the signature, downloads the bundle from this',
    'collector, checks its SHA-256, swaps it in atomically and restarts; a bundle that fails to start is',
    'rolled back.',
    '',
    'Options:',
    '  --version V      publish: check the bundle names V; offer: offer V (default: the current bundle)',
    '  --agent ID       offer: the agent to upgrade (repeatable)',
    '  --all            offer: every enrolled agent',
    '  --operator NAME  offer: who orders it, for the audit log (default: cli)',
    ...commonHelp,
    '',
    'Examples:',
    '  npm run bundle -- --version 0.2.0 && vigil-collector bundle publish agent/dist-bundle/vigil-agent.mjs --version 0.2.0',
    '  vigil-collector bundle list',
    '  vigil-collector bundle offer --all',
  ].join('\n'),
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      version: { type: 'string' },
      agent: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      operator: { type: 'string', default: 'cli' },
    });
    const config = configFor(values, io.env);
    const paths = dataPaths(config.dataDir);
    const ring = loadKeyring(paths);
    const bundles = new BundleStore(join(paths.root, 'bundles'), ring.privateKey, Date.now, retiredPublicKeys(ring));
    const [action, ...rest] = positionals;
    if (action === 'publish') {
      if (rest.length !== 1) throw new Error('bundle publish takes exactly one FILE (see --help)');
      const b = bundles.publish(rest[0]!, values.version, { maxBytes: config.install.maxBundleBytes });
      io.out(`published vigil-agent ${b.version}: ${b.bytes} bytes, sha256 ${b.sha256} (current)`);
      return 0;
    }
    if (action === 'list') {
      const current = bundles.current()?.version;
      for (const b of bundles.list())
        io.out(`${b.version}${b.version === current ? ' (current)' : ''}  ${b.bytes} bytes  sha256 ${b.sha256}  ${new Date(b.publishedAtMs).toISOString()}`);
      return 0;
    }
    if (action === 'offer') {
      if (!values.all && !values.agent?.length) throw new Error('bundle offer needs --agent ID or --all');
      // A running collector may hold the same SQLite file (WAL: readers and one writer at a time, waits
      // on a busy writer) and the state file (cross-process lock): this process takes its turn with both.
      const db = openDatabase({ path: paths.eventsDb, migrations: [...auditMigrations, ...commandsMigrations, ...agentsMigrations] });
      try {
        const agents = new SqliteAgentStore(db, config.agents);
        // a folder not yet started since the upgrade still keeps its agents in state.json
        importLegacyAgents(new LowdbStateStore(paths.stateFile), agents, paths.stateFile);
        const ids = values.all ? agents.list().map((a) => a.id) : (values.agent ?? []);
        if (!ids.length) throw new Error('bundle offer --all: no agent is enrolled');
        const commands = new CommandService({
          store: new SqliteCommandStore(db),
          privateKey: ring.privateKey,
          retiredPublicKeys: retiredPublicKeys(ring),
          // a running collector's sweep delivers what this process stored
          send: () => false,
          audit: new SqliteAuditLog(db, Date.now, config.audit),
          logger: createLogger({ name: 'collector', level: 'warn' }),
          options: config.commands,
        });
        for (const agentId of ids) {
          if (!agents.get(agentId)) throw new Error(`no agent ${agentId}`);
          const { bundle, command } = offerUpgrade(commands, bundles, {
            agentId,
            version: values.version,
            operator: values.operator,
            source: 'cli',
            ttlMs: config.install.upgradeTtlMs,
          });
          io.out(`offered vigil-agent ${bundle.version} to ${agentId}: command ${command.id}`);
        }
      } finally {
        db.close();
      }
      return 0;
    }
    io.err('vigil-collector bundle: expected "publish", "list" or "offer" (see --help)');
    return 2;
  },
};
