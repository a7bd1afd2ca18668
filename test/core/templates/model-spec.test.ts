import { describe, expect, it } from '@jest/globals'
import { normalizeParameterKey, pinnedRevision } from '../../../src/core/templates/index.js'

describe('pinnedRevision', () => {
  const cases: Array<{ id: string; want: string | undefined }> = [
    { id: 'gpt-4o-2024-08-06', want: '2024-08-06' },
    { id: 'openai/gpt-4o-mini-2024-07-18', want: '2024-07-18' },
    { id: 'claude-3-5-sonnet-20241022', want: '20241022' },
    { id: 'anthropic.claude-3-5-sonnet-20241022-v2:0', want: '20241022' },
    { id: 'claude-3-5-sonnet@20240620', want: '20240620' },
    { id: 'my-org/finetune@3f2a9c1', want: '3f2a9c1' },
    { id: 'llama3:8b-instruct-q4', want: '8b-instruct-q4' },
    { id: 'gpt-4-0613', want: '0613' },
    { id: 'googleai/gemini-1.5-flash-002', want: '002' },
    // Floating aliases are not pinned.
    { id: 'openai/gpt-4o', want: undefined },
    { id: 'gpt-4o-mini', want: undefined },
    { id: 'llama3:latest', want: undefined },
    { id: 'claude-3-5-sonnet-latest', want: undefined },
    { id: 'googleai/gemini-1.5-pro', want: undefined },
    { id: '${env:AZURE_DEPLOYMENT}', want: undefined },
    { id: 'https://example.com/model', want: undefined },
    { id: 'gpt-4-32k', want: undefined },
    { id: '', want: undefined },
  ]
  it.each(cases)('$id → $want', ({ id, want }) => {
    expect(pinnedRevision(id)).toBe(want)
  })
})

describe('normalizeParameterKey', () => {
  it.each([
    ['max_tokens', 'maxTokens'],
    ['maxTokens', 'maxTokens'],
    ['maxOutputTokens', 'maxTokens'],
    ['max_completion_tokens', 'maxTokens'],
    ['top_p', 'topP'],
    ['topK', 'topK'],
    ['temperature', 'temperature'],
    ['stopSequences', 'stop'],
    ['custom_knob', 'custom_knob'],
  ])('%s → %s', (key, want) => {
    expect(normalizeParameterKey(key)).toBe(want)
  })
})
