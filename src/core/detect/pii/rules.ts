import type { RuleMeta } from '../detector.js'
import type { Level } from '../../types.js'

const FIX =
  'Prompt templates are versioned, reviewed and sent to model providers: replace real personal data with a template variable (`{{customer_email}}`) or a documentation value (`user@example.com`, `+1 555 0100`, test card `4242…` only in test fixtures with a suppression).'

const rule = (name: string, severity: Level, title: string): RuleMeta => ({
  id: `pii.${name}`,
  category: 'pii',
  severity,
  title,
  help: `${title}. ${FIX}`,
})

/** A person's email address and financial or government ids are high; a functional mailbox
 * (support@, privacy@) names a team, and phone numbers are often public hotlines: lower. */
export const PII_RULES: readonly RuleMeta[] = [
  rule('email', 'high', 'Personal email address'),
  rule('functional-email', 'low', 'Functional mailbox address (support@, privacy@ …)'),
  rule('phone', 'medium', 'Phone number'),
  rule('card-number', 'high', 'Payment card number'),
  rule('iban', 'high', 'IBAN'),
  rule('national-id', 'high', 'National identification number'),
  rule('passport', 'high', 'Passport number or machine-readable zone'),
  rule('hashed-identifier', 'medium', 'Hashed personal identifier'),
]
