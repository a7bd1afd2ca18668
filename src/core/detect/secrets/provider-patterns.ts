// Provider token shapes. Every pattern starts with a lookbehind that excludes its own body
// alphabet, so a match can only begin where a run of token characters begins and the scan
// stays inside that run: linear time even on hostile input.
import { charClasses, randomLowerAlnum, shannonEntropy } from './entropy.js'
import { isExampleJwt, looksFake } from './placeholders.js'
import { azureSasScope, queryPairs } from '../url-query.js'
import type { SensitiveMatch } from '../../redact/sensitive-match.js'
import { maskSecret } from '../../redact/mask.js'
import { matchesOf } from '../../text.js'

export interface ProviderPattern {
  /** Rule suffix and redaction kind, e.g. `github-token`. */
  kind: string
  regex: RegExp
  /** Literal, non-secret prefix shown in evidence (`ghp_`). */
  prefix(value: string): string
  /** Extra validation beyond the shape (default: the body must not look fake). */
  accept?(value: string): boolean
  /** Literal text every match contains: texts without it skip the regex (a native
   * substring search is far cheaper than a regex that starts with a lookbehind). */
  hint?: string
  /** For a pattern with no literal to hint by: a regex that starts with a literal and that
   * every match's text contains, tried once per text before the pattern's own scan. */
  screen?: RegExp
  /** A narrower kind read from the text around the match (what the credential grants), if any. */
  kindAround?(text: string, start: number, end: number): string | undefined
}

const prefixOf = (re: RegExp) => (value: string) => re.exec(value)?.[0] ?? ''

const randomEnough = (min: number) => (value: string) =>
  !looksFake(value) && charClasses(value) >= 2 && shannonEntropy(value) >= min

/** Mailgun's and Mailchimp's keys open with 32 random hex digits; the rest is their format. */
const randomHexHead = (value: string): boolean => !looksFake(value.slice(0, 32)) && shannonEntropy(value.slice(0, 32)) >= 3.2

