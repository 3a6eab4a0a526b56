// Property tests (fuzz) of every log dialect parser: arbitrary and mutated lines (1 MB lines, NUL bytes,
// invalid UTF-8, terminal escapes) never throw, give fields no longer than the line, and, once the line is
// escaped as the log sensor does, carry no control characters; plus the lines that were quadratic.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { MAX_PARSE_CHARS, parseJournalEntry, parseJournalJson, parseMessage, parseSyslogLine } from './index.js';
import { parseAuditLine } from './auditd.js';
import { escapeControl } from '../common/sanitize.js';

const numRuns = Number(process.env.VIGIL_FUZZ_RUNS ?? 300);
const fixtures = (dir: string) => fileURLToPath(new URL(dir, import.meta.url));
const sampleLines = [
  ...readdirSync(fixtures('./fixtures/dialects'))
    .filter((f) => f.endsWith('.log'))
    .flatMap((f) => readFileSync(`${fixtures('./fixtures/dialects')}/${f}`, 'utf8').split('\n')),
  ...readFileSync(fixtures('./fixtures/auth.log'), 'utf8').split('\n'),
].filter((l) => l.length > 0);
const auditLines = readFileSync(fixtures('./fixtures/audit.log'), 'utf8')
  .split('\n')
  .filter((l) => l.length > 0);
const PROGRAMS = ['sshd', 'sshd-session', 'sudo', 'su', 'runuser', 'login', 'systemd-logind', 'cron', 'useradd', 'passwd', 'chage', 'vsftpd'];
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Raw bytes as the tailer hands them over: random, with NULs, ESC sequences and invalid UTF-8. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('\u0000', '\u001b[31m', '\u001b]0;title\u0007', '\u009b', '\u202e', '\r', '\n', '=', '"', "'", ' ; ', '[', ']', ':', '(', ')'),
  fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('utf8')),
);
/** A real line with random edits: cut, insert and replace at random places. */
const mutatedLine = (lines: string[]) =>
  fc.tuple(fc.constantFrom(...lines), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), nasty), { maxLength: 5 })).map(([line, edits]) => {
    let s = line;
    for (const [at, del, ins] of edits) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + ins + s.slice(i + del);
    }
    return s;
  });
const anyLine = fc.oneof(mutatedLine(sampleLines), fc.string({ unit: 'binary', maxLength: 400 }), nasty);

function expectBounded(line: string, r: ReturnType<typeof parseSyslogLine>): void {
  for (const v of [r.program, r.hostname, r.pid, r.action, ...Object.keys(r.fields), ...Object.values(r.fields)]) {
    expect(typeof v).toBe('string');
    expect(v.length).toBeLessThanOrEqual(Math.max(line.length, 16));
  }
}

