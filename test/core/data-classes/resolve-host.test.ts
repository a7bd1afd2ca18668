// Every format's model spec resolves to a host or to an explicit "unknown", with the reason.
import { describe, expect, it } from '@jest/globals'
import { dataClassPolicy } from '../../../src/core/data-classes/policy.js'
import { resolveHost } from '../../../src/core/data-classes/resolve-host.js'
import { parseTemplate } from '../../../src/core/templates/index.js'
import { AZURE_ENV, AZURE_WEU, OPENAI, policyConfig, prompty } from './fixtures.js'

const policy = dataClassPolicy(policyConfig())
const resolve = (path: string, text: string) => resolveHost(parseTemplate(path, text), policy)

describe('resolveHost', () => {
  it.each([
    [
      'GitHub Models: served by models.github.ai',
      'a/triage.prompt.yml',
      'model: openai/gpt-4o-mini\nmessages:\n  - role: user\n    content: hi\n',
      { provider: 'github-models', host: 'models.github.ai', source: 'default' },
    ],
    [
      'Prompty v1 azure_openai with its endpoint',
      'a/p.prompty',
      prompty(AZURE_WEU),
      {
        provider: 'azure-openai',
        host: 'edu-weu.openai.azure.com',
        region: 'westeurope',
        deployment: 'gpt-4o-edu',
        source: 'file',
      },
    ],
    [
      'Prompty v1 openai: the OpenAI API',
      'a/p.prompty',
      prompty(OPENAI),
      { provider: 'openai', host: 'api.openai.com', model: 'gpt-4o', source: 'default' },
    ],
    [
      'Prompty v1 openai with base_url',
      'a/p.prompty',
      prompty('type: openai\nname: gpt-4o\nbase_url: https://llm.internal.example:8443/v1'),
      { provider: 'openai', host: 'llm.internal.example', source: 'file' },
    ],
    [
      'Prompty serverless: region from the host name',
      'a/p.prompty',
      prompty('type: serverless\nendpoint: https://llama-3-70b.eastus2.models.ai.azure.com\nmodel: llama-3-70b'),
      { provider: 'azure-ai', host: 'llama-3-70b.eastus2.models.ai.azure.com', region: 'eastus2', source: 'file' },
    ],
    [
      'Prompty v2 provider + connection endpoint',
      'a/p.prompty',
      '---\nmodel:\n  id: gpt-4o\n  provider: foundry\n  connection:\n    kind: key\n    endpoint: https://acme.services.ai.azure.com/api/projects/p\n---\nuser:\nhi\n',
      { provider: 'azure-ai', host: 'acme.services.ai.azure.com', source: 'file' },
    ],
    [
      'Prompty v2 anthropic, no endpoint: its API',
      'a/p.prompty',
      '---\nmodel:\n  id: claude-sonnet-4\n  provider: anthropic\n---\nuser:\nhi\n',
      { provider: 'anthropic', host: 'api.anthropic.com', source: 'default' },
    ],
    [
      'Dotprompt googleai plugin: the Gemini API',
      'a/s.prompt',
      '---\nmodel: googleai/gemini-1.5-flash\n---\nhi\n',
      { provider: 'google-ai', host: 'generativelanguage.googleapis.com', source: 'default' },
    ],
    [
      'Dotprompt vertexai with config.location',
      'a/s.prompt',
      '---\nmodel: vertexai/gemini-2.0-flash-001\nconfig:\n  location: europe-west4\n---\nhi\n',
      { provider: 'vertex-ai', host: 'europe-west4-aiplatform.googleapis.com', region: 'europe-west4', source: 'default' },
    ],
    [
      'Dotprompt ollama: a local server',
      'a/s.prompt',
      '---\nmodel: ollama/llama3\n---\nhi\n',
      { provider: 'ollama', host: 'localhost', source: 'default' },
    ],
    [
      'JSON chat with a provider prefix',
      'prompts/c.json',
      '{"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}]}',
      { provider: 'openai', host: 'api.openai.com' },
    ],
  ])('%s', (_name, path, text, want) => {
    expect(resolve(path, text)).toMatchObject(want)
  })

  it.each([
    [
      'an endpoint from an environment variable',
      'a/p.prompty',
      prompty(AZURE_ENV),
      /filled in at run time \(an environment variable\)/,
      'azure-openai',
    ],
    [
      'Azure OpenAI without an endpoint',
      'a/p.prompty',
      prompty('type: azure_openai\nazure_deployment: gpt-4o'),
      /per resource/,
      'azure-openai',
    ],
    [
      'a Prompty v2 reference connection',
      'a/p.prompty',
      '---\nmodel:\n  id: gpt-4o\n  provider: azure\n  connection:\n    kind: reference\n    name: prod\n---\nuser:\nhi\n',
      /registered at run time/,
      'azure-openai',
    ],
    [
      'Vertex AI without a location',
      'a/s.prompt',
      '---\nmodel: vertexai/gemini-2.0-flash-001\n---\nhi\n',
      /config\.location/,
      'vertex-ai',
    ],
    [
      'a JSON request body with a bare model id',
      'prompts/c.json',
      '{"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}',
      /does not say which provider/,
      null,
    ],
    ['a plain template', 'prompts/a.txt', 'Summarize {{x}}', /names no model or endpoint/, null],
    [
      'an endpoint that is not a URL',
      'a/p.prompty',
      prompty('type: azure_openai\nazure_endpoint: "not a url at all"'),
      /not a URL/,
      'azure-openai',
    ],
  ])('%s is an explicit unknown host, with the reason', (_name, path, text, why, provider) => {
    const host = resolve(path, text)
    expect(host).toMatchObject({ host: null, source: 'unknown', provider })
    expect(host.explanation).toMatch(why)
  })

  it("dataClasses.deployments says where a file that does not say runs, naming the file's reason", () => {
    const host = resolve('prompts/school/notes/a.prompty', prompty(AZURE_ENV))
    expect(host).toMatchObject({
      provider: 'azure-openai',
      host: 'edu-neu.openai.azure.com',
      region: 'northeurope',
      source: 'config',
    })
    expect(host.explanation).toMatch(/dataClasses\.deployments.*environment variable/)
    // …but never overrides an endpoint the file names.
    expect(resolve('prompts/school/notes/b.prompty', prompty(AZURE_WEU))).toMatchObject({
      host: 'edu-weu.openai.azure.com',
      source: 'file',
    })
  })

  it('never keeps credentials written into an endpoint URL', () => {
    const host = resolve(
      'a/p.prompty',
      prompty('type: azure_openai\nazure_endpoint: https://user:s3cret@edu-weu.openai.azure.com/'),
    )
    expect(host.host).toBe('edu-weu.openai.azure.com')
    expect(JSON.stringify(host)).not.toContain('s3cret')
  })
})
