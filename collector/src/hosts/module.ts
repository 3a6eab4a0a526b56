// The hosts feature, wired: the picture of each host (status from the gateway; processes, connections and
// health from its stored events: health at start, a host's tables on its first look), the fleet views other
// features add to it (open alerts, isolation from commands, exec coverage), its settings (dry-run, pushed to
// the agent), and the announcement on the bus whenever that picture changed.
import type { Logger } from '@vigil/logger';
import type { vigil } from '@vigil/proto';
import type { EventBus } from '../core/bus.js';
import type { AgentRecord, AgentStore } from './types.js';
import type { EventStore } from '../events/types.js';
import type { IngestTopics } from '../ingest/topics.js';
import type { GatewayTopics } from '../gateway/topics.js';
import type { CommandTopics } from '../commands/topics.js';
import type { AlertTopics } from '../alerts/topics.js';
import { ISOLATION_ACTIONS } from '../commands/isolation.js';
import type { Gateway } from '../gateway/server.js';
import type { DeliveryView } from '../gateway/delivery.js';
import { HostTracker } from './tracker.js';
import type { Fleet } from './fleet.js';
import type { AgentsOptions } from './options.js';
import type { HostTopics } from './topics.js';

export interface AgentStatus {
  online: boolean;
  lastSeenAtMs: number;
  /** Remote address of the live connection, when online. */
  remote?: string;
  /** Delivery of the live connection: flags an agent that is connected but stores nothing. */
  delivery?: DeliveryView;
}

export interface Hosts {
  readonly fleet: Fleet;
  status(agentId: string): AgentStatus;
  /** Stores the agent's dry-run setting and pushes its AgentConfig when it is online. */
  setDryRun(agentId: string, dryRun: boolean): void;
}

/** The AgentConfig an agent gets in its Welcome and on every settings change. */
export function agentConfigFor(agent: AgentRecord): vigil.v1.IAgentConfig {
  return { dryRun: agent.dryRun };
}

/** Stored event kinds that change what a host summary shows. */
const SUMMARY_KINDS = new Set(['health', 'inventory', 'gap', 'tamper', 'coverage']);

export interface HostsDeps {
  agents: Pick<AgentStore, 'list' | 'get' | 'update'>;
  events: EventStore;
  gateway: Pick<Gateway, 'isOnline' | 'remoteOf' | 'lastSeen' | 'delivery' | 'sendConfig'>;
  /** Views other features add to each host. */
  views: Pick<Fleet, 'openAlerts' | 'coverage' | 'commandIsolation'>;
  options: AgentsOptions;
  bus: EventBus<HostTopics & IngestTopics & GatewayTopics & CommandTopics & AlertTopics>;
  logger: Logger;
}

export function createHosts(deps: HostsDeps): Hosts {
  const { agents, gateway, bus, logger } = deps;
  const replay = deps.options.replayEvents;
  const tracker = new HostTracker(
    undefined,
    (agentId) => [
      deps.events.recent(agentId, ['process_start', 'process_exit'], replay),
      deps.events.recent(agentId, ['network_connection', 'network_listener'], replay),
    ],
    // the fleet list reads a page of hosts at a time: each host's health is read when it is first listed
    (agentId) => deps.events.recent(agentId, ['inventory', 'health', 'tamper'], 10),
  );
  const status = (agentId: string): AgentStatus => {
    const online = gateway.isOnline(agentId);
    const remote = online ? gateway.remoteOf(agentId) : undefined;
    const lastSeenAtMs = gateway.lastSeen(agentId) ?? agents.get(agentId)?.lastSeenAtMs ?? 0;
    const delivery = gateway.delivery(agentId);
    return { online, lastSeenAtMs, ...(remote ? { remote } : {}), ...(delivery ? { delivery } : {}) };
  };
  const fleet: Fleet = {
    listAgents: (q) => agents.list(q),
    getAgent: (id) => agents.get(id),
    status,
    tracker,
    events: deps.events,
    ...deps.views,
  };
  const changed = (agentId: string) => bus.publish('host.changed', { agentId });
  bus.subscribe('events.stored', ({ agentId, events }) => {
    try {
      tracker.apply(agentId, events);
    } catch (err) {
      logger.warn({ err, agentId }, 'host tracker could not apply events');
    }
    if (events.some((e) => SUMMARY_KINDS.has(e.kind))) changed(agentId);
  });
  for (const topic of ['agent.online', 'agent.offline', 'agent.delivery'] as const) bus.subscribe(topic, ({ agentId }) => changed(agentId));
  // a finished isolate/release changes the host's isolation badge; a new or changed alert its open-alert counts
  bus.subscribe('command.changed', ({ command }) => {
    if (ISOLATION_ACTIONS.has(command.action)) changed(command.agentId);
  });
  bus.subscribe('alert.raised', ({ alert }) => changed(alert.agentId));
  bus.subscribe('alert.updated', ({ alert }) => changed(alert.agentId));
  return {
    fleet,
    status,
    setDryRun(agentId, dryRun) {
      const agent = agents.update(agentId, { dryRun });
      if (agent) gateway.sendConfig(agentId, agentConfigFor(agent));
      changed(agentId);
    },
  };
}
