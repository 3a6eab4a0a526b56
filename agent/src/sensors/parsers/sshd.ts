// sshd: failed and accepted logins (password, publickey, ...), invalid users and disconnects, with
// source address, port and user. Covers OpenSSH's message forms from 5.x to 10.x, whose per-connection
// messages come from `sshd-session` (9.8+) and `sshd-auth` (10.0+) rather than `sshd`.
import type { MessageParser, Parsed } from './types.js';
import { parsePam } from './pam.js';

/** `{ [key]: value }` when the capture matched, `{}` otherwise. */
const optional = (key: string, value: string | undefined): Record<string, string> => (value ? { [key]: value } : {});

const RULES: Array<[RegExp, (m: RegExpExecArray) => Parsed]> = [
  [
    /^(Failed|Accepted|Postponed) (\S+) for (invalid user )?(.*?) from (\S+) port (\d+)(?: (ssh2))?(?::\s*(.*))?$/,
    (m) => {
      const fields: Record<string, string> = { method: m[2]!, user: m[4]!, src_ip: m[5]!, src_port: m[6]! };
      if (m[3]) fields.invalid_user = 'true';
      if (m[8]) fields.key = m[8];
      const method = m[2]!
        .replace(/[^a-z]+/gi, '_')
        .replace(/_+$/, '')
        .toLowerCase();
      return { action: `${m[1]!.toLowerCase()}_${method}`, fields };
    },
  ],
  [/^Invalid user (.*?) from (\S+)(?: port (\d+))?$/, (m) => ({ action: 'invalid_user', fields: withPort({ user: m[1]!, src_ip: m[2]! }, m[3]) })],
  [/^input_userauth_request: invalid user (.*?)(?: \[preauth\])?$/, (m) => ({ action: 'invalid_user_request', fields: { user: m[1]! } })],
  [
    /^(?:error: )?Received disconnect from (\S+?)(?: port (\d+))?:\s*(\d+):\s*(.*?)(?: \[preauth\])?$/,
    (m) => ({ action: 'disconnect_received', fields: withPort({ src_ip: m[1]!, reason_code: m[3]!, reason: m[4]! }, m[2]) }),
  ],
  [
    /^Disconnected from (?:(invalid|authenticating) user (.*?) |user (.*?) )?(\S+) port (\d+)(?: \[preauth\])?$/,
    (m) => {
      const fields: Record<string, string> = { src_ip: m[4]!, src_port: m[5]! };
      const user = m[2] ?? m[3];
      if (user) fields.user = user;
      if (m[1] === 'invalid') fields.invalid_user = 'true';
      return { action: 'disconnected', fields };
    },
  ],
  [
    /^Connection (closed|reset) by (?:(invalid|authenticating) user (.*?) )?(\S+)(?: port (\d+))?(?: \[preauth\])?$/,
    (m) => {
      const fields = withPort({ src_ip: m[4]! }, m[5]);
      if (m[3]) fields.user = m[3];
      return { action: `connection_${m[1]}`, fields };
    },
  ],
  [/^Did not receive identification string from (\S+)(?: port (\d+))?$/, (m) => ({ action: 'no_identification', fields: withPort({ src_ip: m[1]! }, m[2]) })],
  [
    /^reverse mapping checking getaddrinfo for (\S+) \[(\S+)\] failed/,
    (m) => ({ action: 'reverse_mapping_failed', fields: { src_host: m[1]!, src_ip: m[2]! } }),
  ],
  [
    /^Disconnecting(?: (?:invalid|authenticating) user \S+ \S+ port \d+)?: Too many authentication failures(?: for (?:invalid user )?(\S+))?/,
    (m) => ({ action: 'too_many_failures', fields: optional('user', m[1]) }),
  ],
  [
    /^error: maximum authentication attempts exceeded for (invalid user )?(\S+) from (\S+) port (\d+)/,
    (m) => ({ action: 'too_many_failures', fields: { user: m[2]!, src_ip: m[3]!, src_port: m[4]!, ...(m[1] ? { invalid_user: 'true' } : {}) } }),
  ],
  [
    /^PAM (\d+) more authentication failures?;.*?rhost=(\S*)(?:\s+user=(\S+))?/,
    (m) => ({ action: 'pam_more_failures', fields: { count: m[1]!, src_ip: m[2]!, ...optional('user', m[3]) } }),
  ],
  [/^PAM service\((\S+)\) ignoring max retries; (\d+) > (\d+)/, (m) => ({ action: 'pam_max_retries', fields: { attempts: m[2]!, max: m[3]! } })],
  // OpenSSH 9.8+ (sshd-session) and earlier: LoginGraceTime expired, logged through sigdie().
  [/^(?:fatal: )?Timeout before authentication for (\S+) port (\d+)$/, (m) => ({ action: 'auth_timeout', fields: { src_ip: m[1]!, src_port: m[2]! } })],
  [/^fatal: (.*?)(?: \[preauth\])?$/, (m) => ({ action: 'fatal', fields: { reason: m[1]! } })],
  [
    /^Connection from (\S+) port (\d+) on (\S+) port (\d+)(?: rdomain "(.*)")?$/,
    (m) => ({ action: 'connection', fields: { src_ip: m[1]!, src_port: m[2]!, dst_ip: m[3]!, dst_port: m[4]! } }),
  ],
  // The listener (OpenSSH 9.8+: PerSourcePenalties, MaxStartups) refusing a connection.
  [
    /^drop connection #(\d+) from \[(.*?)\]:(\d+) on \[(.*?)\]:(\d+) (.*)$/,
    (m) => ({ action: 'connection_dropped', fields: { src_ip: m[2]!, src_port: m[3]!, dst_ip: m[4]!, dst_port: m[5]!, reason: m[6]! } }),
  ],
  [
    /^banner exchange: Connection from (\S+) port (\d+): (.*)$/,
    (m) => ({ action: 'banner_exchange_failed', fields: { src_ip: m[1]!, src_port: m[2]!, reason: m[3]! } }),
  ],
  [/^(?:error: )?kex_exchange_identification: (.*)$/, (m) => ({ action: 'kex_identification_failed', fields: { reason: m[1]! } })],
  [
    /^Unable to negotiate with (\S+) port (\d+): (.*?)(?: \[preauth\])?$/,
    (m) => ({ action: 'negotiation_failed', fields: { src_ip: m[1]!, src_port: m[2]!, reason: m[3]! } }),
  ],
  [
    /^Starting session: (.*?) for (\S+) from (\S+) port (\d+) id (\d+)$/,
    (m) => ({ action: 'session_started', fields: { session: m[1]!, user: m[2]!, src_ip: m[3]!, src_port: m[4]! } }),
  ],
  [/^Server listening on (\S+) port (\d+)/, (m) => ({ action: 'listening', fields: { address: m[1]!, port: m[2]! } })],
  [/^Received signal (\d+); terminating/, (m) => ({ action: 'terminating', fields: { signal: m[1]! } })],
];

function withPort(fields: Record<string, string>, port: string | undefined): Record<string, string> {
  if (port) fields.src_port = port;
  return fields;
}

export const parseSshd: MessageParser = (message) => {
  for (const [re, build] of RULES) {
    const m = re.exec(message);
    if (m) return build(m);
  }
  const pam = parsePam(message);
  if (pam) return { action: pam.action === 'auth_failure' ? 'pam_auth_failure' : pam.action, fields: pam.fields };
  return undefined;
};
