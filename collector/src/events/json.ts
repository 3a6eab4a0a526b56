// An event's JSON form (protobuf JSON, 64-bit fields as strings), the one shape the API, the host timeline
// and the text search read events in.
import { vigil } from '@vigil/proto';

export function eventToJson(e: vigil.v1.Event): Record<string, unknown> {
  return vigil.v1.Event.toObject(e, { longs: String, enums: String, bytes: String, defaults: false, oneofs: false });
}
