// Who may let an agent send a credential file (shadow, private keys, keytabs, token files): only an admin who
// states a reason, ordering it in person. The collector signs `credentialAccess` and the reason into the
// CollectFile command, so the agent's collection policy can trust them; policies and approvals never can.
import { CREDENTIAL_REASON_MAX, CREDENTIAL_REASON_MIN, type ActionName } from '@vigil/actions';
import { CollectorError } from '../errors.js';

export type OperatorRole = 'viewer' | 'responder' | 'admin';

/** What the audit log records about a command's credential grant (nothing for other commands). */
export function credentialDetail(action: string, params: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!isCollect(action) || params?.credentialAccess !== true) return {};
  return { credentialAccess: true, reason: typeof params.reason === 'string' ? params.reason : '' };
}

const COLLECT: ActionName = 'collect_file';

function isCollect(action: string): boolean {
  return action === COLLECT;
}

/**
 * Throws 403 unless a credential grant comes from an admin in person with a reason. `role` is undefined for
 * orders without a person behind them (response policies, approvals of a policy's proposal).
 */
export function checkCredentialAccess(action: string, params: Record<string, unknown> | undefined, role: OperatorRole | undefined): void {
  if (!params) return;
  const asked = params.credentialAccess;
  const reason = params.reason;
  if (!isCollect(action)) return;
  if (asked !== undefined && typeof asked !== 'boolean')
    throw new CollectorError('VIGIL_ERR_COMMAND_PARAMS', 'credentialAccess must be true or false', { http: 400 });
  if (reason !== undefined && (typeof reason !== 'string' || reason.length > CREDENTIAL_REASON_MAX)) {
    throw new CollectorError('VIGIL_ERR_COMMAND_PARAMS', `reason must be text of at most ${CREDENTIAL_REASON_MAX} characters`, { http: 400 });
  }
  if (!asked) return;
  if (role !== 'admin')
    throw new CollectorError(
      'VIGIL_ERR_COMMAND_CREDENTIAL_ACCESS',
      `collecting a credential file needs the admin role${role ? ` (you are ${role})` : '; a policy or an approval cannot grant it'}`,
    );
  if (typeof reason !== 'string' || reason.trim().length < CREDENTIAL_REASON_MIN) {
    throw new CollectorError(
      'VIGIL_ERR_COMMAND_CREDENTIAL_ACCESS',
      `collecting a credential file needs a stated reason of at least ${CREDENTIAL_REASON_MIN} characters`,
      { http: 400 },
    );
  }
}
