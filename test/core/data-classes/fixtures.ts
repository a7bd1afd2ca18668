// Shared policy and templates for the data-class tables (not a test file itself): a school
// product (student records on EU Azure OpenAI resources) and a clinic (health data on Vertex AI
// in Europe), as in docs/data-classes.md.
import { parseConfig } from '../../../src/core/config/parse-config.js'
import type { Config } from '../../../src/core/config/config.schema.js'

export const POLICY_YAML = `version: 1
dataClasses:
  hosts:
    - { host: edu-weu.openai.azure.com, provider: azure-openai, region: westeurope, noTraining: true, retentionDays: 0 }
    - { host: edu-neu.openai.azure.com, provider: azure-openai, region: northeurope, noTraining: true, retentionDays: 0 }
    - { host: edu-us.openai.azure.com, provider: azure-openai, region: eastus, noTraining: true, retentionDays: 0 }
    - { host: cheap-weu.openai.azure.com, provider: azure-openai, region: westeurope, retentionDays: 30 }
    - { host: "*-aiplatform.googleapis.com", noTraining: true, retentionDays: 0 }
  classes:
    student-records:
      preset: student-records
      allow: [{ provider: azure-openai, region: "*europe" }]
      approvers: ["@acme/privacy-office"]
    health:
      preset: health
      allow: [{ provider: vertex-ai, region: "europe-*" }]
      approvers: ["@acme/privacy-office", "@acme/clinical-safety"]
    public: {}
  assign:
    - { pattern: "prompts/school/", classes: [student-records] }
  deployments:
    - { pattern: "prompts/school/notes/**", provider: azure-openai, host: edu-neu.openai.azure.com }
`

export function policyConfig(yaml = POLICY_YAML): Config {
  const parsed = parseConfig(yaml)
  if (!parsed.ok) throw parsed.error
  return parsed.value
}

/** A Prompty v1 template on an Azure OpenAI resource (or an OpenAI `type`). */
export function prompty(configuration: string, extra = ''): string {
  return `---
name: Progress report
model:
  api: chat
  configuration:
${configuration
  .split('\n')
  .map((l) => `    ${l}`)
  .join('\n')}
inputs:
  student_first_name: { type: string }
${extra}---
system:
You draft progress reports for teachers to review.

user:
{{student_first_name}}
`
}

export const AZURE_WEU = 'type: azure_openai\nazure_endpoint: https://edu-weu.openai.azure.com/\nazure_deployment: gpt-4o-edu'
export const AZURE_NEU = 'type: azure_openai\nazure_endpoint: https://edu-neu.openai.azure.com/\nazure_deployment: gpt-4o-edu'
export const AZURE_US = 'type: azure_openai\nazure_endpoint: https://edu-us.openai.azure.com/\nazure_deployment: gpt-4o-edu'
export const AZURE_ENV = 'type: azure_openai\nazure_endpoint: ${env:AZURE_OPENAI_ENDPOINT}\nazure_deployment: gpt-4o-edu'
export const OPENAI = 'type: openai\nname: gpt-4o'
