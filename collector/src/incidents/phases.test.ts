import { describe, expect, it } from 'vitest';
import { checkPhaseMove, nextPhases } from './phases.js';

const fwd = { note: '', hasReview: false };

describe('incident phase machine', () => {
  it('moves forward one step at a time', () => {
    expect(checkPhaseMove('identified', 'contained', fwd)).toEqual({ ok: true, backwards: false });
    expect(checkPhaseMove('contained', 'assessed', fwd)).toEqual({ ok: true, backwards: false });
    expect(checkPhaseMove('assessed', 'remediated', fwd)).toEqual({ ok: true, backwards: false });
    expect(checkPhaseMove('identified', 'assessed', fwd)).toMatchObject({ ok: false, reason: expect.stringContaining('contained next') });
  });

  it('closes from any phase only with a review', () => {
    expect(checkPhaseMove('remediated', 'closed', fwd)).toMatchObject({ ok: false, reason: expect.stringContaining('root cause') });
    expect(checkPhaseMove('remediated', 'closed', { note: '', hasReview: true })).toEqual({ ok: true, backwards: false });
    expect(checkPhaseMove('identified', 'closed', { note: '', hasReview: true })).toEqual({ ok: true, backwards: false });
  });

  it('goes back only with a note, and never to the same phase', () => {
    expect(checkPhaseMove('closed', 'identified', fwd)).toMatchObject({ ok: false });
    expect(checkPhaseMove('closed', 'identified', { note: 'reinfected', hasReview: true })).toEqual({ ok: true, backwards: true });
    expect(checkPhaseMove('contained', 'contained', fwd)).toMatchObject({ ok: false, reason: expect.stringContaining('already') });
  });

  it('lists the allowed next phases', () => {
    expect(nextPhases('identified')).toEqual(['contained', 'closed']);
    expect(nextPhases('assessed')).toEqual(['remediated', 'closed', 'identified', 'contained']);
    expect(nextPhases('closed')).toEqual(['identified', 'contained', 'assessed', 'remediated']);
  });
});
