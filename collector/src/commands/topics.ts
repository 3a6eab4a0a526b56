// What the commands feature announces on the bus: a command row changed (created, sent, finished, expired),
// with its two-person hold when it has one.
import type { CommandHold, CommandRow } from './types.js';

export interface CommandTopics {
  'command.changed': { command: CommandRow; hold: CommandHold | null };
}
