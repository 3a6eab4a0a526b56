// Named limits of the log sensor, with safe defaults; the agent config embeds this fragment.
import { z } from '@vigil/config';

/**
 * Where each distribution's syslog daemon writes authentication lines, tailed wherever they exist:
 * - Debian/Ubuntu (rsyslog): auth,authpriv -> /var/log/auth.log, the rest -> /var/log/syslog;
 * - RHEL/CentOS/Fedora/Alma/Rocky/Amazon Linux (rsyslog): authpriv -> /var/log/secure, the rest -> /var/log/messages;
 * - SUSE (SLES, openSUSE, with rsyslog installed): everything, authpriv included, -> /var/log/messages.
 * Without a syslog daemon (Debian 12+, SLES 15 and openSUSE by default, Fedora) the journal is followed instead.
 */
export const DISTRO_SYSLOG_FILES: Readonly<Record<'debian' | 'rhel' | 'suse', readonly string[]>> = {
  debian: ['/var/log/auth.log', '/var/log/syslog'],
  rhel: ['/var/log/secure', '/var/log/messages'],
  suse: ['/var/log/messages'],
};

/** The syslog text files of every distribution above, once each. */
export const SYSLOG_FILES: readonly string[] = [...new Set(Object.values(DISTRO_SYSLOG_FILES).flat())];

export const DEFAULT_LOG_FILES = [...SYSLOG_FILES, '/var/log/audit/audit.log'];

export const logSensorOptions = z
  .object({
    enabled: z.boolean().default(true),
    /** Files to tail, each used when present (and picked up when it appears later). */
    files: z.array(z.string().startsWith('/')).default(DEFAULT_LOG_FILES),
    /** Extra files on top of `files`. */
    extraFiles: z.array(z.string().startsWith('/')).default([]),
    /** Lines longer than this (bytes) are cut and flagged truncated. */
    maxLineBytes: z
      .number()
      .int()
      .min(256)
      .max(1024 * 1024)
      .default(16 * 1024),
    /** Most bytes read from one file per pass; the rest follows on the next tick. */
    maxReadBytesPerPass: z
      .number()
      .int()
      .min(64 * 1024)
      .default(4 * 1024 * 1024),
    /** Safety net next to file events: every file is stat'ed this often. */
    rescanMs: z.number().int().min(50).max(60_000).default(1000),
    /** Where a file seen for the first time (no saved offset) starts: its end, or its beginning. */
    startAt: z.enum(['end', 'beginning']).default('end'),
    /** Journal following: auto = only when journalctl exists and no syslog text file is present. */
    journal: z.enum(['auto', 'always', 'never']).default('auto'),
    /** journalctl binary (looked up on PATH when not absolute). */
    journalctl: z.string().default('journalctl'),
    /** Journal entries larger than this (bytes of JSON) are skipped and counted as a problem. */
    maxJournalEntryBytes: z
      .number()
      .int()
      .min(1024)
      .default(256 * 1024),
    /** sudo's "(command continued)" lines are joined to their command up to this many characters. */
    sudoMaxCommandChars: z
      .number()
      .int()
      .min(1024)
      .max(1024 * 1024)
      .default(64 * 1024),
    /** Users (per file and host) whose last sudo command is kept for its continuation lines. */
    sudoMaxOpenCommands: z.number().int().min(1).max(65_536).default(256),
    /** auditd records of one event are grouped; a group without EOE closes after this idle time. */
    auditGroupIdleMs: z.number().int().min(10).default(500),
    /** Open audit groups kept at once, and records per group. */
    auditMaxOpenGroups: z.number().int().min(1).default(256),
    auditMaxRecordsPerGroup: z.number().int().min(1).default(128),
    /** Emit process starts (source "auditd") from EXECVE records. */
    auditProcessEvents: z.boolean().default(true),
    /**
     * Logins (sshd Accepted, login) are judged against each account's last use (account-logins.ts): no login
     * for `dormantDays`, or never logged in with a password that old, marks the line dormant=true.
     */
    accounts: z
      .object({
        enabled: z.boolean().default(true),
        dormantDays: z.number().int().min(1).max(3650).default(90),
        maxAccounts: z.number().int().min(16).max(1_000_000).default(65_536),
        maxWtmpBytes: z
          .number()
          .int()
          .min(0)
          .default(16 * 1024 * 1024),
        maxLastlogBytes: z
          .number()
          .int()
          .min(0)
          .default(32 * 1024 * 1024),
        files: z
          .object({
            passwd: z.string().startsWith('/').default('/etc/passwd'),
            shadow: z.string().startsWith('/').default('/etc/shadow'),
            lastlog: z.string().startsWith('/').default('/var/log/lastlog'),
            wtmp: z.string().startsWith('/').default('/var/log/wtmp'),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /** Hash bound for the exe of auditd process starts. */
    hashMaxBytes: z
      .number()
      .int()
      .min(0)
      .default(64 * 1024 * 1024),
  })
  .strict();

export type LogSensorOptions = z.output<typeof logSensorOptions>;
