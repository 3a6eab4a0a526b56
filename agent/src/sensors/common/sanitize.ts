// Log lines and argv come from untrusted programs: cap their size and make control characters,
// C1 codes and bidi overrides visible as escapes, so nothing downstream (terminal, page) can be fooled.

/** Escapes C0 controls (except tab), DEL, C1 controls and bidi overrides as \xNN or \u{NNNN}. */
export function escapeControl(text: string): string {
  // Fast path: most lines are plain.
  if (!/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp < 0x20 && cp !== 0x09) || (cp >= 0x7f && cp <= 0x9f)) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
      out += `\\u{${cp.toString(16)}}`;
    } else out += ch;
  }
  return out;
}

/** Cuts a string to at most `maxChars` characters (never splitting a surrogate pair). */
export function capString(text: string, maxChars: number): { text: string; truncated: boolean } {
  if (text.length <= maxChars) return { text, truncated: false };
  let end = maxChars;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), truncated: true };
}

/** Decodes bytes as UTF-8 (invalid sequences become U+FFFD), caps, then escapes controls. */
export function safeLine(bytes: Buffer, maxBytes: number): { text: string; truncated: boolean } {
  const truncated = bytes.length > maxBytes;
  const cut = truncated ? bytes.subarray(0, maxBytes) : bytes;
  return { text: escapeControl(cut.toString('utf8')), truncated };
}
