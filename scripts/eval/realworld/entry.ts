// Bundled on the fly by scripts/eval.mjs for `npm run eval -- realworld`.
export { loadCorpus } from './corpus.js'
export { blobStore } from './blobs.js'
export { evaluateCorpus } from './run.js'
export { figures } from './summary.js'
export { renderRealworldConsole, renderRealworldMarkdown } from './report.js'
