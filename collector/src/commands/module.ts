// The commands feature as a collector module: its tables, the CommandService wired to the gateway
// (deliver on connect, results from agents), the expiry sweep, and live updates for the page.
import type { CollectorApp, CollectorModule } from '../app.js';
import { SqliteCommandStore, SqlitePolicyStore, commandsMigration } from '../store/commands.js';
import { CommandService, publicView } from './service.js';
import { PolicyEngine } from './policies.js';

export interface CommandsModule extends CollectorModule {
  /** Set after setup(): other modules (API, incidents, detection) issue commands through it. */
  service?: CommandService;
  policies?: PolicyEngine;
  policyStore?: SqlitePolicyStore;
}

export function commandsModule(options: { expirySweepMs?: number } = {}): CommandsModule {
  // The sweep expires overdue commands and delivers pending ones to online agents (commands written by other processes).
  let timer: NodeJS.Timeout | undefined;
  const mod: CommandsModule = {
    name: 'commands',
    migrations: [commandsMigration],
    setup(app: CollectorApp) {
      const service = new CommandService({
        store: new SqliteCommandStore(app.db),
        privateKey: app.commandKey.privateKey,
        send: (agentId, msg) => app.sendToAgent(agentId, msg),
        audit: app.audit,
        logger: app.logger.child({ component: 'commands' }),
        clock: app.clock,
        onChange: (row) => app.live.publish('command', publicView(row)),
      });
      mod.service = service;
      mod.policyStore = new SqlitePolicyStore(app.db);
      mod.policies = new PolicyEngine(mod.policyStore, service);
      app.onAgentConnected((agentId) => service.deliver(agentId));
      app.onAgentMessage('commandResult', (agentId, result) => service.onResult(agentId, result));
      timer = setInterval(() => {
        service.expire();
        service.deliverAll((id) => app.agentStatus(id).online);
      }, options.expirySweepMs ?? 1000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
  return mod;
}
