// Bundled by scripts/classify/train.mjs (esbuild), so training needs no build step.
export { quantise, scoreAll, trainWeights, tuneThreshold, type Sample, type TrainOptions } from './train-core.js'
export { LinearModel } from '../../src/core/classify/linear-model.js'
export { classifierTokens, tokensFor } from '../../src/core/classify/tokens.js'
