// Imports Microsoft presidio-research's synthetic sentences (MIT, data/synth_dataset_v2.json)
// as a labelled PII source:
//   node scripts/eval/import/presidio-research.mjs <presidio-research git dir> <commit> >> test/fixtures/corpora/pii.jsonl
// Positive: a sentence with a span of a kind this category covers (credit card, phone,
// email, IBAN, US SSN). Negative: a sentence with no span, or only spans of kinds that are
// not personal identifiers (dates, places, organisations, titles, nationalities, domains,
// ages, zip codes). Sentences whose only spans are other personal data the detectors do not
// claim (names, street addresses, IP addresses, driver licences) are left out. Card numbers
// are stored base64-encoded (⟦b64:…⟧).
import { execFileSync } from 'node:child_process'

const [gitDir, commit] = process.argv.slice(2)
if (!gitDir || !commit) throw new Error('usage: presidio-research.mjs <git dir> <commit>')
const data = JSON.parse(execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:data/synth_dataset_v2.json`], { encoding: 'utf8', maxBuffer: 1 << 26 }))
const COVERED = { CREDIT_CARD: 'card-number', PHONE_NUMBER: 'phone', EMAIL_ADDRESS: 'email', IBAN_CODE: 'iban', US_SSN: 'national-id' }
const NOT_IDENTIFIER = new Set(['DATE_TIME', 'GPE', 'ORGANIZATION', 'TITLE', 'NRP', 'DOMAIN_NAME', 'AGE', 'ZIP_CODE'])
const b64 = (s) => `⟦b64:${Buffer.from(s, 'utf8').toString('base64')}⟧`
const out = []
for (const sample of data) {
  const types = sample.spans.map((s) => s.entity_type)
  const covered = types.filter((t) => COVERED[t])
  const label = covered.length > 0
  if (!label && !types.every((t) => NOT_IDENTIFIER.has(t))) continue
  const rule = label ? COVERED[covered[0]] : 'negative'
  const text = types.includes('CREDIT_CARD') ? b64(sample.full_text) : sample.full_text
  out.push({ text, label, rule, source: 'presidio-research', note: `template ${sample.template_id}` })
}
process.stdout.write(out.map((s) => JSON.stringify(s)).join('\n') + '\n')
