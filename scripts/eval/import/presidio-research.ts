// Microsoft presidio-research's synthetic sentences (MIT, data/synth_dataset_v2.json) as a
// labelled PII source. Positive: a sentence with a span of a kind this category covers
// (credit card, phone, email, IBAN, US SSN). Negative: a sentence with no span, or only spans
// of kinds that are not personal identifiers (dates, places, organisations, titles,
// nationalities, domains, ages, zip codes). Sentences whose only spans are other personal data
// the detectors do not claim (names, street addresses, IP addresses, driver licences) are
// left out.
import type { Draft, Tree } from './tree.js'

const PATH = 'data/synth_dataset_v2.json'
const COVERED: Record<string, string> = {
  CREDIT_CARD: 'card-number',
  PHONE_NUMBER: 'phone',
  EMAIL_ADDRESS: 'email',
  IBAN_CODE: 'iban',
  US_SSN: 'national-id',
}
const NOT_IDENTIFIER = new Set(['DATE_TIME', 'GPE', 'ORGANIZATION', 'TITLE', 'NRP', 'DOMAIN_NAME', 'AGE', 'ZIP_CODE'])

interface Synth {
  template_id: number
  spans: Array<{ entity_type: string }>
}

export function presidioResearch(tree: Tree): Draft[] {
  const data = JSON.parse(tree.read(PATH)) as Synth[]
  return data.flatMap((sample, i): Draft[] => {
    const types = sample.spans.map((s) => s.entity_type)
    const covered = types.filter((t) => COVERED[t])
    const label = covered.length > 0
    if (!label && !types.every((t) => NOT_IDENTIFIER.has(t))) return []
    const rule = label ? (COVERED[covered[0] ?? ''] ?? '') : 'negative'
    return [{ path: PATH, at: `json:/${i}/full_text`, label, rule, note: `template ${sample.template_id}` }]
  })
}
