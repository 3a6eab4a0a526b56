// Password strength by zxcvbn-ts (dictionaries, keyboard patterns, repeats, dates), the estimator the
// issue asked for: "aaaaaaaaaaaa" met the length rule and scores 0. Its dictionaries take about 50 MiB of
// memory once loaded, and a password is set a few times in a collector's life, so each check runs in a
// short-lived worker thread: the dictionaries never stay in the collector's heap (issue 18's memory bound
// for 10,000 agents). Checks run one at a time.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CollectorError } from '../errors.js';

export interface StrengthResult {
  /** 0 (guessable) to 4 (very hard). */
  score: number;
  warning: string | null;
}

const require = createRequire(import.meta.url);

/** The worker's body, CommonJS: it loads the packages by the paths resolved here, so any install layout works. */
const WORKER_CODE = `
const { workerData, parentPort } = require('node:worker_threads');
const { ZxcvbnFactory } = require(workerData.paths.core);
const common = require(workerData.paths.common);
const en = require(workerData.paths.en);
const z = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});
const r = z.check(workerData.password, workerData.userInputs);
parentPort.postMessage({ score: r.score, warning: r.feedback.warning });
`;

export interface PasswordStrengthOptions {
  /** A check that has not answered by then fails (the worker is stopped). */
  timeoutMs: number;
  /** Heap bound of the worker, in MiB. */
  maxHeapMb: number;
}

export class PasswordStrength {
  private readonly paths = {
    core: require.resolve('@zxcvbn-ts/core'),
    common: require.resolve('@zxcvbn-ts/language-common'),
    en: require.resolve('@zxcvbn-ts/language-en'),
  };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PasswordStrengthOptions) {}

  /** zxcvbn's score and warning for `password`, the user inputs counted as known words. */
  check(password: string, userInputs: string[] = []): Promise<StrengthResult> {
    const run = this.queue.then(() => this.runOnce(password, userInputs.filter(Boolean)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private runOnce(password: string, userInputs: string[]): Promise<StrengthResult> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_CODE, {
        eval: true,
        workerData: { paths: this.paths, password, userInputs },
        resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
      });
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        fn();
      };
      const fail = (why: string): void => finish(() => reject(new CollectorError('VIGIL_ERR_API_INTERNAL', `the password strength check failed: ${why}`)));
      const timer = setTimeout(() => fail(`no answer within ${this.options.timeoutMs} ms`), this.options.timeoutMs);
      worker.once('message', (m: unknown) => {
        if (!isResult(m)) return fail('malformed answer');
        finish(() => resolve(m));
      });
      worker.once('error', (err) => fail(err.message));
      worker.once('exit', (code) => fail(`the worker exited with ${code}`));
    });
  }
}

function isResult(m: unknown): m is StrengthResult {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return Number.isInteger(r.score) && (r.warning === null || typeof r.warning === 'string');
}
