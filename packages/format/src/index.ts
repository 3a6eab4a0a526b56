// The public surface of @vigil/format: text for people, the same in the collector and in the page.
export { formatDuration } from './duration.js';
export { textOf } from './text.js';
