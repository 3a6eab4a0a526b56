// `vigil-collector init`: creates the data folder (0700), the Ed25519 command-signing key, a self-signed TLS
// certificate (or adopts a given one) whose SHA-256 fingerprint agents pin, and the first admin.
// Existing keys and users are never replaced.
import { existsSync, mkdirSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { hostname } from 'node:os';
import { generate } from 'selfsigned';
import { generateEd25519, certificateFingerprint } from '@vigil/crypto';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { dataPaths } from '../../datadir.js';
import { Auth, authStateIn, ensureAdmin, loginInstructions } from '../../auth/index.js';
import { LowdbStateStore } from '../../store/state.js';
import { CollectorError } from '../../errors.js';
import type { CliCommand } from '@vigil/cli';
import { configFor, parse } from '../options.js';

/** A given certificate must parse and match its key; a mismatch would only show up as agents failing to connect. */
function checkGivenCertificate(certFile: string, keyFile: string): void {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(readFileSync(certFile));
  } catch (err) {
    throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', `--cert ${certFile}: not a PEM certificate (${(err as Error).message})`);
  }
  let matches: boolean;
  try {
    matches = cert.checkPrivateKey(createPrivateKey(readFileSync(keyFile)));
  } catch (err) {
    throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', `--key ${keyFile}: not a PEM private key (${(err as Error).message})`);
  }
  if (!matches) throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', `--key ${keyFile} is not the key of --cert ${certFile}`);
}

function writeSecret(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
}

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'create the data folder, the command-signing key, a TLS certificate (or use a given one) and the first admin',
  help: [
    'Usage: vigil-collector init [--data DIR] [--tls [--san NAME ...] | --cert FILE --key FILE] [--listen HOST]',
    '',
    'Creates DIR (mode 0700) with keys/command.key, the Ed25519 key that signs every command to agents.',
    'With --admin (or VIGIL_ADMIN_PASSWORD set) it also creates the first admin user "admin": with the',
    'password from VIGIL_ADMIN_PASSWORD, or a one-time password printed once that must be changed at',
    'first login. Without, "serve" creates it at its first start and prints how to log in.',
    'Safe to run again: what exists is kept.',
    '',
    'Options:',
    '  --data DIR     data folder (default ./data)',
    '  --tls          also create tls/cert.pem and tls/key.pem (self-signed, ECDSA P-256, 10 years)',
    '                 and write collector.yaml to serve wss:// with them',
    '  --san NAME     extra DNS name or IP for the certificate (repeatable); localhost,',
    '                 127.0.0.1, ::1 and this host name are always included',
    '  --cert FILE    use this PEM certificate (e.g. from your CA) instead of a self-signed one;',
    '  --key FILE     with its PEM private key: both are checked and referenced in collector.yaml',
    '  --listen HOST  with --tls or --cert: the address to listen on in the written collector.yaml (default 0.0.0.0)',
    '  --admin        create the first admin now (see above)',
    '',
    'Examples:',
    '  vigil-collector init --data ./data',
    '  vigil-collector init --data /var/lib/vigil --tls --san collector.example.org',
    '  vigil-collector init --data /var/lib/vigil --tls --admin',
    '  VIGIL_ADMIN_PASSWORD=... vigil-collector init --data /var/lib/vigil --cert /etc/ssl/edr.pem --key /etc/ssl/edr.key',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, {
      tls: { type: 'boolean', default: false },
      san: { type: 'string', multiple: true },
      listen: { type: 'string', default: '0.0.0.0' },
      cert: { type: 'string' },
      key: { type: 'string' },
      admin: { type: 'boolean', default: false },
    });
    if ((values.cert === undefined) !== (values.key === undefined)) throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', '--cert and --key go together');
    if (values.cert && values.tls)
      throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', '--tls creates a self-signed certificate; with --cert/--key leave it out');
    const given = values.cert && values.key ? { cert: resolve(values.cert), key: resolve(values.key) } : undefined;
    if (given) checkGivenCertificate(given.cert, given.key);
    const paths = dataPaths(values.data ?? './data');
    mkdirSync(paths.root, { recursive: true, mode: 0o700 });
    chmodSync(paths.root, 0o700);
    if (existsSync(paths.commandKey)) {
      io.out(`command-signing key: ${paths.commandKey} (kept)`);
    } else {
      writeSecret(paths.commandKey, generateEd25519().privateKeyPem);
      io.out(`command-signing key: ${paths.commandKey} (created)`);
    }
    if (values.tls || given) {
      if (given) {
        io.out(`TLS certificate: ${given.cert} (given)`);
      } else if (!existsSync(paths.tlsCert)) {
        const names = new Set(['localhost', hostname(), ...(values.san ?? [])]);
        const ips = new Set(['127.0.0.1', '::1']);
        const altNames = [...names].map((n) => (/^[\d.]+$|:/.test(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n }));
        const now = new Date();
        const pems = await generate(
          [
            { name: 'commonName', value: hostname() },
            { name: 'organizationName', value: 'Vigil collector' },
          ],
          {
            keyType: 'ec',
            curve: 'P-256',
            algorithm: 'sha256',
            notBeforeDate: new Date(now.getTime() - 3_600_000),
            notAfterDate: new Date(now.getTime() + 10 * 365 * 86_400_000),
            extensions: [
              { name: 'basicConstraints', cA: false },
              { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
              { name: 'extKeyUsage', serverAuth: true },
              { name: 'subjectAltName', altNames: [...altNames, ...[...ips].map((ip) => ({ type: 7 as const, ip }))] },
            ],
          },
        );
        writeSecret(paths.tlsKey, pems.private);
        mkdirSync(dirname(paths.tlsCert), { recursive: true, mode: 0o700 });
        writeFileSync(paths.tlsCert, pems.cert, { mode: 0o644 });
        io.out(`TLS certificate: ${paths.tlsCert} (created, self-signed)`);
      } else {
        io.out(`TLS certificate: ${paths.tlsCert} (kept)`);
      }
      if (!existsSync(paths.configFile)) {
        writeFileSync(
          paths.configFile,
          [
            '# Vigil collector configuration (written by "vigil-collector init --tls").',
            `listen:\n  host: ${JSON.stringify(values.listen)}\n  port: 8443`,
            `tls:\n  certFile: ${JSON.stringify(given?.cert ?? paths.tlsCert)}\n  keyFile: ${JSON.stringify(given?.key ?? paths.tlsKey)}`,
            '',
          ].join('\n'),
          { mode: 0o600 },
        );
        io.out(`config: ${paths.configFile} (created)`);
      }
      io.out(`certificate SHA-256 fingerprint: ${certificateFingerprint(readFileSync(given?.cert ?? paths.tlsCert, 'utf8'))}`);
    }
    // The first admin, so the page can be opened at once (serve would otherwise create it at first start).
    if (!values.admin && !io.env.VIGIL_ADMIN_PASSWORD) return 0;
    const config = configFor(values, io.env);
    const auth = new Auth({ db: authStateIn(new LowdbStateStore(paths.stateFile)), options: config.auth });
    const admin = await ensureAdmin(auth.users, io.env);
    if (!admin.created) io.out('admin: users exist (kept)');
    const host = config.listen.host === '0.0.0.0' || config.listen.host === '::' ? hostname() : config.listen.host;
    if (admin.created) for (const line of loginInstructions(admin, `${config.tls ? 'https' : 'http'}://${host}:${config.listen.port}`)) io.out(line);
    return 0;
  },
};
