// The detection package's error catalogue: every rule problem and engine failure has a stable code,
// so `rules check` output, logs and the API name the same thing the same way.
export const DETECT_ERRORS = {
  VIGIL_ERR_RULE_YAML: 'the file is not valid YAML',
  VIGIL_ERR_RULE_INVALID: 'the rule is malformed',
  VIGIL_ERR_RULE_UNSUPPORTED: 'the rule uses a feature Vigil does not support',
  VIGIL_ERR_RULE_DUPLICATE: 'another rule already uses this id',
  VIGIL_ERR_RULE_REFERENCE: 'a correlation refers to a rule that is not loaded',
  VIGIL_ERR_RULE_IO: 'the rule file could not be read',
  VIGIL_ERR_RULE_SAMPLE: 'a rule sample event is malformed',
} as const;

export type DetectErrorCode = keyof typeof DETECT_ERRORS;

export class DetectError extends Error {
  readonly code: DetectErrorCode;
  constructor(code: DetectErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? DETECT_ERRORS[code], options);
    this.name = 'DetectError';
    this.code = code;
  }
}
