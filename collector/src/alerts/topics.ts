// What the alerts feature announces on the bus: a new alert (response policies, incident grouping, the page)
// and a changed one (a repeat folded into it by the dedupe window, or a status set by an operator).
import type { AlertRecord } from './types.js';

export interface AlertTopics {
  'alert.raised': { alert: AlertRecord };
  'alert.updated': { change: 'updated' | 'status'; alert: AlertRecord };
}
