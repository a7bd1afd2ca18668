// Redaction fails safe: secrets and personal data placed anywhere in a JSON line (values,
// keys, arrays and objects under secret-named keys, inside longer text), written with any of
// the disguises detection sees through, and serialised with JSON escapes, never come out.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { canonicalString } from '../../../src/core/canonical/index.js'
import { redactJsonLine } from '../../../src/core/redact/index.js'
import { DISGUISES, planted } from '../canonical/arbitraries.js'

const RUNS = Number(process.env.PROMPTOPS_FC_RUNS ?? 150)
const SECRET_KEYS = [
  'password',
  'db_password',
  'api_key',
  'client_secret',
  'auth_token',
  'Authorization',
  'pass\u200bword',
  'ｐａｓｓｗｏｒｄ',
  'x-api-key',
  'SessionCookie',
]
const filler = fc.constantFrom('ok', 'hello there', 'see notes', 'n/a', 'The user asked about billing.')
const alnum = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%')
const password = fc.array(alnum, { minLength: 8, maxLength: 20 }).map((a) => a.join(''))

type Placement = 'value' | 'embedded' | 'key' | 'secret-string' | 'secret-array' | 'secret-object' | 'secret-number'
const placements: Placement[] = ['value', 'embedded', 'key', 'secret-string', 'secret-array', 'secret-object', 'secret-number']

function place(value: string, how: Placement, key: string, pad: string): unknown {
  switch (how) {
    case 'value':
      return value
    case 'embedded':
      return `${pad} ${value} ${pad}`
    case 'key':
      return { [value]: pad }
    case 'secret-string':
      return { [key]: value }
    case 'secret-array':
      return { [key]: [pad, value] }
    case 'secret-object':
      return { [key]: { primary: value, note: pad } }
    case 'secret-number':
      return { [key]: /^[0-9]{1,15}$/.test(value) ? Number(value) : value }
  }
}

/** Wraps `inner` in arrays and objects with neighbours. */
function nest(inner: unknown, steps: number[], pad: string): unknown {
  return steps.reduce<unknown>(
    (acc, step, i) => (step % 2 === 0 ? [pad, acc, i] : { id: i, [`field${step % 7}`]: acc, tag: pad }),
    inner,
  )
}

/** JSON text with the picked characters inside strings written as `\uXXXX`. */
function serialise(value: unknown, picks: number[]): string {
  const json = JSON.stringify(value)
  const chosen = new Set(picks.map((p) => p % Math.max(1, json.length)))
  let out = ''
  let inString = false
  for (let i = 0; i < json.length; i++) {
    const c = json[i] as string
    if (c === '\\') {
      out += json.slice(i, i + 2)
      i++
      continue
    }
    if (c === '"') inString = !inString
    out +=
      inString && c !== '"' && chosen.has(i) && c.charCodeAt(0) < 0xd800
        ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
        : c
  }
  return out
}

/** Everything a reader of the output line gets: its strings and numbers, decoded and folded, without separators. */
function readable(line: string): string {
  const parts: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number') parts.push(String(v))
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        parts.push(k)
        walk(x)
      }
  }
  walk(JSON.parse(line))
  return compact(parts.join(' '))
}
const compact = (text: string): string => canonicalString(text).text.replace(/[\s-]+/g, '')

describe('redaction never lets a value out', () => {
  it('secrets and personal data, anywhere in a JSON line, however written', () => {
    const value = fc.oneof(
      // An assigned password is a secret only under its key; tokens and personal data anywhere.
      planted
        .filter((p) => p.kind !== 'injection')
        .map((p) => ({
          value: p.value.replace(/^(?:call |SSN: |db_password = ")|"$/g, ''),
          label: p.value,
          secretOnly: p.value.startsWith('db_password'),
        })),
      password.map((value) => ({ value, label: value, secretOnly: true })),
    )
    fc.assert(
      fc.property(
        value,
        fc.constantFrom(...Object.keys(DISGUISES)),
        fc.constantFrom(...placements),
        fc.constantFrom(...SECRET_KEYS),
        fc.array(fc.nat({ max: 1000 }), { minLength: 2, maxLength: 6 }),
        filler,
        (v, disguise, how, key, picks, pad) => {
          fc.pre(!v.secretOnly || how.startsWith('secret'))
          // Labels that make a value personal data ("SSN: …") travel with it.
          const text = v.label.startsWith('SSN: ') ? `SSN: ${v.value}` : v.value
          const shown = how === 'secret-number' ? text : DISGUISES[disguise]!(text, picks)
          const line = serialise(nest(place(shown, how, key, pad), picks.slice(1), pad), picks)
          const out = redactJsonLine(line).line
          expect({ line, out, leaked: readable(out).includes(compact(v.value)) }).toEqual(
            expect.objectContaining({ leaked: false }),
          )
        },
      ),
      { numRuns: RUNS },
    )
  })
})
