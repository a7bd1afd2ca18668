// validator.js's test values (MIT, test/validators.test.js) as a labelled PII source.
// Positives: the `valid` values of isCreditCard, isIBAN, isEmail, isMobilePhone (the first
// three of every locale), isPassportNumber and isIdentityCard. Negatives: the `invalid` values
// of isCreditCard and isIBAN under default options that contain no valid value (an invalid
// phone or passport for one locale is often a valid one elsewhere, so it is no negative).
// Phones, passports and identity-card numbers are put in short carrier sentences of our own,
// rotating between the bare value and a labelled one, the way they appear pasted into
// prompts; cards, IBANs and emails stay bare. The test file is parsed, never run: only plain
// string literals are taken.
import ts from 'typescript'
import type { Draft, Tree } from './tree.js'

const PATH = 'test/validators.test.js'
const WANTED: Record<string, string> = {
  isCreditCard: 'card-number',
  isIBAN: 'iban',
  isEmail: 'email',
  isMobilePhone: 'phone',
  isPassportNumber: 'passport',
  isIdentityCard: 'identity-card',
}
const CARRIERS: Record<string, string[]> = {
  phone: ['{v}', 'Contact: {v}', 'You can reach her at {v} after 5pm.'],
  passport: ['{v}', 'Passport number: {v}', 'Her passport is {v}, expiring next year.'],
  'identity-card': ['{v}', 'ID card number: {v}', 'National ID {v} is on file.'],
}
const NEGATIVES = new Set(['isCreditCard', 'isIBAN'])
/** Values kept per phone locale, so ~170 locales do not swamp the other kinds. */
const PER_LOCALE: Record<string, number> = { isMobilePhone: 3 }

interface Literal {
  value: string
  /** `string:<line>:<column>` */
  at: string
}

interface Block {
  validator: string
  /** undefined: no `args`; else the first argument when it is a string (a locale). */
  args?: { count: number; first?: string }
  valid: Literal[]
  invalid: Literal[]
}

export function validatorjs(tree: Tree): Draft[] {
  const source = ts.createSourceFile(PATH, tree.read(PATH), ts.ScriptTarget.Latest, true)
  const blocks = testBlocks(source)
  const validOf = new Map<string, string[]>()
  for (const b of blocks)
    validOf.set(b.validator, [...(validOf.get(b.validator) ?? []), ...b.valid.map((l) => l.value).filter((v) => v.length > 0)])
  const seen = new Set<string>()
  const out: Draft[] = []
  let n = 0
  for (const block of blocks) {
    const rule = WANTED[block.validator]
    if (!rule || (block.validator === 'isEmail' && block.args !== undefined)) continue
    const note = `${block.validator}${block.args?.first ? ` ${block.args.first}` : block.args ? ' (options)' : ''}`
    const add = (literal: Literal, label: boolean) => {
      const { value } = literal
      if (!value.isWellFormed() || value.trim() === '' || seen.has(`${rule}:${label}:${value}`)) return
      seen.add(`${rule}:${label}:${value}`)
      const carriers = label ? CARRIERS[rule] : undefined
      const carrier = carriers ? carriers[n++ % carriers.length] : undefined
      out.push({ path: PATH, at: literal.at, label, rule, note, value, ...(carrier && carrier !== '{v}' ? { carrier } : {}) })
    }
    for (const v of block.valid.slice(0, PER_LOCALE[block.validator] ?? Infinity)) add(v, true)
    // Only default-option blocks: a value invalid under `{ provider: 'AmEx' }` or a country
    // whitelist is a valid card or IBAN. A value that contains a valid one (`FR76…189@`) is no
    // negative for a scanner of text either.
    const defaults = block.args === undefined || block.args.count === 0
    const containsValid = (v: string) => (validOf.get(block.validator) ?? []).some((valid) => v.includes(valid))
    if (NEGATIVES.has(block.validator) && defaults) for (const v of block.invalid) if (!containsValid(v.value)) add(v, false)
  }
  return out
}

/** Every `test({ validator, args, valid, invalid })` call and every `fixtures = [{ locale, valid, invalid }]` table. */
function testBlocks(source: ts.SourceFile): Block[] {
  const blocks: Block[] = []
  const text = source.getFullText()
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'test') {
      const object = node.arguments[0]
      const validator = object && ts.isObjectLiteralExpression(object) ? stringProperty(object, 'validator') : undefined
      const valid = object && ts.isObjectLiteralExpression(object) ? property(object, 'valid') : undefined
      if (object && ts.isObjectLiteralExpression(object) && validator && valid && ts.isArrayLiteralExpression(valid)) {
        const args = property(object, 'args')
        blocks.push({
          validator,
          valid: literals(source, valid),
          invalid: literals(source, property(object, 'invalid')),
          ...(args ? { args: argsOf(args) } : {}),
        })
      }
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'fixtures' &&
      node.initializer &&
      ts.isArrayLiteralExpression(node.initializer)
    ) {
      // The table is read as blocks of the validator tested next in the file.
      const validator = /validator: '(\w+)'/.exec(text.slice(node.end))?.[1]
      for (const f of node.initializer.elements) {
        if (!validator || !ts.isObjectLiteralExpression(f)) continue
        const locale = stringProperty(f, 'locale')
        blocks.push({
          validator,
          args: { count: 1, ...(locale ? { first: locale } : {}) },
          valid: literals(source, property(f, 'valid')),
          invalid: literals(source, property(f, 'invalid')),
        })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return blocks
}

function property(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of object.properties)
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name) return p.initializer
  return undefined
}

function stringProperty(object: ts.ObjectLiteralExpression, name: string): string | undefined {
  const value = property(object, name)
  return value && ts.isStringLiteral(value) ? value.text : undefined
}

function argsOf(node: ts.Expression): { count: number; first?: string } {
  if (!ts.isArrayLiteralExpression(node)) return { count: 1 }
  const first = node.elements[0]
  return { count: node.elements.length, ...(first && ts.isStringLiteral(first) ? { first: first.text } : {}) }
}

/** The plain string literals of an array (other elements are skipped), with where each opens. */
function literals(source: ts.SourceFile, node: ts.Expression | undefined): Literal[] {
  if (!node || !ts.isArrayLiteralExpression(node)) return []
  return node.elements.flatMap((e) => {
    if (!ts.isStringLiteral(e) && !ts.isNoSubstitutionTemplateLiteral(e)) return []
    const { line, character } = source.getLineAndCharacterOfPosition(e.getStart(source))
    return [{ value: e.text, at: `string:${line + 1}:${character + 1}` }]
  })
}
