// sudo's COMMAND= and su's target user are read with the process rules' own Sigma fields: every
// process rule of the pack that reads only fields sudo logs matches the sudo rendition of each of its
// positive process samples, and none of its negative ones.
import { describe, expect, it } from 'vitest';
import { builtinRulesDir } from '../index.js';
import { loadRuleDirs } from '../loader.js';
import { DetectionEngine, type RuleMatch } from '../engine.js';
import { sampleEvent } from '../samples.js';
import { eventFieldValue } from './lookup.js';
import { processViewOf } from './log-process.js';
import { matches, processRule } from '../test/helpers.js';

const set = loadRuleDirs([builtinRulesDir()]);
/** Fields a sudo line gives a process rule (see log-process.ts). */
const SUDO_FIELDS = new Set(['Image', 'CommandLine', 'OriginalFileName', 'User', 'ParentUser', 'CurrentDirectory', 'Tty', 'Source', 'ProcessId']);

interface ProcSample {
  exe: string;
  argv?: string[];
  user?: string;
  cwd?: string;
}

/**
 * What sudo logs for running `p` as p.user: COMMAND= is the path sudo found on PATH (a symlink such as
 * insmod -> kmod stays the symlink, beside its target here) and the arguments.
 */
function asSudo(p: ProcSample): Record<string, unknown> {
  const args = (p.argv ?? []).slice(1);
  const arg0 = p.argv?.[0] ?? '';
  const dir = p.exe.slice(0, p.exe.lastIndexOf('/'));
  const path = arg0.startsWith('/') ? arg0 : arg0.includes('/') ? p.exe : arg0 && arg0 !== p.exe.slice(dir.length + 1) ? `${dir}/${arg0}` : p.exe;
  const commandLine = [path, ...args].join(' ');
  return {
    log: {
      source: '/var/log/auth.log',
      parser: 'sudo',
      program: 'sudo',
      action: 'command',
      raw: `sudo:    alice : TTY=pts/0 ; PWD=${p.cwd ?? '/home/alice'} ; USER=${p.user ?? 'root'} ; COMMAND=${commandLine}`,
      fields: {
        user: 'alice',
        target_user: p.user ?? 'root',
        tty: 'pts/0',
        pwd: p.cwd ?? '/home/alice',
        command: commandLine,
        image: path,
        command_line: commandLine,
        pid: '4321',
      },
    },
  };
}

function ruleMatches(ruleId: string, event: Record<string, unknown>): RuleMatch[] {
  // emitReferenced: a base rule that only feeds a correlation (a discovery burst) is checked as itself too.
  const engine = new DetectionEngine(set, { emitReferenced: true });
  const out: RuleMatch[] = [];
  engine.evaluate(sampleEvent(event, 'e1', 1000), (m) => {
    if (m.rule.id === ruleId) out.push(m);
  });
  return out;
}

describe('sudo and su log lines as process starts', () => {
  const rules = set.detections.filter((d) => d.bucket === 'process_creation' && d.fields.every((f) => SUDO_FIELDS.has(f)));

  it("covers the pack's suspicious-process rules", () => {
    expect(rules.map((r) => r.info.title)).toEqual(expect.arrayContaining(['Reverse shell command line', 'Binary executed from a temporary folder']));
    expect(rules.length).toBeGreaterThanOrEqual(8);
  });

  for (const rule of rules) {
    it(`${rule.info.title}: the sudo rendition of each sample matches as the process did`, () => {
      const samples = rule.info.samples as { match?: Array<Record<string, unknown>>; nomatch?: Array<Record<string, unknown>> };
      let checked = 0;
      for (const [list, want] of [
        [samples.match ?? [], true],
        [samples.nomatch ?? [], false],
      ] as const) {
        for (const s of list) {
          const p = s.processStart as ProcSample | undefined;
          if (!p) continue;
          const hits = ruleMatches(rule.info.id, asSudo(p));
          expect(hits.length > 0, `${rule.info.file}: ${JSON.stringify(p)}`).toBe(want);
          if (want) expect(hits[0]!.logsource).toBe('process_creation');
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('maps sudo fields: Image, CommandLine, User is the target, ParentUser the caller, CurrentDirectory, Tty, Source', () => {
    const rule = processRule(
      `  s:\n    Image: /usr/bin/bash\n    CommandLine|contains: "-c echo a b"\n    User: postgres\n    ParentUser: alice\n    CurrentDirectory: /srv\n    Tty: pts/3\n    Source: sudo\n    OriginalFileName: bash\n  condition: s`,
    );
    const line = asSudo({ exe: '/usr/bin/bash', argv: ['bash', '-c', 'echo a b'], user: 'postgres', cwd: '/srv' });
    (line.log as { fields: Record<string, string> }).fields.tty = 'pts/3';
    expect(matches(rule, line)).toBe(true);
    // The failed attempt did not run anything: no process.
    expect(matches(rule, { log: { ...(line.log as object), action: 'auth_failure' } })).toBe(false);
  });

  it('maps su: User is the target user, ParentUser who switched, Tty', () => {
    const rule = processRule('  s:\n    User: root\n    ParentUser: www-data\n    Tty: pts/1\n    Source: su\n  condition: s');
    const su = {
      log: {
        source: '/var/log/auth.log',
        parser: 'su',
        program: 'su',
        action: 'su',
        raw: 'su[7]: (to root) www-data on pts/1',
        fields: { target_user: 'root', user: 'www-data', tty: 'pts/1', pid: '7' },
      },
    };
    expect(matches(rule, su)).toBe(true);
    expect(matches(rule, { log: { ...su.log, action: 'su_failed' } })).toBe(false);
    expect(processViewOf(su.log as never)).toEqual({ source: 'su', user: 'root', parentUser: 'www-data', tty: 'pts/1', pid: 7 });
  });

  it('a process rule matched through sudo reads its fields back from the line (suppressions, API)', () => {
    const e = sampleEvent(asSudo({ exe: '/tmp/x', argv: ['/tmp/x', '-d'], user: 'root' }), 'e1', 1).event;
    expect(eventFieldValue(e, 'Image', 'process_creation')).toBe('/tmp/x');
    expect(eventFieldValue(e, 'CommandLine', 'process_creation')).toBe('/tmp/x -d');
    expect(eventFieldValue(e, 'User', 'process_creation')).toBe('root');
    expect(eventFieldValue(e, 'user')).toBe('alice');
  });
});
