// Bundled on the fly by scripts/eval.mjs (esbuild), so `npm run eval` needs no build step.
export { evaluate, evaluateClassifierDev } from './run.js'
export { renderConsole, renderMarkdown } from './report.js'
export { evaluateFormats, renderFormats } from './formats.js'
