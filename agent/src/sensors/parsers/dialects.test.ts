// Corpus test over every syslog dialect: each fixture in fixtures/dialects (Debian auth.log with OpenSSH
// 9.8+ program names, an old RHEL /var/log/secure with the older PAM form, lines without a hostname or
// with a <PRI>, rsyslog's RFC 3339 header, RFC 5424, journalctl JSON) was written from the programs'
// log format strings and the format documents. Every line either parses into exactly the fields its
// .expected.jsonl line names or arrives raw (no parser, no action, no fields); nothing throws.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseSyslogLine, parseMessage, parseJournalJson, MAX_PARSE_CHARS, type LineResult } from './index.js';

const dir = new URL('./fixtures/dialects/', import.meta.url);
const read = (name: string) =>
  readFileSync(new URL(name, dir), 'utf8')
    .split('\n')
    .filter((l) => l !== '');
const logs = readdirSync(dir)
  .filter((f) => f.endsWith('.log'))
  .sort();

function parsedOrRaw(r: LineResult): 'parsed' | 'raw' {
  if (r.parser) {
    expect(r.action).not.toBe('');
    return 'parsed';
  }
  expect(r.action).toBe('');
  expect(r.fields).toEqual({});
  return 'raw';
}

describe('syslog dialect corpus', () => {
  it('has a fixture per dialect', () => {
    expect(logs).toEqual(['debian-auth.log', 'no-hostname.log', 'rfc5424.log', 'rhel-secure.log', 'rsyslog-rfc3339.log']);
  });

  for (const file of logs) {
    it(`${file}: every line parses into its expected fields or arrives raw`, () => {
      const lines = read(file);
      const expected = read(file.replace(/\.log$/, '.expected.jsonl')).map((l) => JSON.parse(l) as LineResult);
      expect(expected.length).toBe(lines.length);
      let parsed = 0;
      lines.forEach((line, i) => {
        const r = parseSyslogLine(line);
        expect({ line: i + 1, ...r }).toEqual({ line: i + 1, ...expected[i] });
        if (parsedOrRaw(r) === 'parsed') parsed++;
      });
      // Each dialect file is mostly lines Vigil must understand; the raw ones are there on purpose.
      expect(parsed).toBeGreaterThanOrEqual(lines.length - 3);
    });
  }

  it('reads each header form as its own dialect', () => {
    const formats = (file: string) =>
      new Set(
        read(file)
          .map((l) => parseSyslogLine(l))
          .filter((r) => r.parser)
          .map((r) => r.format),
      );
    expect(formats('rfc5424.log')).toEqual(new Set(['rfc5424']));
    expect(formats('rsyslog-rfc3339.log')).toEqual(new Set(['rfc3339']));
    expect(formats('rhel-secure.log')).toEqual(new Set(['rfc3164']));
    const noHost = read('no-hostname.log').map((l) => parseSyslogLine(l));
    expect(noHost.filter((r) => r.parser && r.hostname === '').length).toBeGreaterThanOrEqual(5);
  });

  it('the older PAM form parses like the current one', () => {
    const legacy = parseSyslogLine(
      'Jun 15 02:04:59 combo sshd(pam_unix)[20882]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=198.51.100.9  user=root',
    );
    const current = parseSyslogLine(
      'Jun 15 02:04:59 combo sshd[20882]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=198.51.100.9  user=root',
    );
    expect(legacy).toEqual(current);
    expect(legacy).toMatchObject({ program: 'sshd', parser: 'sshd', action: 'pam_auth_failure', fields: { user: 'root', src_ip: '198.51.100.9' } });
  });

  it('journalctl JSON entries: fields per journalctl(1), then the program parser', () => {
    const lines = read('journal.jsonl');
    const expected = read('journal.expected.jsonl').map((l) => JSON.parse(l) as Record<string, unknown> | null);
    expect(expected.length).toBe(lines.length);
    lines.forEach((line, i) => {
      const e = parseJournalJson(line);
      if (!e) {
        expect({ line: i + 1, entry: null }).toEqual({ line: i + 1, entry: expected[i] });
        return;
      }
      const { cursor, realtimeUs, ...rest } = e;
      expect(cursor).not.toBe('');
      const r = parseMessage(e.identifier, e.message);
      expect({ line: i + 1, ...rest, realtimeUs: realtimeUs === undefined ? null : String(realtimeUs), ...r }).toEqual({ line: i + 1, ...expected[i] });
    });
  });

  it('never throws: every prefix of every fixture line, and hostile bytes', () => {
    let seen = 0;
    for (const file of logs) {
      for (const line of read(file)) {
        for (let n = 0; n <= line.length; n++) {
          const r = parseSyslogLine(line.slice(0, n));
          parsedOrRaw(r);
          seen++;
        }
      }
    }
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = '<>[]()\\\'"`:; =-_/.0123456789abcdefxyzADFLMNOPSTU \t\u00e9\ufeff';
    for (let i = 0; i < 2000; i++) {
      let s = i % 2 ? 'Mar  1 10:00:00 h sudo:  a : ' : '<13>1 - - sshd - - [';
      const len = Math.floor(rnd() * 120);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      parsedOrRaw(parseSyslogLine(s));
      seen++;
    }
    expect(seen).toBeGreaterThan(5000);
  });

  it('a line longer than the bound arrives raw', () => {
    const long = `Mar  1 10:00:00 web1 sudo:    alice : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/echo ${'a '.repeat(MAX_PARSE_CHARS)}`;
    expect(parseSyslogLine(long)).toMatchObject({ parser: '', action: '', fields: {} });
    expect(parseMessage('sudo', 'x'.repeat(MAX_PARSE_CHARS + 1))).toEqual({ parser: '', action: '', fields: {} });
    // Near the bound, a pathological message (no separators to split on) still parses in linear time.
    const near = `Mar  1 10:00:00 web1 sshd[1]: Failed password for ${'x '.repeat((MAX_PARSE_CHARS - 100) / 2)}`;
    expect(parseSyslogLine(near).program).toBe('sshd');
  });
});
