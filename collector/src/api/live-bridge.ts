// The browser's view of the bus: what features announce, re-published on the live hub in the shapes the
// page reads (topics alert, command, incident, agent, health). The page is one subscriber of the bus; the
// features never know it exists.
import type { EventBus } from '../core/bus.js';
import type { AlertTopics } from '../alerts/topics.js';
import type { CommandTopics } from '../commands/topics.js';
import type { IncidentTopics } from '../incidents/topics.js';
import type { HostTopics } from '../hosts/topics.js';
import { publicView } from '../commands/service.js';
import type { Fleet } from '../hosts/fleet.js';
import type { LivePublisher } from './live.js';
import { summarizeAgent } from './routes/agents.js';

export function bridgeToLive(bus: EventBus<AlertTopics & CommandTopics & IncidentTopics & HostTopics>, live: LivePublisher, fleet: Fleet): void {
  bus.subscribe('alert.raised', ({ alert }) => live.publish('alert', { change: 'created', alert }));
  bus.subscribe('alert.updated', (update) => live.publish('alert', update));
  bus.subscribe('command.changed', ({ command, hold }) => live.publish('command', publicView(command, hold)));
  bus.subscribe('incident.changed', (change) => live.publish('incident', change));
  bus.subscribe('host.changed', ({ agentId }) => {
    // a host summary reads the host's picture: 10,000 agents coming online must not build one each for nobody
    if (!live.listening) return;
    const a = fleet.getAgent(agentId);
    if (a) live.publish('agent', summarizeAgent(fleet, a));
  });
}
