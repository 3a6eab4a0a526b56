// `vigil-collector user list|add|reset-password|disable|enable`: operator accounts from the shell, for the
// first admin's lost one-time password and for scripted setup. New passwords are one-time (changed at first
// login) and printed once, or read from an environment variable so they never appear in argv.
import { randomBytes } from 'node:crypto';
import { LowdbStateStore } from '../../store/state.js';
import { dataPaths } from '../../datadir.js';
import { Auth, authStateIn, ROLES, type Role } from '../../auth/index.js';
import type { CliCommand } from '@vigil/cli';
import { configFor, parse } from '../options.js';

export const userCommand: CliCommand = {
  name: 'user',
  summary: 'list, add, disable or enable operator accounts, or reset a password (one-time, printed once)',
  help: [
    'Usage: vigil-collector user list [--data DIR]',
    '       vigil-collector user add NAME --role viewer|responder|admin [--password-env VAR] [--data DIR]',
    '       vigil-collector user reset-password NAME [--password-env VAR] [--data DIR]',
    '       vigil-collector user disable|enable NAME [--data DIR]',
    '',
    'Without --password-env, a random one-time password is printed once; the user must change it at first',
    'login. With --password-env VAR the password is read from that environment variable (not one-time).',
    'Works while the collector runs: both change data/state.json under its lock.',
    '',
    'Examples:',
    '  vigil-collector user reset-password admin',
    '  NEW_PW=... vigil-collector user add alice --role responder --password-env NEW_PW',
  ].join('\n'),
  async run(argv, io) {
    const { values, positionals } = parse(argv, { role: { type: 'string' }, 'password-env': { type: 'string' } });
    const config = configFor(values, io.env);
    const auth = new Auth({ db: authStateIn(new LowdbStateStore(dataPaths(config.dataDir).stateFile)), options: config.auth });
    const [action, name] = positionals;
    const password = (): { password: string; oneTime: boolean } => {
      const envName = values['password-env'];
      if (envName === undefined) return { password: randomBytes(18).toString('base64url'), oneTime: true };
      const fromEnv = io.env[envName];
      if (!fromEnv) throw new Error(`environment variable ${envName} is empty or not set`);
      return { password: fromEnv, oneTime: false };
    };
    const needName = () => {
      if (!name) throw new Error(`vigil-collector user ${action}: name the user (see --help)`);
      return name;
    };
    switch (action) {
      case 'list':
        for (const u of auth.users.list()) {
          io.out(
            `${u.name}  ${u.role}${u.disabled ? '  disabled' : ''}${u.mustChangePassword ? '  must-change-password' : ''}  password changed ${new Date(u.passwordChangedAtMs).toISOString()}`,
          );
        }
        return 0;
      case 'add': {
        const role = values.role as Role | undefined;
        if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
        const pw = password();
        await auth.users.create({ name: needName(), role, password: pw.password, mustChangePassword: pw.oneTime });
        io.out(pw.oneTime ? `created ${name} (${role}); one-time password (shown only now): ${pw.password}` : `created ${name} (${role})`);
        return 0;
      }
      case 'reset-password': {
        const pw = password();
        await auth.users.setPassword(needName(), pw.password, pw.oneTime);
        io.out(pw.oneTime ? `${name}: one-time password (shown only now): ${pw.password}` : `${name}: password set`);
        return 0;
      }
      case 'disable':
      case 'enable':
        auth.users.update(needName(), { disabled: action === 'disable' });
        io.out(`${name} ${action}d`);
        return 0;
      default:
        io.err('vigil-collector user: expected list, add, reset-password, disable or enable (see --help)');
        return 2;
    }
  },
};
