// Every `vigil-agent` subcommand documents its usage and shows examples in --help.
import { describe, expect, it } from 'vitest';
import { commands } from './commands/index.js';

describe('vigil-agent --help', () => {
  it.each(commands.map((c) => [c.name, c] as const))('%s has usage, options and examples', (name, c) => {
    expect(c.help).toMatch(new RegExp(`^Usage: vigil-agent ${name}\\b`));
    expect(c.summary.length).toBeGreaterThan(10);
    const examples = c.help.split('\nExamples:\n')[1];
    expect(examples, `${name} --help lacks examples`).toBeDefined();
    expect(examples!.split('\n').some((l) => /vigil-agent|vigil-agent\.mjs|install\.sh/.test(l))).toBe(true);
  });
});
