// Exports leave the page for terminals, editors and spreadsheets, where raw control and bidi characters from
// a rogue agent can rewrite what is shown (ESC sequences recolour or move the cursor; U+202E reverses text).
// Each is replaced by a visible escape (\x1b, \u202e) in the Markdown, HTML, CSV and JSON-lines exports.

// C0 controls except tab, LF and CR, DEL, C1 controls, and the bidi, line and paragraph separator controls.

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeOf = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `s` with every control and bidi character made visible as an escape. */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE, escapeOf);
}

/** JSON text with bidi and separator characters (which JSON.stringify keeps raw) as \u escapes. */
export function jsonVisible(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
