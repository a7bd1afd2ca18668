// The toxicity rules a newly added plain-text template draws, for the toxicity tests.
import { toxicityDetector } from '../../../../src/core/detect/toxicity/index.js'
import { changeOf, testContext } from '../injection/template-fixture.js'

/** Every rule id, the classifier's included. */
export const rulesOf = (text: string): string[] => toxicityDetector.detect(changeOf(null, text), testContext()).map((f) => f.rule)

/** Rules only: the classifier's verdict is measured by `npm run eval`, not pinned in unit tests. */
export const ruleHits = (text: string): string[] => rulesOf(text).filter((r) => r !== 'toxicity.classifier')
