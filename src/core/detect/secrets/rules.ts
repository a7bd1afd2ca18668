import type { RuleMeta } from '../detector.js'
import type { Level } from '../../types.js'
import { GITLEAKS_RULES } from './generated/gitleaks-rules.js'
import { KINGFISHER_RULES } from './generated/kingfisher-rules.js'
import { NOSEYPARKER_RULES } from './generated/noseyparker-rules.js'

const FIX =
  'Remove the value from the template, **rotate it now** (it is in git history), and inject it at runtime from a secret store or environment variable. Placeholders such as `{{api_key}}` or `${env:API_KEY}` are fine.'

const rule = (name: string, severity: Level, title: string): RuleMeta => ({
  id: `secrets.${name}`,
  category: 'secrets',
  severity,
  title,
  help: `${title}. ${FIX}`,
})

export const SECRET_RULES: readonly RuleMeta[] = [
  rule('aws-access-key', 'critical', 'AWS access key id'),
  rule('aws-secret-key', 'critical', 'AWS secret access key'),
  rule('github-token', 'critical', 'GitHub token'),
  rule('openai-api-key', 'critical', 'OpenAI API key'),
  rule('anthropic-api-key', 'critical', 'Anthropic API key'),
  rule('google-api-key', 'critical', 'Google API key'),
  rule('slack-token', 'critical', 'Slack token'),
  rule('slack-webhook', 'high', 'Slack incoming webhook URL'),
  rule('stripe-secret-key', 'critical', 'Stripe live secret key'),
  rule('twilio-api-key', 'high', 'Twilio API key'),
  rule('twilio-account-sid', 'high', 'Twilio account SID'),
  rule('telegram-bot-api-token', 'critical', 'Telegram bot token'),
  rule('discord-bot-token', 'critical', 'Discord bot token'),
  rule('discord-webhook', 'high', 'Discord webhook URL'),
  rule('microsoft-teams-webhook', 'high', 'Microsoft Teams incoming webhook URL'),
  rule('zapier-webhook', 'high', 'Zapier catch hook URL'),
  rule('lark-webhook', 'high', 'Feishu / Lark bot webhook URL'),
  rule('webex-webhook', 'high', 'Webex incoming webhook URL'),
  rule('chat-webhook', 'high', 'Mattermost or Rocket.Chat incoming webhook URL'),
  rule('zoho-oauth-token', 'critical', 'Zoho OAuth token'),
  rule('salesforce-access-token', 'critical', 'Salesforce access token'),
  rule('sendgrid-api-key', 'critical', 'SendGrid API key'),
  rule('npm-token', 'critical', 'npm access token'),
  rule('azure-storage-key', 'critical', 'Azure storage account key'),
  rule('azure-sas-token', 'critical', 'Azure shared access signature'),
  {
    ...rule('azure-sas-read-only', 'medium', 'Read-only Azure shared access signature for one file'),
    help: 'A shared access signature that can only read one blob or file (`sr=b` or `sr=f`, `sp=r`): anyone with the URL can read that file until the signature expires (`se`). Fine for a file meant to be public (an image, a logo); otherwise remove the URL, revoke the signature (rotate the key that signed it, or its stored access policy) and give the template a URL issued at run time.',
  },
  rule('braintree-access-token', 'critical', 'Braintree access token'),
  rule('meta-access-token', 'critical', 'Meta (Facebook, Instagram, WhatsApp) access token'),
  rule('huggingface-token', 'critical', 'Hugging Face token'),
  rule('docker-swarm-token', 'critical', 'Docker Swarm join token'),
  rule('mailgun-private-key', 'critical', 'Mailgun API key'),
  rule('mailchimp-key', 'critical', 'Mailchimp API key'),
  rule('akamai-edgegrid-token', 'critical', 'Akamai EdgeGrid token'),
  rule('facebook-app-token', 'critical', 'Facebook app access token'),
  rule('x-app-bearer-token', 'critical', 'X (Twitter) app-only bearer token'),
  rule('postman-access-token', 'critical', 'Postman collection access token'),
  rule('heroku-prefixed-api-key', 'critical', 'Heroku API key'),
  rule('new-relic-browser-key', 'high', 'New Relic browser API key'),
  rule('nats-nkey-seed', 'critical', 'NATS nkey seed'),
  rule('google-oauth-refresh-token', 'critical', 'Google OAuth refresh token'),
  rule('1password-service-account', 'critical', '1Password service account token'),
  rule('langsmith-api-key', 'critical', 'LangSmith API key'),
  rule('instagram-access-token', 'high', 'Instagram access token'),
  rule('pypi-api-token', 'critical', 'PyPI API token'),
  rule('jwt', 'high', 'JSON Web Token'),
  rule('private-key', 'critical', 'Private key block'),
  rule('credentialed-url', 'high', 'URL with embedded credentials'),
  rule('generic-assignment', 'high', 'Hard-coded secret assigned to a secret-like key'),
  rule('prefixed-token', 'high', 'Token with a provider prefix and a random body'),
  rule('credential-in-prose', 'high', 'Password or key spelled out in prose'),
  rule('cli-flag', 'high', 'Secret passed as a command-line flag'),
  rule('named-token', 'high', 'Machine-made value right after a credential name'),
  rule('service-token', 'high', 'Random token right after a service name'),
  // Provider rules generated from gitleaks (scripts/gitleaks/generate.mjs).
  ...GITLEAKS_RULES.map((g) => ({ ...rule(g.id, g.severity, g.title), help: `${g.description} ${FIX}` })),
  // Provider rules generated from Nosey Parker (scripts/noseyparker/generate.mjs).
  ...NOSEYPARKER_RULES.map((g) => ({ ...rule(g.id, g.severity, g.title), help: `${g.description} ${FIX}` })),
  // Provider rules generated from Kingfisher (scripts/kingfisher/generate.mjs).
  ...KINGFISHER_RULES.map((g) => ({ ...rule(g.id, g.severity, g.title), help: `${g.description} ${FIX}` })),
]