export const PROVIDER_PATTERNS: readonly ProviderPattern[] = [
  {
    kind: 'aws-access-key',
    regex: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    prefix: (v) => v.slice(0, 4),
    accept: (v) => !looksFake(v.slice(4)),
  },
  {
    kind: 'github-token',
    regex: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{40,255})(?![A-Za-z0-9_])/g,
    prefix: prefixOf(/^(?:github_pat_|gh[pousr]_)/),
    accept: (v) => randomEnough(3.5)(v.replace(/^(?:github_pat_|gh[pousr]_)/, '')),
  },
  {
    kind: 'anthropic-api-key',
    hint: 'sk-ant-',
    regex: /(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{32,300}(?![A-Za-z0-9_-])/g,
    prefix: () => 'sk-ant-',
    accept: (v) => randomEnough(3.5)(v.slice(7)),
  },
  {
    kind: 'openai-api-key',
    hint: 'sk-',
    regex: /(?<![A-Za-z0-9_-])sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])/g,
    prefix: prefixOf(/^sk-(?:proj-|svcacct-|admin-)?/),
    accept: (v) => randomEnough(3.5)(v.replace(/^sk-(?:proj-|svcacct-|admin-)?/, '')),
  },
  {
    kind: 'google-api-key',
    hint: 'AIza',
    regex: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
    prefix: () => 'AIza',
    accept: (v) => randomEnough(3.5)(v.slice(4)),
  },
  {
    kind: 'slack-token',
    regex: /(?<![A-Za-z0-9-])(?:xox[abprs]|xapp)-[A-Za-z0-9-]{10,250}(?![A-Za-z0-9-])/g,
    prefix: prefixOf(/^(?:xox[abprs]|xapp)-/),
    accept: (v) => /\d/.test(v) && randomEnough(3)(v.slice(v.lastIndexOf('-') + 1)),
  },
  {
    kind: 'slack-webhook',
    hint: 'hooks.slack.com',
    regex: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/]{20,200}/g,
    prefix: () => 'https://hooks.slack.com/',
    accept: (v) => !looksFake(v.slice(29)),
  },
  {
    kind: 'stripe-secret-key',
    hint: '_live_',
    regex: /(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{20,250}(?![A-Za-z0-9_])/g,
    prefix: (v) => v.slice(0, 8),
    accept: (v) => randomEnough(3.5)(v.slice(8)),
  },
  {
    kind: 'twilio-api-key',
    regex: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/g,
    prefix: () => 'SK',
    accept: (v) => !looksFake(v.slice(2)) && shannonEntropy(v.slice(2)) >= 3,
  },
  {
    kind: 'twilio-account-sid',
    hint: 'AC',
    regex: /(?<![A-Za-z0-9])AC[0-9a-f]{32}(?![A-Za-z0-9])/g,
    prefix: () => 'AC',
    accept: (v) => !looksFake(v.slice(2)) && shannonEntropy(v.slice(2)) >= 3,
  },
  {
    // `<bot id>:<35 characters>`, the secret half starting with `A` (gitleaks asks for a
    // "telegr…" key; the shape alone is distinctive enough for prose and logs).
    kind: 'telegram-bot-api-token',
    hint: ':A',
    // Also inside Bot API URLs: `https://api.telegram.org/bot<token>/sendMessage`.
    regex: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))[0-9]{5,16}:A[A-Za-z0-9_-]{34}(?![A-Za-z0-9_-])/g,
    prefix: () => '',
    accept: (v) => randomEnough(3.5)(v.slice(v.indexOf(':') + 1)),
  },
  {
    // `<base64 user id>.<timestamp>.<hmac>`: the first part decodes to a numeric id, so it
    // starts with M, N or O then D, T, j or z (base64 of two digits; also a cheap first test),
    // or (a token retyped or made up for a note) is as random as the hmac. Other first
    // characters: findLooseDiscordTokens, when the text names Discord or a bot token.
    kind: 'discord-bot-token',
    regex: /(?<![A-Za-z0-9_.-])[MNO][DTjz][A-Za-z0-9_-]{21,26}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g,
    prefix: () => '',
    accept: discordToken,
  },
  {
    kind: 'discord-webhook',
    hint: 'discord',
    regex:
      /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/(?:v[0-9]{1,2}\/)?webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,70}/g,
    prefix: () => 'https://discord',
    accept: (v) => randomEnough(3.5)(v.slice(v.lastIndexOf('/') + 1)),
  },
  {
    // Old (outlook.office.com/webhook) and current (<tenant>.webhook.office.com/webhookb2) hosts.
    kind: 'microsoft-teams-webhook',
    hint: 'IncomingWebhook',
    regex:
      /https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[A-Za-z0-9]{32}\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{10,80})?/g,
    prefix: () => 'https://',
    accept: (v) => !looksFake(v.slice(v.indexOf('IncomingWebhook/') + 16)),
  },
  {
    // Feishu / Lark custom bot webhooks: the hook id alone lets anyone post to the group.
    kind: 'lark-webhook',
    hint: '/open-apis/bot/v2/hook/',
    regex: /https:\/\/open\.(?:feishu\.cn|larksuite\.com)\/open-apis\/bot\/v2\/hook\/[A-Za-z0-9-]{20,64}/g,
    prefix: () => 'https://open.',
    accept: (v) => !looksFake(v.slice(v.lastIndexOf('/') + 1)),
  },
  {
    kind: 'webex-webhook',
    hint: 'webexapis.com/v1/webhooks/incoming/',
    regex: /https:\/\/webexapis\.com\/v1\/webhooks\/incoming\/[A-Za-z0-9_-]{40,200}/g,
    prefix: () => 'https://webexapis.com/',
    accept: (v) => !looksFake(v.slice(v.lastIndexOf('/') + 1)),
  },
  {
    // Self-hosted chat incoming webhooks: Mattermost (`/hooks/<26 lower-case letters and
    // digits>`) and Rocket.Chat (`/hooks/<id>/<token>`), on any host.
    kind: 'chat-webhook',
    hint: '/hooks/',
    regex:
      /https?:\/\/[a-z0-9.-]{1,100}(?::[0-9]{2,5})?\/hooks\/(?:[a-z0-9]{26}|[A-Za-z0-9]{17,24}\/[A-Za-z0-9]{40,60})(?![A-Za-z0-9/_-])/g,
    prefix: () => 'https://',
    accept: (v) => {
      const path = v.slice(v.indexOf('/hooks/') + 7)
      return path.includes('/') ? randomEnough(4)(path.slice(path.indexOf('/') + 1)) : randomLowerAlnum(path)
    },
  },
  {
    // `/hooks/catch/<account id>/<hook id>/`: whoever holds the URL can trigger the Zap.
    kind: 'zapier-webhook',
    hint: 'hooks.zapier.com/hooks/catch/',
    regex: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/[A-Za-z0-9]{4,16}(?:\/[A-Za-z0-9]{4,16})?/g,
    prefix: () => 'https://hooks.zapier.com/',
    accept: (v) => !looksFake(v.slice(36)) && /[0-9]/.test(v.slice(36)) && /[a-z]/i.test(v.slice(36)),
  },
  {
    // Zoho OAuth access and refresh tokens: `1000.<32 hex>.<32 hex>`.
    kind: 'zoho-oauth-token',
    hint: '1000.',
    regex: /(?<![A-Za-z0-9.])1000\.[0-9a-f]{32}\.[0-9a-f]{32}(?![A-Za-z0-9])/g,
    prefix: () => '1000.',
    accept: (v) => !looksFake(v.slice(5)) && shannonEntropy(v.slice(5)) >= 3,
  },
  {
    // Salesforce session and access tokens: `<15-18 character org id starting 00D>!<token>`.
    kind: 'salesforce-access-token',
    hint: '00D',
    regex: /(?<![A-Za-z0-9])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}(?![A-Za-z0-9._])/g,
    prefix: (v) => v.slice(0, v.indexOf('!') + 1),
    accept: (v) => randomEnough(4)(v.slice(v.indexOf('!') + 1)),
  },
  {
    kind: 'sendgrid-api-key',
    hint: 'SG.',
    regex: /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    prefix: () => 'SG.',
    accept: (v) => randomEnough(3.5)(v.slice(3)),
  },
  {
    kind: 'npm-token',
    hint: 'npm_',
    regex: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
    prefix: () => 'npm_',
    accept: (v) => randomEnough(3.5)(v.slice(4)),
  },
  {
    kind: 'azure-storage-key',
    hint: 'Key=',
    regex: /(?<=AccountKey=|SharedAccessKey=)[A-Za-z0-9+/]{40,100}={0,2}/g,
    prefix: () => '',
    accept: randomEnough(3.5),
  },
  {
    // Azure shared access signatures (`…?sv=…&sig=<url-encoded base64>`): whoever holds the URL
    // has its access until it expires. The signature is an HMAC-SHA256, so it decodes to exactly
    // 32 bytes; neither gitleaks nor Nosey Parker has a rule for it.
    kind: 'azure-sas-token',
    hint: 'sig=',
    regex: /(?<=[?&;]sig=)[A-Za-z0-9%+/]{40,80}(?![A-Za-z0-9%+/=])/g,
    prefix: () => '',
    accept: (v) => hmacSha256(v) && randomEnough(4)(v),
    // Read access to one blob or file is a share link (a GPT's logo, an image in a doc): still a
    // credential, but its reach is that file, not an account.
    kindAround: (text, start, end) =>
      azureSasScope(queryPairs(urlAround(text, start, end))) === 'one-file-read' ? 'azure-sas-read-only' : undefined,
  },
  {
    // Braintree gateway access tokens: `access_token$production$<merchant id>$<32 hex>`.
    kind: 'braintree-access-token',
    hint: '$production$',
    regex: /access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}(?![0-9a-f])/g,
    prefix: () => 'access_token$production$',
    accept: (v) => randomEnough(3)(v.slice(v.lastIndexOf('$') + 1)),
  },
  {
    // Meta (Facebook, Instagram, WhatsApp) Graph API access tokens: `EAA` and a long random
    // body; gitleaks knows only the Graph API Explorer's `EAACEdEose0cBA` prefix.
    kind: 'meta-access-token',
    hint: 'EAA',
    regex: /(?<![A-Za-z0-9])EAA[A-Za-z0-9]{100,400}(?![A-Za-z0-9])/g,
    prefix: () => 'EAA',
    accept: (v) => randomEnough(4.5)(v.slice(3)),
  },
  {
    kind: 'huggingface-token',
    hint: 'hf_',
    regex: /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,40}(?![A-Za-z0-9_])/g,
    prefix: () => 'hf_',
    accept: (v) => randomEnough(3.5)(v.slice(3)),
  },
  {
    // Docker Swarm join tokens: `SWMTKN-1-<root CA digest>-<25 base36>` let a node join the
    // swarm. The digest is a SHA-256 in base36, zero-padded to 50 digits, so it starts 0-6.
    kind: 'docker-swarm-token',
    hint: 'SWMTKN-1-',
    regex: /(?<![A-Za-z0-9_-])SWMTKN-1-[0-6][a-z0-9]{49}-[a-z0-9]{25}(?![A-Za-z0-9_-])/g,
    prefix: () => 'SWMTKN-1-',
    accept: (v) => randomEnough(3.5)(v.slice(9).replace('-', '')),
  },
  {
    // Mailgun API keys of the current format: `<32 hex>-<8 hex>-<8 hex>` (the older ones are
    // `key-<32>`, which the generated rules know after the provider's name).
    kind: 'mailgun-private-key',
    // The key's tail starts with '-', which the engine finds fast; the pattern's 32 leading hex
    // digits had it try every letter a-f of every text (~60 ms per 10 MB).
    screen: /-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])/,
    regex: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![A-Za-z0-9_-])/g,
    prefix: () => '',
    accept: randomHexHead,
  },
  {
    // Mailchimp API keys: 32 hex digits and the data centre (`-us12`), distinctive on their own.
    kind: 'mailchimp-key',
    hint: '-us',
    regex: /(?<![A-Za-z0-9_-])[0-9a-f]{32}-us[0-9]{1,2}(?![A-Za-z0-9_-])/g,
    prefix: () => '',
    accept: randomHexHead,
  },
  {
    // Akamai EdgeGrid client and access tokens: `akab-<16>-<16>` (lower case and digits).
    kind: 'akamai-edgegrid-token',
    hint: 'akab-',
    regex: /(?<![A-Za-z0-9_-])akab-[a-z0-9]{16}-[a-z0-9]{16}(?![A-Za-z0-9_-])/g,
    prefix: () => 'akab-',
    accept: (v) => randomEnough(3.5)(v.slice(5).replace('-', '')),
  },
  {
    // Facebook app access tokens: `<app id>|<app secret or its hash>`; either grants the app's API access.
    kind: 'facebook-app-token',
    hint: '|',
    regex: /(?<![0-9A-Za-z_|-])[0-9]{15,16}\|(?:[A-Za-z0-9_-]{27}|[0-9a-f]{32})(?![A-Za-z0-9_|-])/g,
    prefix: (v) => v.slice(0, v.indexOf('|') + 1),
    accept: (v) => randomEnough(3.5)(v.slice(v.indexOf('|') + 1)),
  },
  {
    // X (Twitter) app-only bearer tokens: 21 `A`s (the encoded app id), often URL-encoded (`%2B`, `%3D`).
    kind: 'x-app-bearer-token',
    hint: 'AAAAAAAAAAAAAAAAAAAAA',
    regex: /(?<![A-Za-z0-9%+/=])AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%+/=]{40,200}(?![A-Za-z0-9%+/=])/g,
    prefix: twitterBearerHead,
    accept: (v) => randomEnough(4)(v.slice(twitterBearerHead(v).length).replace(/%[0-9A-F]{2}/g, '')),
  },
  {
    // Postman collection access tokens: `PMAT-` and a 26-character ULID.
    kind: 'postman-access-token',
    hint: 'PMAT-',
    regex: /(?<![A-Za-z0-9_-])PMAT-[0-9A-Z]{26}(?![A-Za-z0-9_-])/g,
    prefix: () => 'PMAT-',
    accept: (v) => randomEnough(3.5)(v.slice(5)),
  },
  {
    // Heroku API keys carrying the `HRKU-` prefix before a UUID (the newer `HRKU-AA…` is generated from gitleaks).
    kind: 'heroku-prefixed-api-key',
    hint: 'HRKU-',
    regex: /(?<![A-Za-z0-9_-])HRKU-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])/g,
    prefix: () => 'HRKU-',
    accept: (v) => !looksFake(v.slice(5).replace(/-/g, '')) && shannonEntropy(v.slice(5).replace(/-/g, '')) >= 3.2,
  },
  {
    // New Relic browser (ingest) API keys: `NRJS-` and 19 hex digits, distinctive on their own.
    kind: 'new-relic-browser-key',
    hint: 'NRJS-',
    regex: /(?<![A-Za-z0-9_-])NRJS-[0-9a-f]{19}(?![A-Za-z0-9_-])/g,
    prefix: () => 'NRJS-',
    accept: (v) => !looksFake(v.slice(5)) && shannonEntropy(v.slice(5)) >= 3,
  },
  {
    // NATS nkey seeds (private keys): `S`, the key type, `A`, then 55 base32 characters.
    kind: 'nats-nkey-seed',
    regex: /(?<![A-Za-z0-9])S[UOANCPX]A[A-Z2-7]{55}(?![A-Za-z0-9])/g,
    prefix: (v) => v.slice(0, 2),
    accept: (v) => randomEnough(3.8)(v.slice(3)),
  },
  {
    // Google OAuth 2.0 refresh tokens: `1//0` and a long base64url body.
    kind: 'google-oauth-refresh-token',
    hint: '1//0',
    regex: /(?<![A-Za-z0-9_/-])1\/\/0[A-Za-z0-9_-]{40,300}(?![A-Za-z0-9_-])/g,
    prefix: () => '1//0',
    accept: (v) => randomEnough(4)(v.slice(4)),
  },
  {
    // 1Password service account tokens: `ops_eyJ` and base64 of JSON, standard or URL-safe alphabet.
    kind: '1password-service-account',
    hint: 'ops_eyJ',
    regex: /(?<![A-Za-z0-9_])ops_eyJ[A-Za-z0-9+/_-]{250,5000}={0,3}(?![A-Za-z0-9+/_=-])/g,
    prefix: () => 'ops_',
    accept: (v) => randomEnough(4.5)(v.slice(4)),
  },
  {
    // LangSmith API keys: `lsv2_pt_` (personal) or `lsv2_sk_` (service), 32 hex digits, `_`, 10 hex digits.
    kind: 'langsmith-api-key',
    hint: 'lsv2_',
    regex: /(?<![A-Za-z0-9_])lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}(?![A-Za-z0-9_])/g,
    prefix: (v) => v.slice(0, 8),
    accept: (v) => !looksFake(v.slice(8, 40)) && shannonEntropy(v.slice(8, 40)) >= 3.2,
  },
  {
    // PyPI API tokens are macaroons: `pypi-AgE`, base64 of the issuing host (pypi.org:
    // `AgEIcHlwaS5vcmc`, TestPyPI: `AgENdGVzdC5weXBpLm9yZw`) and the caveats. The generated
    // gitleaks rule (pypi-upload-token) knows pypi.org's only, and keeps those.
    kind: 'pypi-api-token',
    hint: 'pypi-AgE',
    regex: /(?<![A-Za-z0-9_-])pypi-AgE(?!IcHlwaS5vcmc)[A-Za-z0-9_-]{70,1000}(?![A-Za-z0-9_-])/g,
    prefix: () => 'pypi-',
    accept: (v) => randomEnough(3.5)(v.slice(8)),
  },
  {
    // Instagram (Basic Display) user access tokens: `IGQVJ` and 150 or more base64url characters.
    kind: 'instagram-access-token',
    hint: 'IGQVJ',
    regex: /(?<![A-Za-z0-9_-])IGQVJ[A-Za-z0-9_-]{100,400}(?![A-Za-z0-9_-])/g,
    prefix: () => 'IGQVJ',
    accept: (v) => randomEnough(3.5)(v.slice(5)),
  },
  {
    kind: 'jwt',
    hint: 'eyJ',
    regex: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,1000}\.eyJ[A-Za-z0-9_-]{5,8000}\.[A-Za-z0-9_-]{10,2000}(?![A-Za-z0-9_-])/g,
    prefix: () => 'eyJ',
    // Not a documented example token (jwt.io's "John Doe", "foo": "bar"): see isExampleJwt.
    // A header that does not decode (a token retyped, truncated or made up for a note) still
    // counts when header and signature are random: `eyJ….eyJ….<signature>` is a JWT's shape only.
    accept: (v) => (isJwtHeader(v) || randomJwtParts(v)) && !isExampleJwt(v),
  },
]

