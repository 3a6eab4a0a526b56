// Every `vigil-agent` subcommand, in the order --help lists them. Add one import and one entry per command.
import type { CliCommand } from '@vigil/cli';
import { enrollCommand } from './enroll.js';
import { runCommand } from './run.js';
import { statusCommand } from './status.js';
import { installCommand } from './install.js';
import { uninstallCommand } from './uninstall.js';

export const commands: readonly CliCommand[] = [enrollCommand, runCommand, statusCommand, installCommand, uninstallCommand];
