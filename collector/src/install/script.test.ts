// install.sh rendering: the collector's values land only after passing their grammar, and the result is valid sh.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { installCommand, loadTemplate, renderInstallScript, urlFromHost } from './script.js';

const id = {
  url: 'https://edr.example.org:8443',
  fingerprint: 'ab'.repeat(32),
  curlPin: `sha256//${'A'.repeat(43)}=`,
  agentPath: '/agent',
  commandKey: `${'B'.repeat(43)}=`,
};

describe('install.sh rendering', () => {
  it('fills in the collector and stays valid POSIX sh', () => {
    const text = renderInstallScript(loadTemplate(), id);
    expect(text).toContain("COLLECTOR='https://edr.example.org:8443'");
    expect(text).toContain(`FINGERPRINT='${id.fingerprint}'`);
    expect(text).toContain(`COMMAND_KEY='${id.commandKey}'`);
    expect(text).not.toContain('@@');
    execFileSync('sh', ['-n', '-c', text]);
  });

  it.each(["https://x.org'; rm -rf / #", 'https://x.org/$(id)', 'ftp://x.org', 'https://x.org/a b'])('refuses the URL %s', (url) => {
    expect(() => renderInstallScript(loadTemplate(), { ...id, url })).toThrow(/cannot go into the install script/);
  });

  it('takes the URL from a Host header only when it is a host name or address', () => {
    expect(urlFromHost('edr.example.org:8443', true)).toBe('https://edr.example.org:8443');
    expect(urlFromHost('[::1]:8080', false)).toBe('http://[::1]:8080');
    for (const bad of ["x';id;'", 'a b', 'x.org/path', '', undefined, 'x.org:8443:1']) expect(urlFromHost(bad, true)).toBeUndefined();
  });

  it('refuses a command key that is not 32 bytes of base64', () => {
    expect(() => renderInstallScript(loadTemplate(), { ...id, commandKey: "x'; id" })).toThrow(/command key/);
  });

  it('builds the Add host one-liner with the key pin and the fingerprint; the token goes in on stdin, plain http says --insecure', () => {
    expect(installCommand(id, 'vgt_abc')).toBe(
      `printf '%s\\n' 'vgt_abc' | sudo sh -c "$(curl -fsSL -k --pinnedpubkey '${id.curlPin}' https://edr.example.org:8443/install.sh)" vigil-install --token-stdin --fingerprint ${id.fingerprint}`,
    );
    expect(installCommand({ ...id, url: 'http://127.0.0.1:8080', fingerprint: '', curlPin: '' }, 'vgt_abc')).toBe(
      `printf '%s\\n' 'vgt_abc' | sudo sh -c "$(curl -fsSL http://127.0.0.1:8080/install.sh)" vigil-install --token-stdin --insecure`,
    );
  });
});