/** A bearer token's leading `A`s and the app id around them (`…AMLheAAAAAAA`): encoding, not randomness. */
function twitterBearerHead(value: string): string {
  let end = 21
  while (value[end] === 'A') end++
  // The id's second run of `A`s, within a dozen characters.
  const second = value.indexOf('AAAA', end)
  if (second !== -1 && second - end <= 12) {
    end = second
    while (value[end] === 'A') end++
  }
  return value.slice(0, end)
}

/** A Discord bot token's parts: a random hmac, and a first part that encodes a user id or is as random. */
function discordToken(v: string): boolean {
  const first = v.slice(0, v.indexOf('.'))
  if (!randomEnough(3.5)(v.slice(v.lastIndexOf('.') + 1))) return false
  return isBase64Digits(first) || (charClasses(first) === 3 && randomEnough(3.5)(first))
}

/** Words that make any first character worth reading: the text names Discord or a bot token. */
export const DISCORD_NOUNS = ['discord', 'bot token', 'bot_token', 'bot-token'] as const
const LOOSE_DISCORD = /(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,40}(?![A-Za-z0-9_.-])/g

/** Discord bot tokens of any first character, in a text that names Discord or a bot token. */
export function findLooseDiscordTokens(text: string, nounsAt: (noun: string) => readonly number[]): SensitiveMatch[] {
  if (DISCORD_NOUNS.every((noun) => nounsAt(noun).length === 0)) return []
  const out: SensitiveMatch[] = []
  for (const m of matchesOf(LOOSE_DISCORD, text)) {
    if (!discordToken(m[0])) continue
    out.push({
      rule: 'secrets.discord-bot-token',
      kind: 'discord-bot-token',
      start: m.index,
      end: m.index + m[0].length,
      redacted: maskSecret('discord-bot-token', ''),
    })
  }
  return out
}

