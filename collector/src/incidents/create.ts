// Builds the incidents feature from its dependencies: one shared context, then each part on top of it
// (the checklist first, since an incident's detail refreshes it; the report last, since it reads the detail).
import { createContext } from './context.js';
import { lifecycleWrites } from './lifecycle.js';
import { lifecycleViews } from './lifecycle-views.js';
import { createEvidence } from './evidence.js';
import { createReview } from './review.js';
import { createReports } from './report-build.js';
import type { Incidents, IncidentsDeps } from './types.js';

export function createIncidents(deps: IncidentsDeps): Incidents {
  const ctx = createContext(deps);
  const review = createReview(ctx);
  const lifecycle = { ...lifecycleWrites(ctx), ...lifecycleViews(ctx, (id) => review.refreshChecklist(id)) };
  return { lifecycle, evidence: createEvidence(ctx), review, report: createReports(ctx, lifecycle) };
}
