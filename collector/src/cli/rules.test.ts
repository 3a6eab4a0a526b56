import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rulesCommand } from './rules.js';
import { initCommand } from './commands/init.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: {} } };
}

describe('vigil-collector rules', () => {
  it('check prints every rule left out with file:line and feature, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), `vigil-rules-${process.pid}-`));
    dirs.push(dir);
    writeFileSync(
      join(dir, 'good.yml'),
      'title: good\nlogsource: {product: linux, category: process_creation}\ndetection:\n  s: {Image|endswith: /nc}\n  condition: s\n',
    );
    mkdirSync(join(dir, 'sub'));
    writeFileSync(
      join(dir, 'sub', 'bad.yml'),
      'title: bad\nlogsource:\n  product: linux\n  category: process_creation\ndetection:\n  s:\n    Image|expand: "%x%"\n  condition: s near t\n',
    );
    const t = io();
    expect(await rulesCommand.run(['check', dir], t.io)).toBe(1);
    expect(t.out[0]).toBe('rules: 1 of 2 loaded (50.0 %) from 2 files; 1 detection, 0 correlation');
    expect(t.out.join('\n')).toContain(`${join(dir, 'sub', 'bad.yml')}:7: VIGIL_ERR_RULE_UNSUPPORTED [modifier:expand]`);
    expect(t.out.join('\n')).toContain(`${join(dir, 'sub', 'bad.yml')}:8: VIGIL_ERR_RULE_UNSUPPORTED [condition:near]`);
  });

  it('test runs the built-in samples; load records a folder for serve', async () => {
    const t = io();
    expect(await rulesCommand.run(['test', '--builtin'], t.io)).toBe(0);
    expect(t.out.at(-1)).toMatch(/^samples: (\d+) of \1 passed across \d+ rule\(s\)$/);
    const dir = mkdtempSync(join(tmpdir(), `vigil-rules-data-${process.pid}-`));
    dirs.push(dir);
    writeFileSync(join(dir, 'r.yml'), 'title: r\nlogsource: {product: linux, service: sshd}\ndetection: {k: [boom], condition: k}\n');
    await initCommand.run(['--data', join(dir, 'data')], io().io);
    const l = io();
    expect(await rulesCommand.run(['load', dir, '--data', join(dir, 'data')], l.io)).toBe(0);
    const list = io();
    await rulesCommand.run(['list', '--data', join(dir, 'data')], list.io);
    expect(list.out).toContain(`${dir}  (rules load)`);
  });
});
