// cron and crontab: commands cron runs for each user, and crontab edits (a persistence step).
import type { MessageParser } from './types.js';
import { parsePam } from './pam.js';

export const parseCron: MessageParser = (message) => {
  let m = /^\((\S+)\) CMD \((.*)\)\s*$/s.exec(message);
  if (m) return { action: 'command', fields: { user: m[1]!, command: m[2]! } };
  m = /^\((\S+)\) (BEGIN EDIT|END EDIT|REPLACE|DELETE|LIST|RELOAD) \((.*)\)$/.exec(message);
  if (m) {
    const action = {
      'BEGIN EDIT': 'crontab_edit_begin',
      'END EDIT': 'crontab_edit_end',
      REPLACE: 'crontab_replaced',
      DELETE: 'crontab_deleted',
      LIST: 'crontab_listed',
      RELOAD: 'crontab_reloaded',
    }[m[2]!]!;
    return { action, fields: { user: m[1]!, target: m[3]! } };
  }
  m = /^\((\S+)\) (\S+) \((.*)\)$/.exec(message);
  if (m && !message.startsWith('(CRON)')) return { action: m[2]!.toLowerCase(), fields: { user: m[1]!, detail: m[3]! } };
  m = /^\(CRON\) (\S+) \((.*)\)$/.exec(message);
  if (m) return { action: `cron_${m[1]!.toLowerCase()}`, fields: { detail: m[2]! } };
  return parsePam(message);
};
