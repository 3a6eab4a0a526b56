// Whether an alert rests only on evidence the OS vouches for. A log line's program name is trusted only
// when the agent says journald proved it (LogRecord.program_verified); a line from a file or a forged
// SYSLOG_IDENTIFIER is merely claimed. Response policies act automatically only on trusted alerts.
import type { vigil } from '@vigil/proto';

/** An event is trusted evidence unless it is a log line whose program name is only claimed. */
export function isTrustedEvent(event: vigil.v1.IEvent): boolean {
  return !event.log || event.log.programVerified === true;
}

/**
 * Remembers recent untrusted event ids (bounded, oldest forgotten first) so a correlation match over
 * events of earlier batches knows whether any of them was untrusted.
 */
export class UntrustedEvents {
  private readonly ids = new Set<string>();
  constructor(private readonly max = 100_000) {}

  note(id: string, event: vigil.v1.IEvent): void {
    if (isTrustedEvent(event)) return;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
  }

  /** True when none of `ids` is a remembered untrusted event. */
  allTrusted(ids: readonly string[]): boolean {
    return ids.every((id) => !this.ids.has(id));
  }
}
