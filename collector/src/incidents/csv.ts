// CSV for exports that end up in spreadsheets: RFC 4180 quoting (quotes doubled; fields with commas,
// quotes or line breaks quoted) and a guard against formula injection: a cell a spreadsheet would read
// as a formula (=, +, -, @, tab, CR at the start, also after leading spaces) is prefixed with a quote.
// Control and bidi characters are made visible (visible.ts).
import { visibleText } from './visible.js';

const FORMULA_START = /^[\s]*[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  let s = visibleText(typeof value === 'string' ? value : typeof value === 'boolean' ? String(value) : JSON.stringify(value));
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
