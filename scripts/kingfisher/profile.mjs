// Which of Kingfisher's rules become engine rules, and how their secrets are judged.
// Kingfisher (mongodb/kingfisher, Apache-2.0) is a fork of Nosey Parker with the same rule
// files, grown to several hundred providers; most of its rules find a key by the provider's name
// within a few dozen characters (`adobe … ([a-f0-9]{32})`) and leave it to a live HTTP check to
// weed out what is not a key. The engine makes no network call, so it stands in for that check
// with the value itself: such a secret must reach the rule's entropy bar and look machine-made
// (`madeValue`, judged in src/core/detect/secrets/gitleaks.ts); a rule whose secret carries a
// literal of its own format (`aio_…`) needs only the entropy bar.

/** Names of rules about identifiers and public values, not secrets (ids, domains, hosts, user names, public keys, …). */
const IDENTIFIER = /(?:\bID|\bDomain|\bURL|\bHost|\bUsername|\bEmail|\bName|\bEndpoint|\bOrg(?:anization)?)$|\b[Pp]ublic\b/
const SECRET_NONETHELESS = /Webhook|Access Key ID/

/** Rule families the engine's own rules judge, with the reason shown in REPORT.md. */
const COVERED = [
  [
    /^kingfisher\.(?:generic|weak_password)\./,
    "generic keys and passwords: the engine's context rules (`secrets.generic-assignment` and the prose, flag and call rules) judge key names and values, and stock passwords are placeholders by policy",
  ],
  [
    /^kingfisher\.(?:credentials|uri|ftp|rabbitmq|postgres|odbc|netrc|psexec|gradle)\.|^kingfisher\.mongodb\.3$/,
    "credentials in URLs, connection strings and command lines: the engine's own rules (`secrets.credentialed-url`, the CLI and netrc rules) tell placeholders from passwords there",
  ],
  [/^kingfisher\.(?:pem|privkey)\./, 'private keys: `secrets.private-key`'],
  [/^kingfisher\.jwt\./, 'JSON web tokens: `secrets.jwt`'],
  [/^kingfisher\.(?:pwhash|krb5)\./, 'password hash: out of scope, as for every secrets rule of the engine'],
]

/**
 * A run of any characters (`.{0,1000}?`, `[\s\S]{0,300}`, `(?:.|[\n\r]){0,200}?`) longer than
 * MAX_GAP: tried at each occurrence of the name, it reads up to that many characters every time
 * (a file of "atlas key" repeated took 1.8 s per MB), and it pairs names and keys across lines.
 */
const LONG_GAP = /(?:\.|\[\\s\\S\]|\(\?:\.\|\[\\n\\r\]\))\{\d+,(\d+)\}/
const MAX_GAP = 128

export const KINGFISHER = {
  name: 'Kingfisher',
  generator: 'scripts/kingfisher/generate.mjs',
  report: 'scripts/kingfisher/REPORT.md',
  constants: 'KINGFISHER',
  drop(rule) {
    const gap = LONG_GAP.exec(rule.pattern.replace(/\s+/g, ''))
    if (gap && Number(gap[1]) > MAX_GAP)
      return `a gap of up to ${gap[1]} characters of anything between the name and the key: as loose on prose as it is slow on a file full of the name`
    if (rule.visible === false) return "hidden from Kingfisher's reports (an id or domain other rules read)"
    const covered = COVERED.find(([family]) => family.test(rule.id))
    if (covered) return covered[1]
    if (/Password Hash/.test(rule.name)) return 'password hash: out of scope, as for every secrets rule of the engine'
    if (IDENTIFIER.test(rule.name) && !SECRET_NONETHELESS.test(rule.name)) return 'an identifier or public value, not a secret'
    if (rule.confidence === 'low') return 'Kingfisher rates it low confidence'
    return undefined
  },
  entropy: (rule) => rule.min_entropy ?? 0,
  takenFrom: 'hand-written, from gitleaks or from Nosey Parker',
  judgeValues: true,
  requireProof: true,
  anchorAtKeywords: true,
  dropSamePattern: true,
  reportNote: [
    '',
    "Most Kingfisher rules find a key by the provider's name nearby and rely on a live HTTP check to drop what is",
    'not a key; the engine makes no network call, so such a secret (marked `madeValue` in the module) must also',
    "reach the rule's `min_entropy` and look machine-made: 16+ characters judged like a context rule's value, or 8–15",
    'characters mixing letters and digits. Rules whose secret carries a literal of its own format need only the',
    "entropy bar. Kingfisher rules run after the engine's own rules and those from gitleaks and Nosey Parker, on spans",
    'none of them claimed.',
  ],
}
