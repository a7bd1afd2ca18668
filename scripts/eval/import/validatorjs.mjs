// Imports validator.js's test values (MIT) as a labelled PII source:
//   node scripts/eval/import/validatorjs.mjs <validator.js git dir> <commit> >> test/fixtures/corpora/pii.jsonl
// Positives: the `valid` values of isCreditCard, isIBAN, isEmail, isMobilePhone (the first
// three of every locale), isPassportNumber and isIdentityCard (every country). Negatives: the `invalid`
// values of isCreditCard, isIBAN and isEmail only (an invalid phone or passport for one
// locale is often a valid one elsewhere, so it is no negative). Phone numbers, passports and
// identity-card numbers are placed in short carrier sentences, rotating between the bare
// value and a labelled one, the way they appear pasted into prompts; cards, IBANs and emails
// stay bare. Card numbers are stored as ⟦b64:…⟧ like every secret-shaped value.
import { execFileSync } from 'node:child_process'

const [gitDir, commit] = process.argv.slice(2)
if (!gitDir || !commit) throw new Error('usage: validatorjs.mjs <git dir> <commit>')
const source = execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:test/validators.test.js`], { encoding: 'utf8', maxBuffer: 1 << 26 })

/** The literal starting at `at` (`{…}` or `[…]`), evaluated (they hold only literals), or undefined. */
function literalAt(text, at) {
  const open = text[at]
  const close = open === '{' ? '}' : ']'
  let depth = 0
  let quote = null
  for (let i = at; i < text.length; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === '\\') i++
      else if (ch === quote) quote = null
      continue
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch
    else if (ch === open) depth++
    else if (ch === close && --depth === 0) {
      try {
        return new Function(`return (${text.slice(at, i + 1)})`)()
      } catch {
        return undefined // literals that call helpers are skipped
      }
    }
  }
  return undefined
}

/**
 * Every `test({ … })` block, plus every `const|let fixtures = [{ locale, valid, invalid }]`
 * table (isMobilePhone, isIdentityCard, …) read as blocks of the validator tested next.
 */
function testBlocks(text) {
  const blocks = []
  for (let at = text.indexOf('test({'); at !== -1; at = text.indexOf('test({', at + 1)) {
    const block = literalAt(text, at + 5)
    if (block && Array.isArray(block.valid)) blocks.push(block)
  }
  for (const m of text.matchAll(/(?:const|let) fixtures = \[/g)) {
    const at = m.index
    const fixtures = literalAt(text, at + m[0].length - 1) ?? []
    const validator = /validator: '(\w+)'/.exec(text.slice(at))?.[1]
    for (const f of fixtures) blocks.push({ validator, valid: f.valid, invalid: f.invalid, args: [f.locale] })
  }
  return blocks
}

const CARRIERS = {
  phone: ['{v}', 'Contact: {v}', 'You can reach her at {v} after 5pm.'],
  passport: ['{v}', 'Passport number: {v}', 'Her passport is {v}, expiring next year.'],
  'identity-card': ['{v}', 'ID card number: {v}', 'National ID {v} is on file.'],
}
const WANTED = { isCreditCard: 'card-number', isIBAN: 'iban', isEmail: 'email', isMobilePhone: 'phone', isPassportNumber: 'passport', isIdentityCard: 'identity-card' }
const NEGATIVES = new Set(['isCreditCard', 'isIBAN'])
/** Values kept per phone locale, so ~170 locales do not swamp the other kinds. */
const PER_LOCALE = { isMobilePhone: 3 }
const b64 = (s) => `⟦b64:${Buffer.from(s, 'utf8').toString('base64')}⟧`
const seen = new Set()
const out = []
let n = 0
const blocks = testBlocks(source)
const validOf = new Map()
for (const b of blocks) validOf.set(b.validator, [...(validOf.get(b.validator) ?? []), ...(b.valid ?? []).filter((v) => typeof v === 'string' && v.length > 0)])
for (const block of blocks) {
  const rule = WANTED[block.validator]
  if (!rule) continue
  if (block.validator === 'isEmail' && block.args !== undefined) continue
  const note = `${block.validator}(${JSON.stringify(block.args ?? [])})`
  const add = (value, label) => {
    if (typeof value !== 'string' || !value.isWellFormed() || value.trim() === '' || seen.has(`${rule}:${label}:${value}`)) return
    seen.add(`${rule}:${label}:${value}`)
    const carriers = label ? CARRIERS[rule] : undefined
    const text = carriers ? carriers[n++ % carriers.length].replace('{v}', value) : value
    out.push({ text: rule === 'card-number' ? b64(text) : text, label, rule, source: 'validatorjs', note })
  }
  for (const v of (block.valid ?? []).slice(0, PER_LOCALE[block.validator] ?? Infinity)) add(v, true)
  // Only default-option blocks: a value invalid under `{ provider: 'AmEx' }` or a country
  // whitelist is a valid card or IBAN. A value that contains a valid one (`FR76…189@`) is
  // no negative for a scanner of text either.
  const defaults = block.args === undefined || block.args.length === 0
  const containsValid = (v) => (validOf.get(block.validator) ?? []).some((valid) => v.includes(valid))
  if (NEGATIVES.has(block.validator) && defaults) for (const v of block.invalid ?? []) if (!containsValid(v)) add(v, false)
}
process.stdout.write(out.map((s) => JSON.stringify(s)).join('\n') + '\n')
