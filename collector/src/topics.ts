// The collector's whole bus vocabulary: every feature's topics in one map, for the composition root. Each
// feature itself asks only for the topics it publishes or reads.
import type { IngestTopics } from './ingest/topics.js';
import type { GatewayTopics } from './gateway/topics.js';
import type { AlertTopics } from './alerts/topics.js';
import type { CommandTopics } from './commands/topics.js';
import type { IncidentTopics } from './incidents/topics.js';
import type { HostTopics } from './hosts/topics.js';

export interface CollectorTopics extends IngestTopics, GatewayTopics, AlertTopics, CommandTopics, IncidentTopics, HostTopics {}
