// What the incidents feature announces on the bus: an incident changed (opened, phase, note, alerts,
// checklist, review...) or a collected file of one arrived.
import type { EvidenceFile, IncidentNews } from './types.js';

/** What changed in an incident, or a collected file of one that arrived. */
export type IncidentUpdate = IncidentNews | { change: 'evidence'; incidentId: string; file: EvidenceFile };

export interface IncidentTopics {
  'incident.changed': IncidentUpdate;
}
