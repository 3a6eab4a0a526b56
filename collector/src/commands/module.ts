// The commands feature as a collector module: its tables, the CommandService wired to the gateway
// (deliver on connect, results from agents), the expiry sweep, and live updates for the page.
import type { CollectorApp, CollectorModule } from '../app.js';
import { SqliteCommandStore, SqlitePolicyStore, commandsMigration } from './store.js';
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
        options: app.config.commands,
      });
      mod.service = service;
      mod.policyStore = new SqlitePolicyStore(app.db);
      mod.policies = new PolicyEngine(mod.policyStore, service);
      // New alerts (published by detection after each commit) go through the response policies.
      const policies = mod.policies;
      const log = app.logger.child({ component: 'policies' });
      app.live.subscribe((m) => {
        const data = m.data as
          { change?: string; alert?: { id?: string; agentId?: string; ruleId?: string; severity?: string; trusted?: boolean } } | undefined;
        const a = data?.alert;
        if (m.topic !== 'alert' || data?.change !== 'created' || !a?.id || !a.agentId || !a.ruleId) return;
        try {
          const ids = policies.onAlert({ id: a.id, agentId: a.agentId, ruleId: a.ruleId, severity: a.severity ?? '', trusted: a.trusted === true });
          if (ids.length) log.info({ alertId: a.id, commandIds: ids }, 'response policy acted on an alert');
        } catch (err) {
          log.error({ err, alertId: a.id }, 'response policy failed');
        }
      });
      app.onAgentConnected((agentId) => service.deliver(agentId));
      app.onAgentMessage('commandResult', (agentId, result) => service.onResult(agentId, result));
      timer = setInterval(() => {
        // A timer's exception would end the process: a full disk (or any storage error) is logged and retried.
        try {
          service.expire();
          service.deliverAll((id) => app.agentStatus(id).online);
        } catch (err) {
          app.storage.noteFailure(err, 'commands');
          log.error({ err }, 'command sweep failed');
        }
      }, options.expirySweepMs ?? 1000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
  return mod;
}
