// Incidents read stored JSON values as text through the one helper in @vigil/format (the action table uses it too).
export { textOf } from '@vigil/format';