describe('fuzz: log dialect parsers', () => {
  it('parseSyslogLine never throws on arbitrary and mutated lines, and its fields are no longer than the line', () => {
    fc.assert(
      fc.property(anyLine, (line) => expectBounded(line, parseSyslogLine(line))),
      { numRuns },
    );
  });

  it('once escaped as the log sensor does, no control or bidi character reaches any parsed field', () => {
    fc.assert(
      fc.property(anyLine, (line) => {
        const r = parseSyslogLine(escapeControl(line));
        for (const v of [r.program, r.hostname, r.pid, r.action, ...Object.keys(r.fields), ...Object.values(r.fields)]) expect(v).not.toMatch(CONTROL);
      }),
      { numRuns },
    );
  });

  it('parseMessage never throws for any known program and message, and returns strings only', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROGRAMS), fc.oneof(mutatedLine(sampleLines.map((l) => l.replace(/^.*?\]?: /, ''))), nasty), (program, message) => {
        const r = parseMessage(program, message);
        for (const v of Object.values(r.fields)) expect(typeof v).toBe('string');
      }),
      { numRuns },
    );
  });

  it('lines beyond MAX_PARSE_CHARS (up to 1 MB) arrive raw, unparsed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sampleLines),
        fc.integer({ min: MAX_PARSE_CHARS + 1, max: 1 << 20 }),
        fc.constantFrom(' ', 'a', '\u0000', '='),
        (line, size, pad) => {
          const long = (line + pad.repeat(size)).slice(0, size);
          const r = parseSyslogLine(long);
          expect(r.parser).toBe('');
          expect(Object.keys(r.fields)).toHaveLength(0);
        },
      ),
      { numRuns: Math.min(numRuns, 50) },
    );
  });

  it('parseJournalJson and parseJournalEntry never throw, and keep pid, uid and priority to their grammar', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.integer({ min: -2, max: 300 }), { maxLength: 20 }),
      fc.constant(null),
      fc.integer(),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    const entry = fc.dictionary(fc.constantFrom('__CURSOR', '__REALTIME_TIMESTAMP', '_PID', '_COMM', '_UID', 'MESSAGE', 'PRIORITY', '_HOSTNAME', 'x'), value);
    fc.assert(
      fc.property(entry, fc.string({ unit: 'binary', maxLength: 200 }), (obj, junk) => {
        expect(parseJournalJson(junk) === undefined || typeof parseJournalJson(junk) === 'object').toBe(true);
        const e = parseJournalEntry(obj);
        if (!e) return;
        expect(e.pid).toMatch(/^(\d{1,10})?$/);
        expect(e.uid).toMatch(/^(\d{1,10})?$/);
        expect(e.priority).toMatch(/^[0-7]?$/);
        expect(parseJournalJson(JSON.stringify(obj))?.cursor).toBe(e.cursor);
      }),
      { numRuns },
    );
  });

  it('parseAuditLine never throws on mutated audit.log lines and keeps to maxFields', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedLine(auditLines), nasty), fc.integer({ min: 1, max: 300 }), (line, maxFields) => {
        const r = parseAuditLine(line, maxFields);
        if (r) expect(Object.keys(r.fields).length).toBeLessThanOrEqual(maxFields);
      }),
      { numRuns },
    );
  });
});

// Found by fuzzing with long runs of one character (see the report of issue 14): each of these 64 KiB lines
// (within MAX_PARSE_CHARS, so parsed) took seconds of CPU in one regex, quadratic in the run's length; any
// local user can write them with logger(1). The test runs eight of them: the old code took minutes.
describe('regression: quadratic log parsing', () => {
  const run = (c: string) => c.repeat(Math.floor((MAX_PARSE_CHARS - 200) / c.length));
  it('parses lines of long blank runs and long words in linear time', () => {
    const lines = [
      `Dec 10 06:55:46 host ${run(' ')}x`, // trimEnd: /\s+$/
      `2024-01-01T00:00:00Z host ${run('\t')}x`,
      `Dec 10 06:55:46 host sshd[1]: message repeated 2 times: [ ${run(' ')}x`, // /(.*?)\s*\]$/
      `Dec 10 06:55:46 host sudo[1]: message repeated 2 times: [ ${run('\t')}x`,
      `Dec 10 06:55:46 host sshd[1]: pam_unix(sshd:auth): authentication failure; ${run('a')}`, // /(\w+)=/
      `Dec 10 06:55:46 host su[1]: pam_unix(su:auth): authentication failure; ${run('0')}`,
      `Dec 10 06:55:46 host login[1]: pam_unix(login:auth): authentication failure; ${run('pam_')}`,
      `Dec 10 06:55:46 host sshd[1]: pam_unix(sshd:auth): authentication failure; logname= uid=0 ${run('_')} rhost=192.0.2.1 user=root`,
    ];
    const results = lines.map((l) => parseSyslogLine(l));
    expect(results[0]!.program).toBe('');
    expect(results[2]!.parser).toBe('');
    expect(results[7]!.fields.src_ip).toBe('192.0.2.1');
    expect(results[7]!.fields.user).toBe('root');
    // the repeated-message tail keeps its meaning: inner message trimmed, count kept
    const rep = parseSyslogLine('Dec 10 06:55:46 host sshd[1]: message repeated 3 times: [ Failed password for root from 192.0.2.9 port 22 ssh2 \t]');
    expect(rep.fields.repeated).toBe('3');
    expect(rep.fields.src_ip ?? rep.fields.rhost ?? rep.fields.ip).toBeDefined();
  });
});
