import { describe, it, expect } from 'vitest';
import { acceptPushedPaths, applyRemoteConfig, MAX_PUSHED_PATHS } from './remote-config.js';

describe('collector-pushed sensor settings', () => {
  it('accepts only absolute, normalized, bounded paths', () => {
    expect(
      acceptPushedPaths(['/var/log/app.log', 'relative.log', '/etc/../etc/shadow', '/', '/a\u0000b', `/${'x'.repeat(5000)}`, '/srv/app/', '/var/log/app.log']),
    ).toEqual(['/var/log/app.log', '/srv/app']);
    expect(acceptPushedPaths(Array.from({ length: 1000 }, (_, i) => `/p/${i}`))).toHaveLength(MAX_PUSHED_PATHS);
    expect(acceptPushedPaths(null)).toEqual([]);
  });
  it('applies poll intervals and extra paths; zero keeps the local setting', () => {
    const calls: string[] = [];
    const t = {
      setProcessPollMs: (ms: number) => calls.push(`proc ${ms}`),
      setNetworkPollMs: (ms: number) => calls.push(`net ${ms}`),
      addLogFiles: (p: string[]) => calls.push(`logs ${p.join(',')}`),
      addWatchPaths: (p: string[]) => calls.push(`fim ${p.join(',')}`),
    };
    applyRemoteConfig({ processPollMs: 0, networkPollMs: 2000, extraLogPaths: ['/var/log/app.log', '../x'], extraWatchPaths: ['/srv/www'] }, t);
    expect(calls).toEqual(['net 2000', 'logs /var/log/app.log', 'fim /srv/www']);
  });
  it('leaves out log paths the guard refuses, and says which and why', () => {
    const added: string[] = [];
    const refused: string[] = [];
    applyRemoteConfig(
      { extraLogPaths: ['/var/log/app.log', '/etc/shadow'] },
      { addLogFiles: (p) => added.push(...p) },
      (path) => (path === '/etc/shadow' ? 'a credential file' : undefined),
      (path, reason) => refused.push(`${path}: ${reason}`),
    );
    expect(added).toEqual(['/var/log/app.log']);
    expect(refused).toEqual(['/etc/shadow: a credential file']);
  });
});
