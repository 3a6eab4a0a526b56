// Password strength by zxcvbn-ts (dictionaries, keyboard patterns, repeats, dates), the estimator the
// issue asked for: "aaaaaaaaaaaa" met the length rule and scores 0. Built once per UserService, lazily,
// since loading the dictionaries costs a few milliseconds and some memory.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import common from '@zxcvbn-ts/language-common';
import en from '@zxcvbn-ts/language-en';

export class PasswordStrength {
  private readonly z = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });

  /** Score 0 (guessable) to 4 (very hard), and zxcvbn's warning when it has one. */
  check(password: string, userInputs: string[] = []): { score: number; warning: string | null } {
    const r = this.z.check(password, userInputs.filter(Boolean));
    return { score: r.score, warning: r.feedback.warning };
  }
}
