// Provider ids, their documented default endpoints, and what a host name says about its
// provider and region. Sources: GitHub Models (models.github.ai/inference), Prompty's
// executors (azure_openai/openai/serverless), Genkit's plugins (googleai → the Gemini API,
// vertexai → `{location}-aiplatform.googleapis.com`), each provider's public API host.

const ALIASES: Readonly<Record<string, string>> = {
  azure_openai: 'azure-openai',
  azureopenai: 'azure-openai',
  azure: 'azure-openai',
  'azure-openai': 'azure-openai',
  serverless: 'azure-ai',
  azure_serverless: 'azure-ai',
  azureai: 'azure-ai',
  'azure-ai': 'azure-ai',
  foundry: 'azure-ai',
  openai: 'openai',
  github: 'github-models',
  'github-models': 'github-models',
  googleai: 'google-ai',
  'google-ai': 'google-ai',
  'google-genai': 'google-ai',
  gemini: 'google-ai',
  vertexai: 'vertex-ai',
  'vertex-ai': 'vertex-ai',
  vertex: 'vertex-ai',
  anthropic: 'anthropic',
  mistral: 'mistral',
  mistralai: 'mistral',
  groq: 'groq',
  cohere: 'cohere',
  deepseek: 'deepseek',
  xai: 'xai',
  ollama: 'ollama',
  bedrock: 'aws-bedrock',
  awsbedrock: 'aws-bedrock',
  'aws-bedrock': 'aws-bedrock',
}

/** The canonical id of a provider name as written (`azure_openai`, `googleai`, `vertexai`). */
export function canonicalProvider(name: string): string {
  const key = name.trim().toLowerCase()
  return ALIASES[key] ?? ALIASES[key.replace(/[-_]/g, '')] ?? key
}

/** Providers whose clients call one public endpoint unless code points them elsewhere. */
const DEFAULT_HOSTS: Readonly<Record<string, string>> = {
  'github-models': 'models.github.ai',
  openai: 'api.openai.com',
  anthropic: 'api.anthropic.com',
  'google-ai': 'generativelanguage.googleapis.com',
  mistral: 'api.mistral.ai',
  groq: 'api.groq.com',
  cohere: 'api.cohere.com',
  deepseek: 'api.deepseek.com',
  xai: 'api.x.ai',
  ollama: 'localhost',
}

/** Why a provider has no default host: its endpoint is per customer or per region. */
const NEEDS: Readonly<Record<string, string>> = {
  'azure-openai': 'an Azure OpenAI endpoint is per resource (`azure_endpoint`)',
  'azure-ai': 'an Azure AI endpoint is per deployment (`endpoint`)',
  'vertex-ai':
    'Vertex AI is served per region: set `config.location` (otherwise the region is wherever the plugin is initialised in code)',
  'aws-bedrock': 'Bedrock is served per region, set in code',
}

export function defaultHost(provider: string, region: string | null): string | null {
  if (provider === 'vertex-ai' && region)
    return region === 'global' ? 'aiplatform.googleapis.com' : `${region}-aiplatform.googleapis.com`
  if (provider === 'aws-bedrock' && region) return `bedrock-runtime.${region}.amazonaws.com`
  return DEFAULT_HOSTS[provider] ?? null
}

export function whyNoDefault(provider: string): string {
  return NEEDS[provider] ?? `provider "${provider}" has no documented default endpoint`
}

const HOST_PROVIDERS: ReadonlyArray<[RegExp, string]> = [
  [/\.openai\.azure\.com$/, 'azure-openai'],
  [/^models\.github\.ai$|^models\.inference\.ai\.azure\.com$/, 'github-models'],
  [/\.(?:models|services|inference)\.ai\.azure\.com$|\.cognitiveservices\.azure\.com$/, 'azure-ai'],
  [/^api\.openai\.com$/, 'openai'],
  [/^api\.anthropic\.com$/, 'anthropic'],
  [/^generativelanguage\.googleapis\.com$/, 'google-ai'],
  [/(?:^|-)aiplatform\.googleapis\.com$/, 'vertex-ai'],
  [/^bedrock(?:-runtime)?\.[a-z0-9-]+\.amazonaws\.com$/, 'aws-bedrock'],
  [/^(?:localhost|127\.0\.0\.1|\[::1\])$/, 'self-hosted'],
]

export function providerOfHost(host: string): string | null {
  return HOST_PROVIDERS.find(([re]) => re.test(host))?.[1] ?? null
}

const HOST_REGIONS: readonly RegExp[] = [
  /^[a-z0-9-]+\.([a-z0-9]+)\.models\.ai\.azure\.com$/, // Azure AI serverless: <name>.<region>.models.ai.azure.com
  /^([a-z0-9-]+)-aiplatform\.googleapis\.com$/,
  /^bedrock(?:-runtime)?\.([a-z0-9-]+)\.amazonaws\.com$/,
  /^([a-z0-9]+)\.api\.cognitive\.microsoft\.com$/,
]

/** The region a host name spells out, if it does. */
export function regionOfHost(host: string): string | null {
  for (const re of HOST_REGIONS) {
    const m = re.exec(host)
    if (m?.[1]) return m[1]
  }
  return null
}
