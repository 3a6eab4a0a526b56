import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';
import { htmlText, mdText } from './report.js';
import { jsonLine } from './host-timeline.js';

// Issue 13 (Info): raw ESC and bidi characters from a rogue agent reached the Markdown and CSV exports.
const rogue = 'ok\u001b[2J\u001b]0;pwned\u0007 \u202egnp.exe\u202c \u2066x\u2069 \u0085';
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('exports show control and bidi characters as escapes', () => {
  it('Markdown and HTML', () => {
    expect(mdText(rogue)).not.toMatch(raw);
    expect(mdText(rogue)).toContain('\\\\x1b');
    expect(htmlText(rogue)).not.toMatch(raw);
    expect(htmlText(rogue)).toContain('\\u202e');
  });
  it('CSV', () => {
    const cell = csvCell(rogue);
    expect(cell).not.toMatch(raw);
    expect(cell).toContain('\\x1b[2J');
    expect(cell).toContain('\\u202egnp.exe\\u202c');
  });
  it('JSON lines stay valid JSON and keep the text exactly', () => {
    const line = jsonLine({ timeMs: 0, source: 'event', type: 'log', summary: rogue, ref: 'r' } as never, 'h');
    expect(line.trimEnd()).not.toMatch(raw);
    expect((JSON.parse(line) as { summary: string }).summary).toBe(rogue);
  });
});
