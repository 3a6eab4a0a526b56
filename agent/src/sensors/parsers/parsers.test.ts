import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSyslogLine, parseMessage } from './index.js';

const lines = readFileSync(new URL('./fixtures/auth.log', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const at = (n: number) => parseSyslogLine(lines[n]!);

describe('syslog parsers on fixture auth.log', () => {
  it('sshd: failed, invalid, accepted, disconnect with ip, port and user', () => {
    expect(at(0)).toMatchObject({
      program: 'sshd',
      hostname: 'web1',
      parser: 'sshd',
      action: 'failed_password',
      fields: { user: 'root', src_ip: '198.51.100.7', src_port: '50022', pid: '1001' },
    });
    expect(at(1)).toMatchObject({ action: 'failed_password', fields: { user: 'oracle', invalid_user: 'true' } });
    expect(at(2)).toMatchObject({ action: 'invalid_user', fields: { user: 'oracle', src_ip: '198.51.100.7', src_port: '50024' } });
    expect(at(3)).toMatchObject({ action: 'accepted_publickey', fields: { user: 'alice', src_ip: '192.0.2.10', key: 'ED25519 SHA256:abcdefghijklmnop' } });
    expect(at(4)).toMatchObject({ action: 'accepted_password', fields: { user: 'bob', src_ip: '2001:db8::5' } });
    expect(at(5)).toMatchObject({ action: 'failed_publickey', fields: { user: 'alice' } });
    expect(at(6)).toMatchObject({ action: 'disconnected', fields: { user: 'alice', src_ip: '192.0.2.10', src_port: '40000' } });
    expect(at(7)).toMatchObject({ action: 'disconnected', fields: { user: 'oracle', invalid_user: 'true' } });
    expect(at(8)).toMatchObject({ action: 'disconnect_received', fields: { src_ip: '198.51.100.7', src_port: '50030', reason: 'Bye Bye' } });
    expect(at(28)).toMatchObject({ action: 'failed_password', fields: { user: 'root', src_ip: '198.51.100.8', repeated: '2' } });
  });
  it('sudo: user, target user, command, failures', () => {
    expect(at(9)).toMatchObject({
      parser: 'sudo',
      action: 'command',
      fields: { user: 'alice', target_user: 'root', command: '/usr/bin/cat /etc/shadow', tty: 'pts/0', pwd: '/home/alice' },
    });
    expect(at(10)).toMatchObject({ action: 'auth_failure', fields: { user: 'bob', attempts: '3', command: '/bin/bash' } });
    expect(at(11)).toMatchObject({ action: 'not_in_sudoers', fields: { user: 'mallory' } });
    expect(at(12)).toMatchObject({ action: 'auth_failure', fields: { user: 'bob', logname: 'bob' } });
    expect(at(13)).toMatchObject({ action: 'session_opened', fields: { target_user: 'root', user: 'alice' } });
  });
  it('su', () => {
    expect(at(14)).toMatchObject({ parser: 'su', action: 'su', fields: { user: 'alice', target_user: 'root', tty: 'pts/0' } });
    expect(at(15)).toMatchObject({ action: 'su_failed', fields: { user: 'bob' } });
  });
  it('account and group changes', () => {
    expect(at(16)).toMatchObject({ parser: 'useradd', action: 'group_created', fields: { group: 'backdoor', gid: '1005' } });
    expect(at(17)).toMatchObject({ action: 'user_created', fields: { target_user: 'backdoor', uid: '1005', shell: '/bin/bash', home: '/home/backdoor' } });
    expect(at(18)).toMatchObject({ parser: 'usermod', action: 'group_member_added', fields: { target_user: 'backdoor', group: 'sudo' } });
    expect(at(20)).toMatchObject({ parser: 'userdel', action: 'user_deleted', fields: { target_user: 'olduser' } });
    expect(at(21)).toMatchObject({ parser: 'groupadd', action: 'group_created', fields: { group: 'devs' } });
    expect(at(22)).toMatchObject({ parser: 'passwd', action: 'password_changed', fields: { target_user: 'backdoor' } });
    expect(at(23)).toMatchObject({ parser: 'chpasswd', action: 'password_changed', fields: { target_user: 'alice' } });
  });
  it('cron', () => {
    expect(at(24)).toMatchObject({ parser: 'cron', action: 'command', fields: { user: 'root', command: '/usr/local/bin/backup.sh > /dev/null 2>&1' } });
    expect(at(25)).toMatchObject({ action: 'session_opened', fields: { target_user: 'root' } });
    expect(at(26)).toMatchObject({ action: 'crontab_replaced', fields: { user: 'alice' } });
  });
  it('leaves unknown lines unparsed but keeps the header', () => {
    expect(at(27)).toMatchObject({ program: 'kernel', parser: '', action: '' });
    expect(parseSyslogLine('no header at all')).toMatchObject({ parser: '', program: '' });
    expect(parseMessage('sshd', 'something sshd never says')).toEqual({ parser: '', action: '', fields: {} });
  });
});
