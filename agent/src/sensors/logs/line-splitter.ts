// Cuts a byte stream into lines with a hard cap: a partial last line waits for its newline, an
// over-long line is emitted cut (truncated) and the rest of it is skipped, so memory stays bounded.

export interface Line {
  bytes: Buffer;
  truncated: boolean;
  /** Stream offset of the first byte of this line. */
  offset: number;
  /** Stream offset just after this line's newline. */
  end: number;
}

export class LineSplitter {
  private pending: Buffer = Buffer.alloc(0);
  private pendingStart = 0;
  private skipping = false;

  constructor(
    private readonly maxLineBytes: number,
    start = 0,
  ) {
    this.pendingStart = start;
  }

  /** Offset up to which every line has been handed out (safe to persist). */
  get committed(): number {
    return this.pendingStart;
  }

  /** Offset of the next byte expected. */
  get position(): number {
    return this.pendingStart + this.pending.length;
  }

  reset(start: number): void {
    this.pending = Buffer.alloc(0);
    this.pendingStart = start;
    this.skipping = false;
  }

  push(chunk: Buffer): Line[] {
    const lines: Line[] = [];
    let data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    let base = this.pendingStart;
    let from = 0;
    for (;;) {
      const nl = data.indexOf(10, from);
      if (nl < 0) break;
      if (this.skipping) {
        this.skipping = false;
      } else {
        let end = nl;
        if (end > from && data[end - 1] === 13) end -= 1;
        const len = end - from;
        lines.push({
          bytes: data.subarray(from, from + Math.min(len, this.maxLineBytes)),
          truncated: len > this.maxLineBytes,
          offset: base + from,
          end: base + nl + 1,
        });
      }
      from = nl + 1;
    }
    data = data.subarray(from);
    base += from;
    if (data.length > this.maxLineBytes) {
      if (!this.skipping) lines.push({ bytes: Buffer.from(data.subarray(0, this.maxLineBytes)), truncated: true, offset: base, end: base + data.length });
      this.skipping = true;
      base += data.length;
      data = Buffer.alloc(0);
    }
    this.pending = Buffer.from(data);
    this.pendingStart = base;
    return lines;
  }

  /** Hands out a partial last line (the file it came from will never grow again). */
  flush(): Line[] {
    if (!this.pending.length || this.skipping) {
      this.reset(this.position);
      return [];
    }
    const line: Line = { bytes: this.pending, truncated: false, offset: this.pendingStart, end: this.pendingStart + this.pending.length };
    this.reset(line.end);
    return [line];
  }
}
