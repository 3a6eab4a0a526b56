// A host's isolation as its commands tell it: the last finished isolate/release and whether one is under way.
// The host views (summary, fleet list, page badge) read it beside the agent's own health report.
import type { ActionName } from '@vigil/actions';
import type { CommandRow } from './types.js';

/** The commands that change a host's isolation. */
export const ISOLATION_ACTIONS: ReadonlySet<string> = new Set(['isolate', 'release'] satisfies ActionName[]);
const OPEN = new Set(['awaiting_approval', 'pending', 'delivered', 'running']);

/** Isolation as the last finished isolate/release command left it (dry runs change nothing). */
export function isolationFromCommands(rows: readonly CommandRow[]): { isolated: boolean; pending: boolean; sinceMs: number | null } | undefined {
  const relevant = rows.filter((r) => ISOLATION_ACTIONS.has(r.action));
  const pending = relevant.some((r) => OPEN.has(r.status) && r.status !== 'awaiting_approval');
  const done = relevant.find((r) => r.status === 'succeeded' && !r.dryRun && !(r.message ?? '').startsWith('dry-run'));
  if (!done && !pending) return undefined;
  return { isolated: done?.action === 'isolate', pending, sinceMs: done?.finishedAtMs ?? null };
}
