// Imported positives may hold credentials that were once live (scanners' examples come from
// public code). Before storing, every random-looking token body is replaced by a
// ⟦rand:CHARSET:N⟧ marker of the same alphabet and length (expanded at load time with a
// seeded PRNG, scripts/eval/corpus.ts): the sample keeps its shape, the repository keeps no
// real value. A literal prefix (`glpat-`, `xoxb-`, `dp.st.`) and values that say they are
// fake are kept as they are.
const TOKEN = /[A-Za-z0-9_+/=.-]{16,}/g
const CHARSETS = [
  ['hex', /^[0-9a-f]+$/],
  ['digits', /^[0-9]+$/],
  ['upalnum', /^[A-Z0-9]+$/],
  ['alnum', /^[A-Za-z0-9]+$/],
  ['b64url', /^[A-Za-z0-9_-]+$/],
  ['b64', /^[A-Za-z0-9+/]+$/],
]
const FAKE = /example|fake|dummy|sample|xxxx|test|placeholder|your/i

function entropy(s) {
  const counts = new Map()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length)
  return bits
}

/** One token with its random-looking runs replaced by markers. */
function defangToken(token) {
  if (FAKE.test(token) || entropy(token) < 3.5 || !/[0-9]/.test(token) || !/[A-Za-z]/.test(token)) return token
  // Keep separators (`.`, `-`, `_`, `=` padding) and short alphabetic prefixes; replace long runs.
  return token.replace(/[A-Za-z0-9+/]{12,}/g, (run) => {
    const charset = CHARSETS.find(([, re]) => re.test(run))?.[0] ?? 'alnum'
    return `⟦rand:${charset}:${run.length}⟧`
  })
}

export function defang(text) {
  return text.replace(TOKEN, defangToken)
}

/**
 * The stored form of an imported positive: defanged, and every literal stretch between the
 * ⟦rand⟧ markers base64-encoded (⟦b64:…⟧), so low-entropy passwords and URLs are not stored
 * in clear either.
 */
export function storePositive(text) {
  return defang(text)
    .split(/(⟦rand:[^⟧]*⟧)/)
    .map((part) => (part === '' || part.startsWith('⟦rand:') ? part : `⟦b64:${Buffer.from(part, 'utf8').toString('base64')}⟧`))
    .join('')
}
