// Splits one gitleaks rule regex into the shapes the engine runs:
// - keyed: gitleaks' "semi-generic" template `<identifier><operator><secret>`
//   (utils.GenerateSemiGenericRegex), kept as an identifier pattern (tried at keyword
//   occurrences) plus a secret pattern; the operator part is one shared scan in the engine
//   (GITLEAKS_KEYED_OPERATOR of the generated module), so ~150 rules do not each carry a copy;
// - token: anything else, converted whole.
// A rule made of several alternatives (utils.MergeRegexps) is split at its top-level `|`.

// `template`: the pieces of gitleaks' utils/generate.go (upstream.mjs reads them from the
// pinned file): identifierPrefix, identifierCaseInsensitivePrefix/Suffix, identifierSuffix,
// operator, secretPrefix, secretSuffix.

/** gitleaks' terminator class, and the one generated rules use: code and markup punctuation ends a secret too. */
const TERMINATORS = `[\\x60'"\\s;]`
const WIDER_TERMINATORS = `[\\x60'"\\s;<>()\\[\\]{},.!?&|]`

/**
 * secretSuffix with a wider terminator class: gitleaks ends a secret at a quote, a blank or
 * `;`, so a token followed by `<br/>`, `)` or a full stop in prose is missed.
 */
export function widenedSuffix(template) {
  if (!template.secretSuffix.includes(TERMINATORS)) throw new Error(`unexpected secretSuffix ${template.secretSuffix}`)
  return template.secretSuffix.replace(TERMINATORS, WIDER_TERMINATORS)
}

/** Terminator of a secret (the widened secretSuffix without its group close), as a lookahead so the secret pattern can run on its own. */
export function secretEnd(template) {
  const open = ')(?:'
  const suffix = widenedSuffix(template)
  if (!suffix.startsWith(open)) throw new Error(`unexpected secretSuffix ${template.secretSuffix}`)
  return `(?=${suffix.slice(open.length)}`
}

/**
 * What follows an identifier up to its secret: the identifier suffix's tail, the operator and
 * the secret prefix (without the group parentheses that delimit identifier and secret).
 */
export function keyedOperator(template) {
  if (!template.identifierSuffix.startsWith(')') || !template.secretPrefix.endsWith('('))
    throw new Error('unexpected identifierSuffix / secretPrefix')
  return `^${template.identifierSuffix.slice(1)}${template.operator}${template.secretPrefix.slice(0, -1)}`
}

/** Top-level alternatives of an RE2 source (outside groups and classes). */
export function topLevelAlternatives(source) {
  const out = []
  let depth = 0
  let inClass = false
  let start = 0
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') {
      inClass = true
      if (source[i + 1] === '^') i++
      if (source[i + 1] === ']') i++
      // POSIX names inside a class: `[[:alnum:]]`
      continue
    }
    if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i))
      start = i + 1
    }
  }
  out.push(source.slice(start))
  return out
}

/**
 * `{ kind: 'keyed', identifier, secret, caseInsensitive }` when `alt` is gitleaks'
 * semi-generic template, else `{ kind: 'token', source }`. `ci` says whether a leading
 * `(?i)` of the whole rule applies.
 */
export function classifyAlternative(alt, ci, template) {
  const {
    identifierPrefix,
    identifierCaseInsensitivePrefix,
    identifierCaseInsensitiveSuffix,
    identifierSuffix,
    operator,
    secretPrefix,
    secretSuffix,
  } = template
  const body = alt
  // Case-insensitive rule: (?i) identifierPrefix idents identifierSuffix operator secretPrefix secret secretSuffix
  if (ci && body.startsWith(identifierPrefix)) {
    const tail = identifierSuffix + operator + secretPrefix
    const at = body.indexOf(tail)
    if (at > 0 && body.endsWith(secretSuffix)) {
      return {
        kind: 'keyed',
        identifier: body.slice(identifierPrefix.length, at),
        secret: body.slice(at + tail.length, body.length - secretSuffix.length),
        caseInsensitive: true,
      }
    }
  }
  // Case-sensitive secret: the identifiers alone are wrapped case-insensitively.
  const csPrefix = identifierCaseInsensitivePrefix + identifierPrefix
  if (!ci && body.startsWith(csPrefix)) {
    const tail = identifierSuffix + identifierCaseInsensitiveSuffix + operator + secretPrefix
    const at = body.indexOf(tail)
    if (at > 0 && body.endsWith(secretSuffix)) {
      return {
        kind: 'keyed',
        identifier: body.slice(csPrefix.length, at),
        secret: body.slice(at + tail.length, body.length - secretSuffix.length),
        caseInsensitive: false,
      }
    }
  }
  const token = body.endsWith(secretSuffix) ? body.slice(0, body.length - secretSuffix.length) + widenedSuffix(template) : body
  return { kind: 'token', source: ci ? `(?i)${token}` : token }
}

/** Drops a leading lazy identifier run (`[\w.-]{0,50}?`): it only moves the match start. */
export function stripLazyPrefix(source) {
  const flag = source.startsWith('(?i)') ? '(?i)' : ''
  const rest = source.slice(flag.length)
  const m = /^\[[^\]]*\]\{0,\d+\}\?/.exec(rest)
  return m ? flag + rest.slice(m[0].length) : source
}

/** An unanchored pattern's leading `.*` matches nothing that matters, and `.+` one character. */
export function stripLeadingDotRun(source) {
  const flag = source.startsWith('(?i)') ? '(?i)' : ''
  const rest = source.slice(flag.length)
  if (rest.startsWith('.*')) return flag + rest.slice(2)
  if (rest.startsWith('.+')) return flag + '.' + rest.slice(2)
  return source
}
