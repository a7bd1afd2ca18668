// Titles, severities and evidence prefixes for generated rules, derived from gitleaks ids
// (`<provider>-<kind>`, e.g. `gitlab-pat`) and patterns.

const WORDS = {
  api: 'API',
  pat: 'personal access token',
  ptt: 'pipeline trigger token',
  rrt: 'runner registration token',
  id: 'ID',
  aws: 'AWS',
  gcp: 'GCP',
  ai: 'AI',
  url: 'URL',
  cicd: 'CI/CD',
  oauth: 'OAuth',
  scim: 'SCIM',
  ca: 'CA',
  tf: 'Terraform',
  pypi: 'PyPI',
  npm: 'npm',
  sid: 'SID',
  yaml: 'YAML',
  pkcs12: 'PKCS#12',
  jwt: 'JWT',
  nytimes: 'NYTimes',
  github: 'GitHub',
  gitlab: 'GitLab',
  digitalocean: 'DigitalOcean',
  openai: 'OpenAI',
  hubspot: 'HubSpot',
  linkedin: 'LinkedIn',
  sendgrid: 'SendGrid',
  rubygems: 'RubyGems',
  sourcegraph: 'Sourcegraph',
  launchdarkly: 'LaunchDarkly',
  clickhouse: 'ClickHouse',
  planetscale: 'PlanetScale',
  mailchimp: 'Mailchimp',
  messagebird: 'MessageBird',
  freshbooks: 'FreshBooks',
  hashicorp: 'HashiCorp',
  gocardless: 'GoCardless',
  easypost: 'EasyPost',
  flyio: 'Fly.io',
  frameio: 'Frame.io',
  droneci: 'Drone CI',
  travisci: 'Travis CI',
  '1password': '1Password',
  intra42: '42 Intra',
  settlemint: 'SettleMint',
  privateai: 'Private AI',
  newrelic: 'New Relic',
}

/** `gitlab-pat` → `GitLab personal access token`. */
export function titleOf(id) {
  return id
    .split('-')
    .map((w, i) => WORDS[w] ?? (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ')
}

/**
 * Identifiers and public keys name an account rather than unlock it: medium. Webhook URLs
 * let anyone post into a channel: high. Everything else grants access: critical.
 */
export function severityOf(id) {
  if (/(?:^|-)(?:client-id|access-id|user-api-id|id|pub-key|public-key|pub-api-key)$/.test(id)) return 'medium'
  if (/webhook/.test(id)) return 'high'
  return 'critical'
}

/**
 * The literal start every match of an RE2 token pattern shares (`glpat-`), shown in evidence
 * like the hand-written rules show `ghp_`; '' when there is none of at least 3 characters.
 */
export function publicPrefixOf(re2) {
  let s = re2.replace(/^\(\?i\)/, '').replace(/^(?:\\b|\(\?:|\()+/, '')
  let out = ''
  while (s.length > 0) {
    const m = /^(?:\\([.\-_~])|([A-Za-z0-9_\-~]))/.exec(s)
    if (!m) break
    const next = s[m[0].length]
    if (next === '?' || next === '*' || next === '{' || next === '|' || next === '+') break
    out += m[1] ?? m[2]
    s = s.slice(m[0].length)
  }
  return out.length >= 3 ? out.slice(0, 16) : ''
}
