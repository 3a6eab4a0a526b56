// Wires the command layer to the responders for the agent runtime: one call builds the executor, and
// `startAtBoot` re-applies persisted isolation and blocks before anything else runs.
import { join } from 'node:path';
import type { Logger } from '@vigil/logger';
import type { EventSink } from '../events/sink.js';
import { selectBackend, UnavailableBackend, type FirewallBackend } from '../responders/firewall.js';
import { AgentError } from '../errors.js';
import { ExecRunner, type CommandRunner } from '../responders/runner.js';
import { IsolationManager, type SelfTest } from '../responders/isolation.js';
import { BlockManager } from '../responders/block.js';
import { ServiceResponder } from '../responders/services.js';
import { QuarantineStore } from '../responders/quarantine.js';
import { collectorAddresses, tcpSelfTest, type CollectorEndpoint } from '../responders/collector-target.js';
import { forbiddenBlock } from '../responders/block-guard.js';
import { defaultActions, type ActionTable } from './actions.js';
import { CommandLedger } from './ledger.js';
import { CommandExecutor } from './executor.js';
import type { AgentConfig } from '../config.js';
import type { vigil } from '@vigil/proto';

export interface ResponseOptions {
  /** The agent state dir; responders keep state under <stateDir>/response, quarantine under <stateDir>/quarantine. */
  stateDir: string;
  agentId: () => string;
  commandPublicKey: () => Uint8Array | undefined;
  agentDryRun: () => boolean;
  collector: () => CollectorEndpoint;
  sink: EventSink;
  logger: Logger;
  runner?: CommandRunner;
  /** The validated config's `response` section: firewall, heal interval, self-test, limits (agent/src/config.ts). */
  config: AgentConfig['response'];
  /** Replaces the TCP self-test, e.g. with a link round trip. */
  selfTest?: (addresses: string[], port: number) => SelfTest;
  /** More actions (triage, collect file) registered by other modules. */
  extraActions?: ActionTable;
  onRunning?: (result: vigil.v1.ICommandResult) => void;
  clock?: () => number;
  /** The clock signed commands are checked and recorded by: the collector's (default: `clock`). */
  commandClock?: () => number;
}

export interface Response {
  executor: CommandExecutor;
  isolation: IsolationManager;
  blocks: BlockManager;
  /** Re-applies persisted isolation and blocks, then starts the self-heal checks. Call first at agent start. */
  startAtBoot(): Promise<{ isolation: string; blocks: number }>;
  stop(): void;
}

export async function createResponse(o: ResponseOptions): Promise<Response> {
  const runner = o.runner ?? new ExecRunner();
  let backend: FirewallBackend;
  try {
    backend = await selectBackend(runner, o.config.firewall);
  } catch (err) {
    // Other actions (services, kill, quarantine) still work; firewall actions fail with this reason.
    o.logger.error({ err }, 'no firewall front-end: isolate and block will fail');
    backend = new UnavailableBackend(err instanceof AgentError ? err : new AgentError('VIGIL_ERR_RESPONSE_NO_FIREWALL', String(err)));
  }
  const dir = join(o.stateDir, 'response');
  const common = { backend, stateDir: dir, sink: o.sink, logger: o.logger.child({ component: 'response' }), ...(o.clock ? { clock: o.clock } : {}) };
  const isolation = new IsolationManager(common);
  const blocks = new BlockManager(common);
  const actions = defaultActions({
    isolation,
    blocks,
    services: new ServiceResponder(runner),
    quarantine: new QuarantineStore(join(o.stateDir, 'quarantine')),
    collector: o.collector,
    selfTest: o.selfTest ?? ((a, p) => tcpSelfTest(a, p)),
    options: o.config,
  });
  const commandClock = o.commandClock ?? o.clock;
  const ledger = new CommandLedger({
    dir: join(o.stateDir, 'commands'),
    ...o.config.ledger,
    clock: commandClock ?? Date.now,
    onDamaged: (d) => {
      o.logger.error(d, 'command ledger damaged; set aside');
      o.sink.emit({
        tamper: { what: 'command_ledger_damaged', detail: `${d.why}; set aside as ${d.keptAs}; commands issued before now are refused`, repaired: true },
      });
    },
  });
  const executor = new CommandExecutor({
    agentId: o.agentId,
    commandPublicKey: o.commandPublicKey,
    agentDryRun: o.agentDryRun,
    ledger,
    actions: { ...actions, ...o.extraActions },
    logger: o.logger.child({ component: 'commands' }),
    ...(commandClock ? { clock: commandClock } : {}),
    limits: { maxPayloadBytes: o.config.maxCommandBytes, maxClockSkewMs: o.config.maxClockSkewMs, maxLifetimeMs: o.config.maxCommandLifetimeMs },
    ...(o.onRunning ? { onRunning: o.onRunning } : {}),
  });
  let healTimer: NodeJS.Timeout | undefined;
  return {
    executor,
    isolation,
    blocks,
    async startAtBoot() {
      // A restore that fails must not stop the agent (it still reports); it is raised as tamper instead.
      const restore = async <T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> => {
        try {
          return await fn();
        } catch (err) {
          o.logger.error({ err }, `${what} restore failed`);
          o.sink.emit({ tamper: { what: `${what}_restore_failed`, detail: (err as Error).message, repaired: false } });
          return fallback;
        }
      };
      const iso = await restore('isolation', () => isolation.restoreAtStart(), 'failed');
      const n = await restore(
        'block',
        async () => {
          const addresses = await collectorAddresses(o.collector());
          return blocks.restoreAtStart((cidr) => forbiddenBlock(cidr, addresses));
        },
        0,
      );
      healTimer = setInterval(() => {
        isolation.checkOnce().catch((err: unknown) => o.logger.error({ err }, 'isolation check failed'));
        blocks.checkOnce().catch((err: unknown) => o.logger.error({ err }, 'block check failed'));
      }, o.config.healIntervalMs);
      healTimer.unref();
      return { isolation: iso, blocks: n };
    },
    stop() {
      if (healTimer) clearInterval(healTimer);
      blocks.stop();
    },
  };
}

export { CommandExecutor } from './executor.js';
export type { ActionTable, ActionHandler } from './actions.js';
