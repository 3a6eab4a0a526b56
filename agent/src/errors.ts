// The agent's single error catalogue: every failure the agent reports carries one of these stable codes.
// Codes are never reused for another meaning; add new ones at the end of their area.
export const AGENT_ERRORS = {
  VIGIL_ERR_AGENT_CONFIG: 'configuration is invalid',
  VIGIL_ERR_AGENT_STATE: 'agent state directory is unusable',
  VIGIL_ERR_AGENT_NOT_ENROLLED: 'agent is not enrolled',
  VIGIL_ERR_SENSOR_SOURCE: 'a sensor source could not be read',
  VIGIL_ERR_SENSOR_LIMIT: 'a sensor reached one of its limits and skipped work',
  VIGIL_ERR_SENSOR_START: 'a sensor failed to start',
  VIGIL_ERR_SENSOR_UNTRUSTED: 'a tailed log is a symlink, or it or a folder above it can be written by others than root and the log daemon; not read',
  VIGIL_ERR_SENSOR_PUSHED_PATH:
    'a log path the collector pushed is refused by the collection policy (Vigil files, denied or credential files, outside the allowed roots); not tailed',
  VIGIL_ERR_COMMAND_MALFORMED: 'command payload could not be decoded',
  VIGIL_ERR_COMMAND_BAD_SIGNATURE: 'command signature does not verify against the pinned collector key',
  VIGIL_ERR_COMMAND_NO_KEY: 'no collector command key is pinned',
  VIGIL_ERR_COMMAND_WRONG_AGENT: 'command is addressed to another agent',
  VIGIL_ERR_COMMAND_EXPIRED: 'command has expired',
  VIGIL_ERR_COMMAND_NOT_YET_VALID: 'command is issued in the future or lives too long',
  VIGIL_ERR_COMMAND_REPLAYED: 'command nonce was already used',
  VIGIL_ERR_COMMAND_INVALID_PARAMETER: 'a command parameter fails its grammar',
  VIGIL_ERR_COMMAND_UNSUPPORTED: 'this agent does not run that action',
  VIGIL_ERR_COMMAND_INTERRUPTED: 'the agent stopped while the command ran',
  VIGIL_ERR_COMMAND_LEDGER_LOST: 'the command was issued before the agent found its command ledger damaged, so it may have run already',
  VIGIL_ERR_RESPONSE_FAILED: 'the response action failed',
  VIGIL_ERR_RESPONSE_NO_FIREWALL: 'neither nft nor iptables/ip6tables is available',
  VIGIL_ERR_RESPONSE_SELF_TEST: 'isolation or block self-test failed: collector not re-reached, rules rolled back',
  VIGIL_ERR_RESPONSE_PID_REUSED: 'pid belongs to another process than the one named (start time differs)',
  VIGIL_ERR_RESPONSE_NOT_FOUND: 'the target of the action does not exist',
  VIGIL_ERR_RESPONSE_STATE: 'response state file is unusable',
  // Forensic collection (agent/src/forensics)
  VIGIL_ERR_FORENSICS_REFUSED: 'the file may not be collected (not absolute, not a regular file, a pseudo-file, or changed while read)',
  VIGIL_ERR_FORENSICS_TOO_LARGE: 'the file is larger than the collection cap',
  VIGIL_ERR_FORENSICS_LINK: 'the link to the collector went down during a transfer',
  // Link to the collector (agent/src/link)
  VIGIL_ERR_LINK_PIN_MISMATCH: 'the collector certificate does not match the pinned fingerprint',
  VIGIL_ERR_LINK_CERTIFICATE: 'the collector certificate failed verification (self-signed without a pin, expired, wrong name, unknown issuer)',
  VIGIL_ERR_LINK_PROTOCOL: 'the collector sent something the protocol does not allow here',
  VIGIL_ERR_LINK_REFUSED: 'the collector refused the connection',
  VIGIL_ERR_LINK_TIMEOUT: 'the collector did not answer in time',
  VIGIL_ERR_LINK_CLOSED: 'the connection closed before the handshake finished',
  VIGIL_ERR_LINK_COLLECTOR_PROOF: 'the collector did not prove it holds the command key pinned at enrollment',
  VIGIL_ERR_LINK_INSECURE: 'plain ws:// to a collector beyond loopback needs --insecure (link.allowInsecure)',
  VIGIL_ERR_AGENT_ALREADY_ENROLLED: 'this agent is already enrolled',
  VIGIL_ERR_LINK_SEQUENCE: 'the collector acknowledged a sequence this agent never wrote; the ack was ignored',
  VIGIL_ERR_SPOOL_SEQUENCE_EXHAUSTED: 'the spool reached the largest valid event sequence',
  // Install, uninstall and upgrade (agent/src/install)
  VIGIL_ERR_INSTALL_NOT_ROOT: 'install and uninstall must run as root',
  VIGIL_ERR_INSTALL_NODE: 'Node.js is missing or older than the agent needs',
  VIGIL_ERR_INSTALL_NO_SYSTEMD: 'systemd is not running as PID 1',
  VIGIL_ERR_INSTALL_SYSTEMD: 'a systemctl call failed',
  VIGIL_ERR_INSTALL_START: 'the installed unit failed to start',
  VIGIL_ERR_UPGRADE_BAD_SIGNATURE: 'the bundle signature does not verify against the pinned collector key',
  VIGIL_ERR_UPGRADE_HASH_MISMATCH: 'the downloaded bundle does not have the signed SHA-256',
  VIGIL_ERR_UPGRADE_VERSION_MISMATCH: 'the bundle names another version than the signed offer',
  VIGIL_ERR_UPGRADE_DOWNLOAD: 'the bundle could not be downloaded from the collector',
  VIGIL_ERR_UPGRADE_START: 'the new bundle does not run on this host',
  VIGIL_ERR_UPGRADE_NOT_INSTALLED: 'this agent does not run from an installed bundle',
  VIGIL_ERR_UPGRADE_ROLLED_BACK: 'an upgraded bundle failed to start and the previous one was restored',
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
