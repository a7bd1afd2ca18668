// The value treatment for referenced positives, applied at load time: scanners' examples come
// from public code and may hold credentials that were once live, so every random-looking token
// body is replaced by seeded random characters of the same alphabet and length (the
// ⟦rand:CHARSET:N⟧ treatment of corpus.ts). The sample keeps its shape; no upstream value
// reaches a detector, a report or a cache of results. A literal prefix (`glpat-`, `xoxb-`,
// `dp.st.`), runs without both letters and digits (words, names) and values that say they
// are fake are kept, and so is a run's head, a format's fixed part: its first three characters,
// or its leading letters up to five (`AKIA`, `ATATT`, `dapi`, `EAAG`: with three kept, an AWS key
// id came back as `AKI` and a random letter, a format no scanner would call an AWS key).
// The replacement keeps the alphabet of what it replaces, case included (lower-case hex stays
// lower-case hex, `[a-z0-9]` stays lower case; the hex body of `SK<32 hex>` stays hex after its
// upper-case head): provider formats are defined by it.
import { CHARSETS, prng, randomString, seedOf } from '../corpus.js'

const TOKEN = /[A-Za-z0-9_+/=.-]{16,}/g
const RUN = /[A-Za-z0-9]{12,}/g
const KEPT_HEAD = 3
const MAX_LETTER_HEAD = 5
const SHAPES: ReadonlyArray<[keyof typeof CHARSETS, RegExp]> = [
  ['hex', /^[0-9a-f]+$/],
  ['uphex', /^[0-9A-F]+$/],
  ['digits', /^[0-9]+$/],
  ['upalnum', /^[A-Z0-9]+$/],
  ['lowalnum', /^[a-z0-9]+$/],
  ['alnum', /^[A-Za-z0-9]+$/],
  ['b64url', /^[A-Za-z0-9_-]+$/],
  ['b64', /^[A-Za-z0-9+/]+$/],
]
const FAKE = /example|fake|dummy|sample|xxxx|test|placeholder|your/i

function entropy(s: string): number {
  const counts = new Map<string, number>()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length)
  return bits
}

const randomLooking = (token: string): boolean =>
  !FAKE.test(token) && entropy(token) >= 3.5 && /[0-9]/.test(token) && /[A-Za-z]/.test(token)

/** `text` with the random-looking runs of its tokens replaced, deterministically for `id`. */
export function defang(text: string, id: string): string {
  const next = prng(seedOf(id))
  return text.replace(TOKEN, (token) =>
    randomLooking(token)
      ? token.replace(RUN, (run) => {
          // Words and names inside a token (`SharedAccessKey=`, `fra1.blynk.cloud`) stay.
          if (!/[0-9]/.test(run) || !/[A-Za-z]/.test(run)) return run
          // The first characters carry a format's fixed part (`AA` of Telegram tokens, `eyJ` of JWTs).
          const head = Math.max(KEPT_HEAD, /^[A-Za-z]{0,5}/.exec(run.slice(0, MAX_LETTER_HEAD))?.[0].length ?? 0)
          const body = run.slice(head)
          const charset = SHAPES.find(([, re]) => re.test(body))?.[0] ?? 'alnum'
          return run.slice(0, head) + randomString(CHARSETS[charset], body.length, next)
        })
      : token,
  )
}
