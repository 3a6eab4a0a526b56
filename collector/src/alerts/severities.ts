// The alert severities, most severe first. Their own file so the alert service and the stage-alert
// contract (alert-sink.ts) both use them without importing each other.
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
