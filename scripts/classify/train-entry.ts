// Bundled by scripts/classify/train.mjs (esbuild), so training needs no build step.
export { quantise, scoreAll, scoreJudged, trainWeights, tuneThreshold, type Sample, type TrainOptions } from './train-core.js'
export { LinearModel } from '../../src/core/classify/linear-model.js'
export { classifierTokens, tokensFor } from '../../src/core/classify/tokens.js'
export { withoutGuardrails } from '../../src/core/detect/injection/classifier.js'
