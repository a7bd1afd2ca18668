// Where a template's prompts are sent, from its model spec: an endpoint the file names, the
// documented default of its format or provider, or `dataClasses.deployments`. Anything that
// cannot be known from the repository (an endpoint in an environment variable, a connection
// registered at run time) is an explicit "unknown host", never a guess.
import type { Template } from '../types.js'
import type { DataClassPolicy } from './policy.js'
import { canonicalProvider, defaultHost, providerOfHost, regionOfHost, whyNoDefault } from './providers.js'
import type { ResolvedHost } from './types.js'

/** The start of `${env:X}`, `${X}`, `$X`, `{{x}}` or `%X%`: a value filled in at run time
 * (only the opening is matched, so the scan stays linear). */
const RUNTIME_VALUE = /\$\{|\$[A-Z_]|\{\{|%[A-Z_][A-Z0-9_]/

export function resolveHost(template: Template, policy: DataClassPolicy): ResolvedHost {
  const resolved = resolveOnly(template, policy)
  if (resolved.host === null || resolved.region !== null) return resolved
  // A host name that does not spell its region (an Azure OpenAI resource): as the team asserts it.
  const asserted = policy.assertionFor(resolved.host, resolved.provider)?.region
  return asserted ? { ...resolved, region: asserted } : resolved
}

function resolveOnly(template: Template, policy: DataClassPolicy): ResolvedHost {
  const fromFile = hostFromFile(template)
  if (fromFile.source === 'file') return fromFile
  const deployment = policy.deploymentOf(template.path)
  if (!deployment || (!deployment.host && !deployment.provider)) return fromFile
  const provider = deployment.provider ? canonicalProvider(deployment.provider) : fromFile.provider
  const region = deployment.region ?? (deployment.host ? regionOfHost(deployment.host.toLowerCase()) : null)
  const host = deployment.host?.toLowerCase() ?? (provider ? defaultHost(provider, region) : null)
  const because = fromFile.source === 'unknown' ? ` (${fromFile.explanation})` : ''
  return {
    ...fromFile,
    provider,
    host,
    region,
    source: host === null ? 'unknown' : 'config',
    explanation: `dataClasses.deployments in promptops.yml says templates matching "${deployment.pattern}" run there${because}`,
  }
}

function hostFromFile(template: Template): ResolvedHost {
  const { model } = template
  const facts = model.hosting ?? {}
  const base = { deployment: facts.deployment ?? null, model: model.id ?? null, region: facts.region ?? null }
  const unknown = (provider: string | null, explanation: string): ResolvedHost => ({
    ...base,
    provider,
    host: null,
    source: 'unknown',
    explanation,
  })
  const written = facts.provider ? canonicalProvider(facts.provider) : null
  if (facts.endpoint !== undefined) return fromEndpoint(facts.endpoint, written, base, unknown)
  if (facts.connection?.toLowerCase() === 'reference')
    return unknown(written, 'the model connection is a reference registered at run time, so its host is unknown')
  if (written !== null) return fromProvider(written, `the file names provider "${facts.provider}" and no endpoint`, base, unknown)
  if (template.format === 'github-models' && model.id) {
    return {
      ...base,
      provider: 'github-models',
      host: 'models.github.ai',
      source: 'default',
      explanation: 'GitHub Models prompt files are served by GitHub Models (models.github.ai)',
    }
  }
  const prefix = model.id?.includes('/') ? model.id.slice(0, model.id.indexOf('/')) : undefined
  if (prefix && template.format !== 'plain')
    return fromProvider(canonicalProvider(prefix), `model "${model.id}" names the "${prefix}" plugin/provider`, base, unknown)
  if (model.id) return unknown(null, `model "${model.id}" does not say which provider or endpoint serves it`)
  return unknown(null, 'the file names no model or endpoint')
}

type Base = Pick<ResolvedHost, 'deployment' | 'model' | 'region'>
type Unknown = (provider: string | null, explanation: string) => ResolvedHost

function fromProvider(provider: string, how: string, base: Base, unknown: Unknown): ResolvedHost {
  const host = defaultHost(provider, base.region)
  if (host === null) return unknown(provider, `${how}; ${whyNoDefault(provider)}, so the host is unknown`)
  const region = base.region ?? regionOfHost(host)
  return { ...base, region, provider, host, source: 'default', explanation: `${how}: its documented endpoint is ${host}` }
}

function fromEndpoint(endpoint: string, written: string | null, base: Base, unknown: Unknown): ResolvedHost {
  const shown = endpoint.length > 80 ? `${endpoint.slice(0, 77)}...` : endpoint
  if (RUNTIME_VALUE.test(endpoint))
    return unknown(written, `the endpoint "${shown}" is filled in at run time (an environment variable), so its host is unknown`)
  const host = hostName(endpoint)
  if (host === null) return unknown(written, 'the endpoint the file names is not a URL')
  const provider = written ?? providerOfHost(host)
  return {
    ...base,
    provider,
    host,
    region: base.region ?? regionOfHost(host),
    source: 'file',
    explanation: `the file names the endpoint ${host}`,
  }
}

/** The host name of a URL (credentials and port dropped), lowercased. */
function hostName(endpoint: string): string | null {
  const text = endpoint.trim()
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`)
    const host = url.hostname.toLowerCase().replace(/\.$/, '')
    return /^[a-z0-9.[\]:-]+$/.test(host) && host.length > 0 ? host : null
  } catch {
    return null
  }
}
