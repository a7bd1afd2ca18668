// IBANs: country code, two check digits, the country's exact length, and ISO 13616 mod-97.
// Found by a short anchor regex and a hand scan (single spaces allowed), so a long
// alphanumeric run costs one pass.
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskIban } from '../../redact/mask.js'
import { ibanMod97Valid } from './checksums.js'
import { matchesOf } from '../../text.js'

/** IBAN length per country (SWIFT IBAN registry, then countries that use IBANs outside it). */
const LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 ' +
    'EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 ' +
    'IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 ' +
    'NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 ' +
    'SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30 ' +
    // Countries whose banks issue IBANs outside the registry (the "experimental" list).
    'AO25 BF28 BJ28 CF27 CG27 CI28 CM27 CV25 DZ26 GA27 GQ27 GW25 IR26 KM27 MA28 MG27 ML28 MZ25 NE28 SN28 TD27 TG28'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
)

// Case-insensitive: IBANs are pasted in lower case too (`de89 3704 …`).
const ANCHOR = /(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}/g
const ALNUM = /[A-Za-z0-9]/

export function findIbans(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(ANCHOR, text)) {
    const length = LENGTHS[m[0].slice(0, 2).toUpperCase()]
    if (!length) continue
    const scanned = scan(text, m.index, length)
    if (!scanned || !ibanMod97Valid(scanned.compact) || documentationIban(text, m.index, scanned)) continue
    out.push({ rule: 'pii.iban', kind: 'iban', start: m.index, end: scanned.end, redacted: maskIban(scanned.compact) })
  }
  return out
}

/** An IBAN named as a sample (`the sample IBAN in our docs is …`, `test IBAN: …`), as a test card is. */
const NAMED_SAMPLE =
  /(?:\b(?:sample|example|test|dummy|demo|placeholder|fictional|fictitious|fake|documentation|beispiel|muster)[ \t-]+iban|\biban[ \t]+(?:d'exemple|de ejemplo|di esempio|de exemplo|fictif|ficticio))\b[^\n]{0,40}$/i
/** Typed digits (`GB82 WEST 1234 5698 7654 32`): six in a row counting up or down. */
const TYPED_RUN = /012345|123456|234567|345678|456789|987654|876543|765432|654321|543210/
const DOCUMENTATION_WORD = /\b(?:sample|example|documentation|docs|dummy|placeholder|fictional|fake|test)\b/i

/**
 * A documentation value, not someone's account: named as a sample right before it, or typed
 * digits with a documentation word on its line. Published examples that are neither
 * (`DE89 3704 0044 0532 0130 00` alone) still count: test data uses them for people.
 */
function documentationIban(text: string, start: number, scanned: { compact: string; end: number }): boolean {
  const before = text.slice(Math.max(0, start - 80), start)
  if (NAMED_SAMPLE.test(before)) return true
  if (!TYPED_RUN.test(scanned.compact.slice(4))) return false
  const after = text.slice(scanned.end, scanned.end + 60)
  const line = before.slice(before.lastIndexOf('\n') + 1) + ' ' + after.slice(0, after.indexOf('\n') + 1 || undefined)
  return DOCUMENTATION_WORD.test(line)
}

/** Collects exactly `length` characters (letters or digits, single spaces between). */
function scan(text: string, start: number, length: number): { compact: string; end: number } | undefined {
  let compact = ''
  let i = start
  while (compact.length < length && i < text.length) {
    const ch = text[i] ?? ''
    if (ALNUM.test(ch)) compact += ch
    else if (!(ch === ' ' && ALNUM.test(text[i + 1] ?? '') && compact.length > 0)) break
    i++
  }
  if (compact.length !== length || /[A-Za-z0-9]/.test(text[i] ?? '')) return undefined
  return { compact: compact.toUpperCase(), end: i }
}
