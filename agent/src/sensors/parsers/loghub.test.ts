// Real sshd lines: the OpenSSH_2k sample of Loghub (https://github.com/logpai/loghub), read in place
// from ../shared/data/loghub next to the repository. Expected counts are computed here from the
// dataset's own structured CSV (EventId + EventTemplate per line), never hard-coded.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSyslogLine } from './index.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const dataDir = resolve(repoRoot, '../shared/data/loghub');

/** RFC 4180 rows (quoted fields may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The template's <*> slots as capture groups, so parameters come from the dataset's own template. */
function templateParams(template: string, content: string): string[] {
  const re = new RegExp(
    `^${template
      .split('<*>')
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('(.*?)')}$`,
  );
  const m = re.exec(content);
  if (!m) throw new Error(`content does not fit its template: ${content}`);
  return m.slice(1);
}

// Which Loghub event types are which kind of login event, and where the IP and user sit in the template.
const KINDS: Record<string, { kind: 'failed' | 'invalid' | 'accepted'; ip: number; user?: number; repeat?: number }> = {
  E9: { kind: 'failed', user: 0, ip: 1 }, // Failed password for <*> from <*> port <*> ssh2
  E10: { kind: 'failed', user: 0, ip: 1 }, // Failed password for invalid user <*> from <*> port <*> ssh2
  E8: { kind: 'failed', user: 0, ip: 1 }, // Failed none for invalid user <*> from <*> port <*> ssh2
  E14: { kind: 'failed', ip: 1, repeat: 0 }, // message repeated <*> times: [ Failed password for root from <*> port <*>]
  E13: { kind: 'invalid', user: 0, ip: 1 }, // Invalid user <*> from <*>
  E1: { kind: 'accepted', user: 0, ip: 1 }, // Accepted password for <*> from <*> port <*> ssh2
};

type Tally = Map<string, number>;
const bump = (t: Tally, k: string, n = 1) => t.set(k, (t.get(k) ?? 0) + n);
const sorted = (t: Tally) => [...t.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('sshd parser on Loghub OpenSSH_2k', () => {
  it('matches the structured CSV per event type: failed logins, invalid users, accepted logins, by source IP', () => {
    const csv = parseCsv(readFileSync(resolve(dataDir, 'OpenSSH_2k.log_structured.csv'), 'utf8'));
    const header = csv[0]!;
    const col = (name: string) => header.indexOf(name);
    const [cContent, cEvent, cTemplate] = [col('Content'), col('EventId'), col('EventTemplate')];
    const expected = {
      failed: new Map() as Tally,
      invalid: new Map() as Tally,
      accepted: new Map() as Tally,
      attempts: new Map() as Tally,
      users: new Map() as Tally,
    };
    for (const row of csv.slice(1)) {
      if (row.length < header.length) continue;
      const k = KINDS[row[cEvent]!];
      if (!k) continue;
      const p = templateParams(row[cTemplate]!, row[cContent]!);
      bump(expected[k.kind], p[k.ip]!);
      if (k.kind === 'failed') bump(expected.attempts, p[k.ip]!, k.repeat !== undefined ? Number(p[k.repeat]) : 1);
      if (k.user !== undefined) bump(expected.users, `${k.kind}|${p[k.user]}|${p[k.ip]}`);
    }

    const lines = readFileSync(resolve(dataDir, 'OpenSSH_2k.log'), 'utf8').split('\n').filter(Boolean);
    const actual = {
      failed: new Map() as Tally,
      invalid: new Map() as Tally,
      accepted: new Map() as Tally,
      attempts: new Map() as Tally,
      users: new Map() as Tally,
    };
    let parsed = 0;
    for (const line of lines) {
      const r = parseSyslogLine(line);
      expect(r.program).toBe('sshd');
      if (r.parser) parsed += 1;
      const ip = r.fields.src_ip ?? '';
      const kind = r.action.startsWith('failed_')
        ? 'failed'
        : r.action === 'invalid_user'
          ? 'invalid'
          : r.action.startsWith('accepted_')
            ? 'accepted'
            : undefined;
      if (!kind) continue;
      bump(actual[kind], ip);
      if (kind === 'failed') bump(actual.attempts, ip, Number(r.fields.repeated ?? 1));
      if (!r.fields.repeated) bump(actual.users, `${kind}|${r.fields.user}|${ip}`);
    }

    expect(expected.failed.size).toBeGreaterThan(0);
    expect(expected.invalid.size).toBeGreaterThan(0);
    expect(expected.accepted.size).toBeGreaterThan(0);
    expect(sorted(actual.failed)).toEqual(sorted(expected.failed));
    expect(sorted(actual.invalid)).toEqual(sorted(expected.invalid));
    expect(sorted(actual.accepted)).toEqual(sorted(expected.accepted));
    expect(sorted(actual.attempts)).toEqual(sorted(expected.attempts));
    expect(sorted(actual.users)).toEqual(sorted(expected.users));
    // Every line of this sample is an sshd message Vigil should understand.
    expect(parsed).toBe(lines.length);
  });
});
