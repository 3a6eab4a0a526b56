// One field of one event by its Sigma name, outside the hot path: suppressions by field value and
// API views use it to read what a rule saw.
import type { vigil } from '@vigil/proto';
import { eventKind } from './kinds.js';
import { payloadOf, resolveField, type Payload } from './fields.js';

export function eventFieldValue(event: vigil.v1.IEvent, field: string): string | undefined {
  const kind = eventKind(event);
  const get = resolveField(kind, field);
  const payload = payloadOf(kind, event);
  return get && payload ? get(payload as Payload) : undefined;
}
