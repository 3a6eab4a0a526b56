// Caps strings and lists of an event payload before it is spooled, at the same limits the collector
// enforces (gateway.maxStringBytes, gateway.maxListEntries): one oversized field must never make a batch
// the collector refuses forever, which would stall delivery of everything behind it.
export interface PayloadBounds {
  maxStringBytes: number;
  maxListEntries: number;
}

const MAX_DEPTH = 8;

function capString(s: string, maxBytes: number): string {
  if (s.length * 3 <= maxBytes || Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  // Cut on a UTF-8 boundary: decode the prefix and drop a trailing partial character.
  return Buffer.from(s, 'utf8')
    .subarray(0, maxBytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
}

/** Returns `value` unchanged when within bounds, else a copy with long strings cut and long lists shortened. */
export function boundValue<T>(value: T, b: PayloadBounds, depth = 0): T {
  if (typeof value === 'string') return capString(value, b.maxStringBytes) as T;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (value instanceof Uint8Array) return (value.byteLength > b.maxStringBytes ? value.subarray(0, b.maxStringBytes) : value) as T;
  if (typeof (value as { low?: unknown }).low === 'number' && typeof (value as { high?: unknown }).high === 'number') return value; // Long
  if (Array.isArray(value)) {
    const list = value as unknown[];
    let changed = list.length > b.maxListEntries;
    const items = list.slice(0, b.maxListEntries).map((v) => {
      const nv = boundValue(v, b, depth + 1);
      if (nv !== v) changed = true;
      return nv;
    });
    return (changed ? items : value) as T;
  }
  let out: Record<string, unknown> | undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > b.maxListEntries) out = {};
  for (const [i, [k, v]] of entries.entries()) {
    if (i >= b.maxListEntries) break;
    const nk = capString(k, b.maxStringBytes);
    const nv = boundValue(v, b, depth + 1);
    if (!out && (nv !== v || nk !== k)) out = Object.fromEntries(entries.slice(0, i));
    if (out) out[nk] = nv;
  }
  return (out ?? value) as T;
}
