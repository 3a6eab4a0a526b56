// Deduplication folds repeats of one rule, host and group into one alert. It must never hide a new
// command line, a new destination or a new parent: whatever a rule groups by, these fields of the
// event also separate its alerts (and show in the alert's group), so a reverse shell cannot vanish into
// an hour-old alert of the same program and user for a different command.
import type { EventKind } from './taxonomy/kinds.js';

/** Per event kind, the fields whose new value always opens a new alert. */
export const DISTINCT_FIELDS: Readonly<Partial<Record<EventKind, readonly string[]>>> = {
  process_start: ['Image', 'CommandLine', 'ParentImage'],
  network_connection: ['Image', 'DestinationIp', 'DestinationPort'],
};

/**
 * The part of a value that tells events apart. A command line is compared without its argv[0] ("bash",
 * "/usr/bin/bash" and "-bash" are the caller's choice; Image names the program), so the same command
 * seen by the process sensor and by sudo's log is one alert.
 */
export function distinctPart(field: string, value: string): string {
  if (field !== 'CommandLine') return value;
  const sp = value.indexOf(' ');
  return sp < 0 ? '' : value.slice(sp + 1);
}
