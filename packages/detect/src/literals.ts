// Multi-literal search for the engine's prefilter: every literal that some rule requires in a field is
// compiled into one Aho-Corasick automaton (a full DFA over the characters the literals use), so a
// single pass over a command line or log line tells which rules could match at all.

/** A necessary condition: the lowercased field contains at least one of `needles`. */
export interface Gate {
  slot: number;
  needles: string[];
}

/** Prefer gates whose shortest literal is longest (more selective), then fewer literals. */
export function betterGate(a: Gate | undefined, b: Gate | undefined): Gate | undefined {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.needles.map((n) => n.length));
  const lb = Math.min(...b.needles.map((n) => n.length));
  if (la !== lb) return la > lb ? a : b;
  return a.needles.length <= b.needles.length ? a : b;
}

export class LiteralSet<T> {
  /** Character classes: a small table for ASCII, a map for the rest (0 = a character no literal uses). */
  private readonly ascii = new Uint16Array(128);
  private readonly other = new Map<number, number>();
  private readonly width: number;
  private readonly delta: Int32Array;
  /** Per state: the payload lists of every literal ending here (own and via suffix links). */
  private readonly out: Array<T[] | undefined>;

  constructor(entries: ReadonlyArray<{ needle: string; value: T }>) {
    let classes = 1;
    for (const { needle } of entries)
      for (let i = 0; i < needle.length; i++) {
        const c = needle.charCodeAt(i);
        if (c < 128) {
          if (this.ascii[c] === 0) this.ascii[c] = classes++;
        } else if (!this.other.has(c)) this.other.set(c, classes++);
      }
    this.width = classes;
    // trie
    const next: Array<Map<number, number>> = [new Map<number, number>()];
    const own: Array<T[] | undefined> = [undefined];
    for (const { needle, value } of entries) {
      if (needle === '') continue;
      let s = 0;
      for (let i = 0; i < needle.length; i++) {
        const k = this.classOf(needle.charCodeAt(i));
        let t = next[s]!.get(k);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          own.push(undefined);
          next[s]!.set(k, t);
        }
        s = t;
      }
      (own[s] ??= []).push(value);
    }
    // BFS: failure links folded into a full transition table
    const n = next.length;
    const delta = new Int32Array(n * classes);
    const fail = new Int32Array(n);
    const out: Array<T[] | undefined> = own.slice();
    const queue: number[] = [];
    for (let k = 1; k < classes; k++) {
      const t = next[0]!.get(k);
      if (t !== undefined) {
        delta[k] = t;
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]) out[s] = out[s] ? [...out[s], ...out[f]] : out[f];
      for (let k = 1; k < classes; k++) {
        const t = next[s]!.get(k);
        if (t !== undefined) {
          fail[t] = delta[f * classes + k]!;
          delta[s * classes + k] = t;
          queue.push(t);
        } else delta[s * classes + k] = delta[f * classes + k]!;
      }
    }
    this.delta = delta;
    this.out = out;
  }

  private classOf(c: number): number {
    return c < 128 ? this.ascii[c]! : (this.other.get(c) ?? 0);
  }

  /** True when any literal occurs in `text` (stops at the first). */
  test(text: string): boolean {
    const { ascii, other, delta, out, width } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s * width + (c < 128 ? ascii[c]! : (other.get(c) ?? 0))]!;
      if (out[s] !== undefined) return true;
    }
    return false;
  }

  /** Calls `found` for the payloads of every literal occurring in `text` (a payload may repeat). */
  scan(text: string, found: (value: T) => void): void {
    const { ascii, other, delta, out, width } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = delta[s * width + (c < 128 ? ascii[c]! : (other.get(c) ?? 0))]!;
      const o = out[s];
      if (o !== undefined) for (let j = 0; j < o.length; j++) found(o[j]!);
    }
  }
}
