// Impact and exfiltration: attack procedures of our own, each with a benign twin (see types.ts).
import type { Technique } from './types.js';

export const impact: Technique[] = [];
