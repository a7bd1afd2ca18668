// Splits one gitleaks rule regex into the shapes the engine runs:
// - keyed: gitleaks' "semi-generic" template `<identifier><operator><secret>`
//   (utils.GenerateSemiGenericRegex), kept as an identifier pattern (tried at keyword
//   occurrences) plus a secret pattern; the operator part is one shared, hand-written scan in
//   the engine, so ~150 rules do not each carry a copy of it;
// - token: anything else, converted whole.
// A rule made of several alternatives (utils.MergeRegexps) is split at its top-level `|`.

// The pieces of utils/generate.go, verbatim.
const IDENT_PREFIX = String.raw`[\w.-]{0,50}?(?:`
const IDENT_CI_PREFIX = String.raw`[\w.-]{0,50}?(?i:`
const IDENT_SUFFIX = String.raw`)(?:[ \t\w.-]{0,20})[\s'"]{0,3}`
const OPERATOR = String.raw`(?:=|>|:{1,3}=|\|\||:|=>|\?=|,)`
const SECRET_PREFIX = String.raw`[\x60'"\s=]{0,5}(`
export const SECRET_SUFFIX = String.raw`)(?:[\x60'"\s;]|\\[nr]|$)`
/** Terminator of a secret, as a lookahead so the secret pattern can run on its own. */
export const SECRET_END = String.raw`(?=[\x60'"\s;]|\\[nr]|$)`

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
export function classifyAlternative(alt, ci) {
  const body = alt
  // Case-insensitive variant: (?i) + IDENT_PREFIX + idents + IDENT_SUFFIX + OPERATOR + SECRET_PREFIX + secret + SECRET_SUFFIX
  if (ci && body.startsWith(IDENT_PREFIX)) {
    const tail = IDENT_SUFFIX + OPERATOR + SECRET_PREFIX
    const at = body.indexOf(tail)
    if (at > 0 && body.endsWith(SECRET_SUFFIX)) {
      return {
        kind: 'keyed',
        identifier: body.slice(IDENT_PREFIX.length, at),
        secret: body.slice(at + tail.length, body.length - SECRET_SUFFIX.length),
        caseInsensitive: true,
      }
    }
  }
  // Case-sensitive secret: IDENT_PREFIX' (?i: IDENT_PREFIX idents IDENT_SUFFIX ) OPERATOR ...
  const csPrefix = IDENT_PREFIX.slice(0, -3) + IDENT_CI_PREFIX.slice(-4) + IDENT_PREFIX
  if (!ci && body.startsWith(csPrefix)) {
    const tail = IDENT_SUFFIX + ')' + OPERATOR + SECRET_PREFIX
    const at = body.indexOf(tail)
    if (at > 0 && body.endsWith(SECRET_SUFFIX)) {
      return {
        kind: 'keyed',
        identifier: body.slice(csPrefix.length, at),
        secret: body.slice(at + tail.length, body.length - SECRET_SUFFIX.length),
        caseInsensitive: false,
      }
    }
  }
  return { kind: 'token', source: ci ? `(?i)${body}` : body }
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
