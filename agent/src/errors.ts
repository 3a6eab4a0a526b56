// The agent's single error catalogue: every failure the agent reports carries one of these stable codes.
// Codes are never reused for another meaning; add new ones at the end of their area.
export const AGENT_ERRORS = {
  VIGIL_ERR_AGENT_CONFIG: 'configuration is invalid',
  VIGIL_ERR_AGENT_STATE: 'agent state directory is unusable',
  VIGIL_ERR_AGENT_NOT_ENROLLED: 'agent is not enrolled',
  VIGIL_ERR_SENSOR_SOURCE: 'a sensor source could not be read',
  VIGIL_ERR_SENSOR_LIMIT: 'a sensor reached one of its limits and skipped work',
  VIGIL_ERR_SENSOR_START: 'a sensor failed to start',
} as const;

export type AgentErrorCode = keyof typeof AGENT_ERRORS | `VIGIL_ERR_${string}`;

export class AgentError extends Error {
  readonly code: AgentErrorCode;
  constructor(code: AgentErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AgentError';
    this.code = code;
  }
}
