// Every `vigil-collector` subcommand, in the order --help lists them. Add one import and one entry per command.
import type { CliCommand } from '@vigil/cli';
import { initCommand } from './init.js';
import { serveCommand } from './serve.js';
import { tokenCommand } from './token.js';
import { rulesCommand } from '../rules.js';
import { bundleCommand } from './bundle.js';
import { userCommand } from './user.js';
import { keysCommand } from './keys.js';
import { dbCommand } from './db.js';

export const commands: readonly CliCommand[] = [initCommand, serveCommand, tokenCommand, userCommand, rulesCommand, bundleCommand, keysCommand, dbCommand];
