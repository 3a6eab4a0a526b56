// Commands ordered the way an operator tool beside a running collector would: its own CommandService on the
// collector's database file and command key (the collector process holds the agents' connections and
// delivers what is pending on its sweep), and the command rows read back from that file.
import { silentLogger } from '@vigil/logger';
import { readCollectorDb } from './sim.js';
import { openDatabase } from '../../collector/dist/store/db.js';
import { SqliteCommandStore, commandsMigrations } from '../../collector/dist/commands/store.js';
import { CommandService } from '../../collector/dist/commands/service.js';
import { loadCollectorConfig } from '../../collector/dist/config.js';
import { dataPaths } from '../../collector/dist/datadir.js';
import { loadKeyring } from '../../collector/dist/keys/keyring.js';

export interface Order {
  agentId: string;
  action: string;
  params?: Record<string, unknown>;
  ttlMs?: number;
}

export interface CommandState {
  status: string;
  errorCode: string | null;
  message: string | null;
  outputJson: string | null;
}

/** The collector whose data folder is meant: a `Collector` of the suite, or any `{ dataDir }` (one in a lab). */
export interface CollectorData {
  dataDir: string;
}

/** Signs and stores each order as the collector would (not dry-run by the order); returns their ids. */
export function issueCommands(collector: CollectorData, orders: readonly Order[]): string[] {
  const paths = dataPaths(collector.dataDir);
  const db = openDatabase({ path: paths.eventsDb, migrations: commandsMigrations });
  try {
    const service = new CommandService({
      store: new SqliteCommandStore(db),
      privateKey: loadKeyring(paths).privateKey,
      send: () => false,
      audit: { write: () => undefined },
      logger: silentLogger(),
      options: loadCollectorConfig().commands,
    });
    return orders.map(
      (o) => service.issue({ agentId: o.agentId, action: o.action, params: o.params ?? {}, operator: 'test', dryRun: false, ttlMs: o.ttlMs ?? 600_000 }).id,
    );
  } finally {
    db.close();
  }
}

/** Each command's state now, in the order of `ids`. */
export function commandStates(collector: CollectorData, ids: readonly string[]): CommandState[] {
  return readCollectorDb(collector, (db) => {
    const q = db.prepare('SELECT status, error_code AS errorCode, message, output_json AS outputJson FROM commands WHERE id = ?');
    return ids.map((id) => q.get(id) as CommandState);
  });
}

/** True once a command has ended (answered, refused, expired or rejected). */
export const ended = (c: CommandState): boolean => !['awaiting_approval', 'pending', 'delivered', 'running'].includes(c.status);
