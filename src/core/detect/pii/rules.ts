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

/** Contact details are medium (often a support address); financial and government ids are high. */
export const PII_RULES: readonly RuleMeta[] = [
  rule('email', 'medium', 'Email address'),
  rule('phone', 'medium', 'Phone number'),
  rule('card-number', 'high', 'Payment card number'),
  rule('iban', 'high', 'IBAN'),
  rule('national-id', 'high', 'National identification number'),
  rule('hashed-identifier', 'medium', 'Hashed personal identifier'),
]
