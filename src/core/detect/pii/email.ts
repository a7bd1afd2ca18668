// Email addresses. Not personal, so skipped: documentation domains (RFC 2606/6761:
// example.com/.org/.net, *.example, *.test, *.invalid, *.localhost, localhost) and the
// fictitious companies of vendor documentation (contoso.com, fabrikam.com, …), domains that end
// in no delegated top-level domain (`record@OData.Community.Display.V1.FormattedValue`,
// `username@domain.extension`), mailboxes that name no person: role mailboxes (noreply,
// no-reply, donotreply, mailer-daemon, postmaster) and placeholders (`username@`, `your.email@`,
// `testuser@`), `git@` SSH remotes, asset names like `icon@2x.png`, and userinfo of
// `scheme://` URLs (those belong to the credentialed-url secret rule).
import TLDS from 'tlds/index.json' with { type: 'json' }
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskEmail } from '../../redact/mask.js'
import { matchesOf } from '../../text.js'

/** IANA's delegated top-level domains (the maintained `tlds` package), in their own letters. */
const TOP_LEVEL = new Set<string>(TLDS)

// Internationalised domains (`müller.de`, `例え.jp`) are written in their own letters.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}(?![\p{L}\p{N}-])/gu
/** RFC 2606/6761 names, Microsoft's documentation companies, and "your domain" stand-ins. */
const DOC_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|(?:contoso|fabrikam|northwindtraders|adventure-works|wingtiptoys|tailspintoys|litwareinc|proseware|woodgrovebank|wideworldimporters|fourthcoffee|treyresearch)\.(?:com|net|org)|(?:your-?domain|my-?domain|your-?company|my-?company)\.[a-z]{2,6})$/i
const ROLE_LOCAL = /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|git)$/i
/** A local part that stands for any address: `username@`, `your.email@`, `first.last@`. */
const PLACEHOLDER_LOCAL =
  /^(?:user(?:[._-]?name)?|your[._-]?(?:e-?mail|name|user(?:name)?|address)|e-?mail|name|someone|somebody|test(?:[._-]?user)?|dummy|fake|sample|example|first(?:[._-]?name)?[._-]?last(?:[._-]?name)?)$/i
/** Functional mailboxes (support@, privacy@ ...) name a team, not a person: lower severity. */
const FUNCTIONAL_LOCAL =
  /^(?:info|support|help|helpdesk|privacy|dpo|gdpr|contact|sales|hello|team|office|billing|security|legal|press|media|careers|jobs|hr|admin|abuse|feedback|service|customerservice|compliance)$/i
const FILE_TLD = /\.(?:png|jpe?g|gif|svg|webp|ico|bmp|js|mjs|cjs|ts|tsx|css|json|ya?ml|txt|html?|pdf|zip|gz)$/i

export function findEmails(text: string): SensitiveMatch[] {
  const out: SensitiveMatch[] = []
  if (!text.includes('@')) return out
  for (const m of matchesOf(EMAIL, text)) {
    const email = m[0]
    const at = email.lastIndexOf('@')
    const local = email.slice(0, at)
    const domain = email.slice(at + 1)
    if (DOC_DOMAIN.test(domain) || ROLE_LOCAL.test(local) || PLACEHOLDER_LOCAL.test(local) || FILE_TLD.test(domain)) continue
    if (!TOP_LEVEL.has(domain.slice(domain.lastIndexOf('.') + 1).toLowerCase())) continue
    if (local.startsWith('.') || local.endsWith('.') || inUrlUserinfo(text, m.index)) continue
    const rule = FUNCTIONAL_LOCAL.test(local) ? 'pii.functional-email' : 'pii.email'
    out.push({ rule, kind: 'email', start: m.index, end: m.index + email.length, redacted: maskEmail(email) })
  }
  return out
}

/** `https://user:pw@host`: the part before `@` follows `://` within the same token. */
function inUrlUserinfo(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 300), start)
  const token = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'), before.lastIndexOf('"')) + 1)
  return token.includes('://') && !token.slice(token.indexOf('://') + 3).includes('/')
}