/** A Discord token's first part: a 17–20 digit user id, base64url without padding. */
function isBase64Digits(part: string): boolean {
  try {
    return /^[0-9]{17,20}$/.test(atob(part.replace(/-/g, '+').replace(/_/g, '/')))
  } catch {
    return false
  }
}

/** Characters that end a URL in prose, markup or code. */
const URL_END = /[\s"'<>()[\]{}`\\]/
/** The URL around `text[start, end)`, up to 4,096 characters each way. */
function urlAround(text: string, start: number, end: number): string {
  let from = start
  while (from > 0 && start - from < 4096 && !URL_END.test(text[from - 1] as string)) from--
  let to = end
  while (to < text.length && to - end < 4096 && !URL_END.test(text[to] as string)) to++
  return text.slice(from, to)
}

/** A url-encoded base64 value of exactly 32 bytes (an HMAC-SHA256). */
function hmacSha256(value: string): boolean {
  try {
    return atob(decodeURIComponent(value)).length === 32
  } catch {
    return false
  }
}

/** A JWT-shaped value whose header and signature look random (`eyJhbgWZZv2azj0DRaEf9P.eyJ….Ce7gMaMt…`). */
function randomJwtParts(value: string): boolean {
  const parts = value.split('.')
  const header = parts[0] ?? ''
  const signature = parts[2] ?? ''
  return header.length >= 16 && signature.length >= 16 && randomEnough(3.5)(header.slice(3)) && randomEnough(3.5)(signature)
}

/** The header of a real JWT decodes to JSON naming its algorithm or type. */
function isJwtHeader(value: string): boolean {
  const header = value.slice(0, value.indexOf('.'))
  try {
    const decoded = atob(header.replace(/-/g, '+').replace(/_/g, '/'))
    return /"(?:alg|typ|kid)"/.test(decoded)
  } catch {
    return false
  }
}
