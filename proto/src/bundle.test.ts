// The bundle banner is read from the first bytes only, and only a version in the bundle grammar counts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_VERSION_RE, bundleVersionOf } from './bundle.js';

const dir = mkdtempSync(join(tmpdir(), `vigil-bundle-${process.pid}-`));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));

describe('bundleVersionOf', () => {
  it('reads the banner version, also after a shebang line', () => {
    expect(bundleVersionOf(file('a.mjs', '// vigil-agent 1.2.3+rc.1: bundle\ncode();\n'))).toBe('1.2.3+rc.1');
    expect(bundleVersionOf(file('b.mjs', '#!/usr/bin/env node\n// vigil-agent 2.0.0: bundle\n'))).toBe('2.0.0');
  });

  it('finds nothing without a banner, with a bad version, or past the first 512 bytes', () => {
    expect(bundleVersionOf(file('c.mjs', 'console.log(1)\n'))).toBeUndefined();
    expect(bundleVersionOf(file('d.mjs', '// vigil-agent 1 2: bundle\n'))).toBeUndefined();
    expect(bundleVersionOf(file('e.mjs', `${'x'.repeat(600)}\n// vigil-agent 1.0.0: bundle\n`))).toBeUndefined();
  });

  it('the version grammar', () => {
    expect(BUNDLE_VERSION_RE.test('1.2.3-beta+build.7')).toBe(true);
    expect(BUNDLE_VERSION_RE.test('../1')).toBe(false);
    expect(BUNDLE_VERSION_RE.test('x'.repeat(65))).toBe(false);
  });
});
