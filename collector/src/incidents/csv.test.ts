import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv.js';

/** A minimal RFC 4180 reader, to prove what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV export cells', () => {
  it('quotes commas, quotes and line breaks so they read back unchanged', () => {
    const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' padded '];
    expect(parseCsv(csvRow(cells))).toEqual([cells]);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('defuses spreadsheet formulas, also behind leading spaces', () => {
    for (const f of ['=cmd|" /C calc"!A0', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '  =HYPERLINK("x")']) {
      const [[back]] = parseCsv(csvRow([f])) as [[string]];
      expect(back.startsWith("'")).toBe(true);
      expect(back.slice(1)).toBe(f);
    }
  });

  it('writes numbers as numbers and nothing for missing values', () => {
    expect(csvRow([1, -5, null, undefined, true, { a: 1 }])).toBe('1,-5,,,true,"{""a"":1}"\r\n');
  });
});
