// Bundled on the fly by scripts/eval/import.mjs.
export { runImport, IMPORTERS } from './run.js'
