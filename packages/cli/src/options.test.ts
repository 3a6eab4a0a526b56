// optionParser merges the common options in and stays strict about unknown options and positionals.
import { describe, expect, it } from 'vitest';
import { optionParser } from './options.js';

const common = { data: { type: 'string', default: './data' } } as const;

describe('optionParser', () => {
  it('merges common options, applies defaults, rejects unknown options', () => {
    const parse = optionParser(common, false);
    const { values } = parse(['--name', 'x'], { name: { type: 'string' } });
    expect(values).toEqual({ data: './data', name: 'x' });
    expect(() => parse(['--bogus'], {})).toThrow(/bogus/);
    expect(() => parse(['stray'], {})).toThrow(/stray/);
  });

  it('allows positionals only when asked', () => {
    const parse = optionParser(common, true);
    expect(parse(['create', '--data', 'd'], {}).positionals).toEqual(['create']);
  });
});
