// One field of one event by its Sigma name, outside the hot path: suppressions by field value and
// API views use it to read what a rule saw. A process rule that matched a sudo/su log line reads the
// process the line reports (log-process.ts), as the engine did.
import type { vigil } from '@vigil/proto';
import { eventKind } from './kinds.js';
import { payloadOf, resolveField, type Payload } from './fields.js';
import { processViewOf } from './log-process.js';

/** `logsource`: the bucket the rule matched in (RuleMatch.logsource), when known. */
export function eventFieldValue(event: vigil.v1.IEvent, field: string, logsource?: string): string | undefined {
  const kind = eventKind(event);
  if (kind === 'log' && logsource === 'process_creation') {
    const view = processViewOf(event.log);
    const get = resolveField('process_start', field);
    if (view && get) return get(view as unknown as Payload);
  }
  const get = resolveField(kind, field);
  const payload = payloadOf(kind, event);
  return get && payload ? get(payload as Payload) : undefined;
}
