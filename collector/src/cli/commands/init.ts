// `vigil-collector init`: creates the data folder (0700), the Ed25519 command-signing key, and on request
// a self-signed TLS certificate whose SHA-256 fingerprint agents pin. Existing keys are never replaced.
import { existsSync, mkdirSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hostname } from 'node:os';
import { generate } from 'selfsigned';
import { generateEd25519, certificateFingerprint } from '@vigil/crypto';
import { dataPaths } from '../../datadir.js';
import type { CliCommand } from '../command.js';
import { parse } from '../options.js';

function writeSecret(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
}

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'create the data folder, the command-signing key and optionally a self-signed TLS certificate',
  help: [
    'Usage: vigil-collector init [--data DIR] [--tls] [--san NAME ...]',
    '',
    'Creates DIR (mode 0700) with keys/command.key, the Ed25519 key that signs every command to agents.',
    'Safe to run again: what exists is kept.',
    '',
    'Options:',
    '  --data DIR     data folder (default ./data)',
    '  --tls          also create tls/cert.pem and tls/key.pem (self-signed, ECDSA P-256, 10 years)',
    '                 and write collector.yaml to serve wss:// with them',
    '  --san NAME     extra DNS name or IP for the certificate (repeatable); localhost,',
    '                 127.0.0.1, ::1 and this host name are always included',
    '  --listen HOST  with --tls: the address to listen on in the written collector.yaml (default 0.0.0.0)',
    '',
    'Examples:',
    '  vigil-collector init --data ./data',
    '  vigil-collector init --data /var/lib/vigil --tls --san collector.example.org',
  ].join('\n'),
  async run(argv, io) {
    const { values } = parse(argv, { tls: { type: 'boolean', default: false }, san: { type: 'string', multiple: true }, listen: { type: 'string', default: '0.0.0.0' } });
    const paths = dataPaths(values.data ?? './data');
    mkdirSync(paths.root, { recursive: true, mode: 0o700 });
    chmodSync(paths.root, 0o700);
    if (existsSync(paths.commandKey)) {
      io.out(`command-signing key: ${paths.commandKey} (kept)`);
    } else {
      writeSecret(paths.commandKey, generateEd25519().privateKeyPem);
      io.out(`command-signing key: ${paths.commandKey} (created)`);
    }
    if (values.tls) {
      if (!existsSync(paths.tlsCert)) {
        const names = new Set(['localhost', hostname(), ...(values.san ?? [])]);
        const ips = new Set(['127.0.0.1', '::1']);
        const altNames = [...names].map((n) => (/^[\d.]+$|:/.test(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n }));
        const now = new Date();
        const pems = await generate([{ name: 'commonName', value: hostname() }, { name: 'organizationName', value: 'Vigil collector' }], {
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
        });
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
            `tls:\n  certFile: ${JSON.stringify(paths.tlsCert)}\n  keyFile: ${JSON.stringify(paths.tlsKey)}`,
            '',
          ].join('\n'),
          { mode: 0o600 },
        );
        io.out(`config: ${paths.configFile} (created)`);
      }
      io.out(`certificate SHA-256 fingerprint: ${certificateFingerprint(readFileSync(paths.tlsCert, 'utf8'))}`);
    }
    return 0;
  },
};
