// What every view knows: who is logged in, and how to leave (views register cleanup for live subscriptions).
import type { SessionInfo } from './api.js';

export interface ViewContext {
  session: SessionInfo;
  /** Registers something to undo when the view is left (live subscriptions, timers). */
  onLeave(fn: () => void): void;
  /** Shows a transient message in the page's status line. */
  notify(message: string, kind?: 'ok' | 'error'): void;
  can(role: 'viewer' | 'responder' | 'admin'): boolean;
}

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
export type Severity = (typeof SEVERITIES)[number];
