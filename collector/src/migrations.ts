// The collector database's schema: every feature's migrations, in the order they apply. serve opens the file
// with this list, and `vigil-collector db salvage` builds its new file with the very same one.
import type { Migration } from './store/db.js';
import { eventsMigrations } from './events/store.js';
import { auditMigrations } from './audit/store.js';
import { agentsMigrations } from './hosts/agent-store.js';
import { tokensMigrations } from './hosts/token-store.js';
import { alertsMigrations } from './alerts/module.js';
import { coverageMigrations } from './coverage/module.js';
import { commandsMigrations } from './commands/module.js';
import { incidentsMigrations } from './incidents/module.js';

export const collectorMigrations: readonly Migration[] = [
  ...eventsMigrations,
  ...auditMigrations,
  ...agentsMigrations,
  ...tokensMigrations,
  ...alertsMigrations,
  ...coverageMigrations,
  ...commandsMigrations,
  ...incidentsMigrations,
];
