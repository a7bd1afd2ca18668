// Typed access to test/fixtures/templates (names as a union, so a typo does not compile).
import { readFileSync } from 'node:fs'

export type TemplateFixture =
  | 'summarizer.prompt.yml'
  | 'bad-indent.prompt.yml'
  | 'custom-tag.prompt.yml'
  | 'js-function.prompt.yml'
  | 'alias-bomb.prompt.yml'
  | 'duplicate-key.prompt.yml'
  | 'support.prompty'
  | 'inputs-list.prompty'
  | 'unclosed.prompty'
  | 'bad-yaml.prompty'
  | 'greeting.prompt'
  | 'js-frontmatter.prompt'
  | 'bad-tag.prompt'
  | 'prompts/review.md'
  | 'prompts/answer.j2'
  | 'prompts/welcome.hbs'
  | 'prompts/notes.txt'
  | 'prompts/langfuse-chat.json'
  | 'prompts/langchain.json'
  | 'prompts/openai-messages.json'
  | 'prompts/invalid.json'
  | 'prompts/not-chat.json'

export function readTemplateFixture(name: TemplateFixture): string {
  return readFileSync(new URL(`../../fixtures/templates/${name}`, import.meta.url), 'utf8')
}
