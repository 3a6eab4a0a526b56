// What the commands feature announces on the bus: a command row changed (created, sent, finished, expired).
import type { CommandRow } from './types.js';

export interface CommandTopics {
  'command.changed': { command: CommandRow };
}
