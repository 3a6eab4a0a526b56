// Text of a value read back from stored JSON (command parameters, agent output) for labels, keys and reports:
// scalars as they print, objects as JSON, absent as ''. String() alone would print "[object Object]".
// Shared: the action table's undo labels and the collector's incident reports build the same text.
export function textOf(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return JSON.stringify(v) ?? '';
}
