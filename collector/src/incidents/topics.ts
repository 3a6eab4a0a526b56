// What the incidents feature announces on the bus: an incident changed (opened, phase, note, alerts,
// checklist, review...) or a collected file of one arrived.
import type { IncidentRecord } from './store.js';
import type { EvidenceFile } from './files-store.js';

export type IncidentChange = { change: string; incident: IncidentRecord } | { change: 'evidence'; incidentId: string; file: EvidenceFile };

export interface IncidentTopics {
  'incident.changed': IncidentChange;
}
