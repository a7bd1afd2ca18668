// Rule metadata for the toxicity detector.
import type { RuleMeta } from '../detector.js'
import type { ToxicCategory } from './lexicon.js'

const HELP =
  'Templates ship this text to every user and into model context. Remove it; if the prompt must discuss such ' +
  'content (moderation, safety policy), phrase it as a category ("slurs", "sexual content") rather than the words. ' +
  'Matching is lexicon-based (case, accents, leetspeak, spaced-out letters and repeated letters are normalised); ' +
  'suppress with a reason if the use is legitimate.'

export const TOXICITY_CLASSIFIER: RuleMeta = {
  id: 'toxicity.classifier',
  category: 'toxicity',
  severity: 'medium',
  title: 'Text classified as toxic',
  help:
    'An offline classifier (logistic regression over normalised words and word pairs, trained on public moderation, ' +
    'hate-speech and prompt-template data) scored this text at or above `classifiers.toxicity.threshold`: threats, ' +
    'harassment, dehumanising or sexual content phrased without a listed word. The finding lists the score and the ' +
    '(masked) words that drove it. Remove the text, or suppress with a reason if the template must quote it.',
}

export const TOXICITY_RULES: Readonly<Record<ToxicCategory, RuleMeta>> = {
  slur: { id: 'toxicity.slur', category: 'toxicity', severity: 'high', title: 'Slur in prompt text', help: HELP },
  harassment: {
    id: 'toxicity.harassment',
    category: 'toxicity',
    severity: 'medium',
    title: 'Harassment, insult or profanity in prompt text',
    help: HELP,
  },
  sexual: { id: 'toxicity.sexual', category: 'toxicity', severity: 'medium', title: 'Sexual content in prompt text', help: HELP },
  violence: {
    id: 'toxicity.violence',
    category: 'toxicity',
    severity: 'high',
    title: 'Violent threat in prompt text',
    help: HELP,
  },
}
