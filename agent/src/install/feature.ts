// The upgrade start check of `vigil-agent run`: an upgraded bundle confirms itself once it reached the
// collector (else it exits after install.confirmTimeoutMs so the service wrapper counts a failed start and
// rolls back), and a bundle restored by a rollback reports it as a problem in its health and status.
import { rmSync } from 'node:fs';
import type { AgentFeature, FeatureContext, FeatureRuntime } from '../feature.js';
import { VERSION } from '../version.js';
import { confirmUpgrade, layoutFor, readUpgradeMarkers } from './upgrade.js';

/** Exit code of an upgraded bundle that never reached the collector (a failed start for systemd). */
export const UNCONFIRMED_EXIT_CODE = 75;

export function upgradeFeature(ctx: FeatureContext): AgentFeature {
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'upgrade',
    setup(runtime: FeatureRuntime) {
      const l = layoutFor(ctx.config);
      const { pending, rolledBack } = readUpgradeMarkers(l);
      const logger = ctx.logger.child({ component: 'upgrade' });
      if (rolledBack) {
        const message = `upgrade from ${rolledBack.from} to ${rolledBack.to} failed to start; rolled back to ${VERSION}`;
        logger.error({ ...rolledBack }, message);
        runtime.reportProblem({ sensor: 'upgrade', source: l.bundle, code: 'VIGIL_ERR_UPGRADE_ROLLED_BACK', message });
        rmSync(l.upgradeRolledBack, { force: true });
      }
      runtime.addStatusSection('upgrade', () => ({ version: VERSION, pending: readUpgradeMarkers(l).pending ?? null, ...(rolledBack ? { rolledBack } : {}) }));
      if (!pending || pending.to !== VERSION) return;
      logger.info({ ...pending }, 'upgraded bundle started; confirming once online');
      runtime.onOnline(() => {
        if (!timer) return;
        clearTimeout(timer);
        timer = undefined;
        confirmUpgrade(l);
        logger.info({ ...pending }, 'upgrade confirmed: online with the new bundle');
      });
      timer = setTimeout(() => {
        logger.error(
          { ...pending, afterMs: ctx.config.install.confirmTimeoutMs },
          'upgraded bundle did not reach the collector; exiting so the previous bundle is restored',
        );
        void runtime.stop().finally(() => process.exit(UNCONFIRMED_EXIT_CODE));
      }, ctx.config.install.confirmTimeoutMs);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
