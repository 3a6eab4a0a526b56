import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { PasswordStrength } from './strength.js';

const options = { timeoutMs: 30_000, maxHeapMb: 256 };

/** Used heap after a full collection (gc exposed for this call only). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

describe('PasswordStrength', () => {
  it('scores with zxcvbn: repeats and the user inputs are guessable, a long random phrase is not', async () => {
    const s = new PasswordStrength(options);
    const repeated = await s.check('aaaaaaaaaaaa');
    expect(repeated.score).toBe(0);
    expect(repeated.warning).toMatch(/repeated/i);
    expect((await s.check('Tr0ub4dor&3-quilt-meadow-77')).score).toBeGreaterThanOrEqual(3);
    const plain = await s.check('margaretsmith1');
    const asInput = await s.check('margaretsmith1', ['margaretsmith']);
    expect(asInput.score).toBeLessThanOrEqual(plain.score);
    expect(asInput.score).toBeLessThan(3);
  });

  it('answers every check of a burst, one worker at a time, in order', async () => {
    const s = new PasswordStrength(options);
    const results = await Promise.all(['aaaaaaaaaaaa', 'correct-horse-battery-staple-9!', 'qwertyuiop12'].map((p) => s.check(p)));
    expect(results.map((r) => r.score >= 3)).toEqual([false, true, false]);
  });

  it('fails a check that does not answer in time with a coded error, and the next check still runs', async () => {
    const slow = new PasswordStrength({ timeoutMs: 1, maxHeapMb: 256 });
    await expect(slow.check('aaaaaaaaaaaa')).rejects.toMatchObject({ code: 'VIGIL_ERR_API_INTERNAL', message: /no answer within 1 ms/ });
    await expect(slow.check('aaaaaaaaaaaa')).rejects.toMatchObject({ code: 'VIGIL_ERR_API_INTERNAL' });
  });

  it('leaves nothing of the dictionaries in the calling thread (about 24 MiB of heap when loaded here)', async () => {
    const s = new PasswordStrength(options);
    const before = heapAfterGc();
    await s.check('aaaaaaaaaaaa');
    await s.check('correct-horse-battery-staple-9!');
    expect(heapAfterGc() - before).toBeLessThan(6 * 1024 * 1024);
    expect(Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('zxcvbn'))).toEqual([]);
  });
});
