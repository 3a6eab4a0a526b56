// Turns an operator's search text into an FTS5 query that means exactly "these words, in this order, the last
// one possibly cut short", whatever the text holds: quotes, AND/OR/NOT/NEAR, *, ^, parentheses or column
// filters are words to find, never FTS syntax. The text is untrusted: bounded, and only ever bound as a value.
import { CollectorError } from '../errors.js';

/** Longest search text the store accepts (the API's own bound is the same). */
export const MAX_SEARCH_TEXT = 200;

/** True when the text holds something the full-text index can match: a letter or a digit. */
const WORDY = /[\p{L}\p{N}]/u;

/**
 * The FTS5 MATCH argument for `text`: one quoted phrase (inner quotes doubled, so nothing the user typed is
 * parsed as an operator) marked as a prefix, so "NEEDLE" finds NeedleTool and "10.0.0.5" finds the address.
 * Throws VIGIL_ERR_EVENTS_QUERY for text that is too long or has no letter or digit to look for.
 */
export function ftsPhrase(text: string): string {
  if (text.length > MAX_SEARCH_TEXT) {
    throw new CollectorError('VIGIL_ERR_EVENTS_QUERY', `search text is ${text.length} characters; at most ${MAX_SEARCH_TEXT} are allowed`);
  }
  if (!WORDY.test(text)) {
    throw new CollectorError('VIGIL_ERR_EVENTS_QUERY', 'search text needs at least one letter or digit: punctuation alone is not indexed');
  }
  return `"${text.replace(/"/g, '""')}"*`;
}
