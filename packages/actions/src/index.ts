// The public surface of @vigil/actions: the response actions' one table (names, proto fields, kinds, undo,
// labels) and the parameter schemas the API checks orders against.
export * from './table.js';
export * from './params.js';
