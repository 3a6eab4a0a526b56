// The commands feature, wired: its tables, the CommandService (signs, delivers on connect and on a sweep,
// takes results from agents), the response policies that act on new alerts, and the announcement of every
// command change on the bus.
import type { KeyObject } from 'node:crypto';
import type { Logger } from '@vigil/logger';
import type { ICollectorMessage } from '@vigil/proto';
import type { Db } from '../store/db.js';
import type { EventBus } from '../core/bus.js';
import type { AuditWriter } from '../audit/writer.js';
import type { GatewayTopics } from '../gateway/topics.js';
import type { AlertTopics } from '../alerts/topics.js';
import { SqliteCommandStore, SqlitePolicyStore, commandsMigrations } from './store.js';
import { CommandService } from './service.js';
import { PolicyEngine } from './policies.js';
import type { CommandTopics } from './topics.js';
import type { PolicyStore } from './types.js';
import type { CommandsOptions } from './options.js';

export { commandsMigrations };

export interface Commands {
  /** Other features (API, incidents, install, policies) issue commands through it. */
  readonly service: CommandService;
  readonly policies: PolicyEngine;
  readonly policyStore: PolicyStore;
  stop(): void;
}

export interface CommandsDeps {
  db: Db;
  privateKey: KeyObject;
  /** Public halves of the command keys rotated away from (keys/keyring.ts). */
  retiredPublicKeys: readonly Uint8Array[];
  /** To a connected agent; false when it is offline (the command stays pending). */
  send: (agentId: string, msg: ICollectorMessage) => boolean;
  isOnline: (agentId: string) => boolean;
  audit: AuditWriter;
  bus: EventBus<CommandTopics & GatewayTopics & AlertTopics>;
  options: CommandsOptions;
  /** A sweep that failed for storage (a full disk) is reported here, then retried. */
  noteFailure: (err: unknown, what: string) => void;
  logger: Logger;
  clock: () => number;
}

export function createCommands(deps: CommandsDeps): Commands {
  const { bus, logger } = deps;
  const service = new CommandService({
    store: new SqliteCommandStore(deps.db),
    privateKey: deps.privateKey,
    retiredPublicKeys: deps.retiredPublicKeys,
    send: deps.send,
    audit: deps.audit,
    logger,
    clock: deps.clock,
    onChange: (command, hold) => bus.publish('command.changed', { command, hold }),
    options: deps.options,
  });
  const policyStore = new SqlitePolicyStore(deps.db);
  const policies = new PolicyEngine(policyStore, service);
  const log = logger.child({ component: 'policies' });
  bus.subscribe('alert.raised', ({ alert: a }) => {
    try {
      const ids = policies.onAlert({ id: a.id, agentId: a.agentId, ruleId: a.ruleId, severity: a.severity, trusted: a.trusted === true });
      if (ids.length) log.info({ alertId: a.id, commandIds: ids }, 'response policy acted on an alert');
    } catch (err) {
      log.error({ err, alertId: a.id }, 'response policy failed');
    }
  });
  bus.subscribe('agent.online', ({ agentId }) => service.reconnected(agentId));
  bus.subscribe('agent.commandResult', ({ agentId, result }) => service.onResult(agentId, result));
  // The sweep expires overdue commands and delivers pending ones to online agents (commands written by other processes).
  const timer = setInterval(() => {
    // A timer's exception would end the process: a full disk (or any storage error) is logged and retried.
    try {
      service.expire();
      service.deliverAll(deps.isOnline);
    } catch (err) {
      deps.noteFailure(err, 'commands');
      logger.error({ err }, 'command sweep failed');
    }
  }, deps.options.sweepIntervalMs);
  timer.unref();
  return { service, policies, policyStore, stop: () => clearInterval(timer) };
}
