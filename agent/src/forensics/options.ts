// Named limits of forensic collection (triage snapshot, collect file), with safe defaults; the agent config
// embeds this fragment as `forensics`. The collector has its own caps too: both must allow a transfer.
// `collect` is the collection policy as data (collect-policy.ts): where files may come from, what is never
// sent, and which credential files need an admin's order with a stated reason.
import { z } from '@vigil/config';
import { CREDENTIAL_REASON_MAX, CREDENTIAL_REASON_MIN } from '@vigil/actions';

const MiB = 1024 * 1024;

const absPath = z
  .string()
  .min(1)
  .max(4096)
  .startsWith('/')
  .refine((s) => !s.split('/').includes('..'), 'must not contain ".." segments');
const pattern = absPath.or(z.string().min(1).max(4096).startsWith('**/'));

export const collectPolicyOptions = z
  .object({
    /** Folders files are collected from (after symlinks are resolved); anything elsewhere is refused. */
    allowedRoots: z
      .array(absPath)
      .min(1)
      .max(256)
      .default([
        '/etc',
        '/home',
        '/root',
        '/tmp',
        '/var',
        '/opt',
        '/srv',
        '/usr',
        '/bin',
        '/sbin',
        '/lib',
        '/lib64',
        '/boot',
        '/run',
        '/dev/shm',
        '/mnt',
        '/media',
      ]),
    /** Never collected, for anyone ("*" within a segment, "**" across; "/x/**" is the folder and all below it). */
    deniedPatterns: z
      .array(pattern)
      .max(1024)
      .default(['/var/lib/vigil/**', '/var/lib/vigil-agent/**', '/etc/vigil/**', '**/keys/command.key', '**/agent.key']),
    /**
     * More folders never collected, on top of the built-ins (the agent's state folder and config file,
     * /var/lib/vigil, /var/lib/vigil-agent, /etc/vigil): e.g. a collector data folder elsewhere on this host.
     */
    protectedDirs: z.array(absPath).max(64).default([]),
    /** Credential files by name: collected only on an admin's order with a stated reason. */
    credentialPatterns: z
      .array(pattern)
      .max(1024)
      .default([
        '/etc/shadow',
        '/etc/shadow-',
        '/etc/gshadow',
        '/etc/gshadow-',
        '/etc/security/opasswd',
        '/etc/ssh/ssh_host_*_key',
        '/etc/ssl/private/**',
        '**/*.keytab',
        '**/id_rsa',
        '**/id_dsa',
        '**/id_ecdsa',
        '**/id_ed25519',
        '**/id_ecdsa_sk',
        '**/id_ed25519_sk',
        '**/*.key',
        '**/*.p12',
        '**/*.pfx',
        '**/.netrc',
        '**/.pgpass',
        '**/.git-credentials',
        '**/.aws/credentials',
        '**/.docker/config.json',
        '**/.kube/config',
        '**/.vault-token',
        '**/*.token',
        '**/token',
        '/run/secrets/**',
        '/var/run/secrets/**',
        '**/.gnupg/private-keys-v1.d/**',
        '**/.gnupg/secring.gpg',
      ]),
    /** Bytes read from the start of a file to recognise a private key or keytab by its content. */
    inspectBytes: z
      .number()
      .int()
      .min(64)
      .max(1 * MiB)
      .default(64 * 1024),
    /** Shortest reason an admin must state to collect a credential file (by default the collector's own minimum). */
    minReasonLength: z.number().int().min(1).max(CREDENTIAL_REASON_MAX).default(CREDENTIAL_REASON_MIN),
  })
  .strict();

export const forensicsOptions = z
  .object({
    /** Largest file collect-file sends (a command may ask for less, never more). */
    collectMaxBytes: z
      .number()
      .int()
      .min(1)
      .max(4096 * MiB)
      .default(64 * MiB),
    /** Bytes per FileChunk message (well under the collector's frame limit). */
    chunkBytes: z
      .number()
      .int()
      .min(1024)
      .max(2 * MiB)
      .default(256 * 1024),
    /** The collection policy: allowed roots, denied patterns, credential files (collect-policy.ts). */
    collect: collectPolicyOptions.prefault({}),
    triage: z
      .object({
        /** Processes listed (tree order); the rest are counted, not listed. */
        maxProcesses: z.number().int().min(1).max(100_000).default(5000),
        /** Executables larger than this are listed without a hash. */
        hashMaxBytes: z
          .number()
          .int()
          .min(0)
          .max(1024 * MiB)
          .default(256 * MiB),
        /** Connections and listeners listed. */
        maxSockets: z.number().int().min(1).max(100_000).default(5000),
        /** Recent auth log lines when the command names none, and the most a command may ask for. */
        authLogLines: z.number().int().min(1).max(10_000).default(200),
        maxAuthLogLines: z.number().int().min(1).max(100_000).default(5000),
        /** Auth logs tried in order (the first readable one is used; the journal when none is). */
        authLogPaths: z.array(z.string().startsWith('/')).default(['/var/log/auth.log', '/var/log/secure']),
        /** Longest log line kept; longer ones are cut and marked. */
        maxLineBytes: z
          .number()
          .int()
          .min(80)
          .max(64 * 1024)
          .default(2048),
        /** utmp (logged in now) and wtmp (recent logins) files, and how many recent logins are listed. */
        utmpPath: z.string().startsWith('/').default('/var/run/utmp'),
        wtmpPath: z.string().startsWith('/').default('/var/log/wtmp'),
        maxLogins: z.number().int().min(1).max(100_000).default(200),
        /** Persistence files listed, and the bytes of each one's content kept inline. */
        maxPersistenceFiles: z.number().int().min(1).max(100_000).default(1000),
        maxPersistenceContentBytes: z
          .number()
          .int()
          .min(0)
          .max(1 * MiB)
          .default(16 * 1024),
        /** systemd units changed within this many days are listed. */
        recentUnitDays: z.number().int().min(1).max(3650).default(14),
        /** Where SUID/SGID files are searched for (places users can write), how deep, and how much is walked. */
        suidRoots: z.array(z.string().startsWith('/')).default(['/tmp', '/var/tmp', '/dev/shm', '/home', '/run/user', '/var/www']),
        suidMaxDepth: z.number().int().min(1).max(64).default(8),
        suidMaxEntries: z.number().int().min(1).max(10_000_000).default(100_000),
        /** Largest snapshot document sent; beyond it the biggest sections are cut and marked truncated. */
        maxSnapshotBytes: z
          .number()
          .int()
          .min(64 * 1024)
          .max(1024 * MiB)
          .default(16 * MiB),
        /** The passwd file whose home folders are searched (authorized_keys, shell profiles). */
        passwdPath: z.string().startsWith('/').default('/etc/passwd'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type ForensicsOptions = z.output<typeof forensicsOptions>;
export type CollectPolicyOptions = ForensicsOptions['collect'];
export type TriageOptions = ForensicsOptions['triage'];
