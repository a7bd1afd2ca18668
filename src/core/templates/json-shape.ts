// Which JSON files are prompt templates, and where their text lives. Shapes, from the
// projects that write them:
// - chat lists: `{messages: [...]}` (OpenAI chat-completion requests and exports), a bare
//   `[{role, content}]` list, Langfuse chat prompts `{type: "chat", prompt: [...]}`;
// - LangChain serialisations (langchain-core `load/dump`, LangChain Hub): ChatPromptTemplate
//   `{lc: 1, id: [..., "ChatPromptTemplate"], kwargs: {messages}}`; PromptTemplate
//   `{_type: "prompt", template, input_variables, template_format}` (also without `_type`, and
//   as `kwargs.template`); FewShotPromptTemplate `{_type: "few_shot", prefix, suffix, example_prompt}`;
// - OpenAI Responses requests `{model, instructions, input}`;
// - Langfuse text prompts `{prompt: "..."}`.
import type { Role } from '../types.js'
import { asRecord } from './values.js'
import type { Dialect } from './variables.js'

export type JsonPath = Array<string | number>

export interface JsonShape {
  /** A list of chat messages. */
  messages?: JsonPath
  /** Single texts with a known role, in prompt order. */
  texts: Array<{ path: JsonPath; role: Role }>
  /** The file-wide dialect when the shape settles it. */
  dialect?: Dialect
}

function get(value: unknown, path: JsonPath): unknown {
  let v = value
  for (const key of path) v = Array.isArray(v) && typeof key === 'number' ? v[key] : asRecord(v)?.[String(key)]
  return v
}

const isText = (v: unknown): boolean => typeof v === 'string'

function langchainPrompt(r: Record<string, unknown>, base: JsonPath): JsonShape | undefined {
  const at = (key: string): JsonPath => [...base, key]
  const node = asRecord(get(r, base)) ?? {}
  if (node['_type'] === 'few_shot' || isText(node['prefix']) || isText(node['suffix'])) {
    const texts = ['prefix', 'example_prompt', 'suffix'].flatMap((k) => {
      if (k === 'example_prompt')
        return isText(get(node, ['example_prompt', 'template']))
          ? [{ path: [...at(k), 'template'], role: 'unknown' as Role }]
          : []
      return isText(node[k]) ? [{ path: at(k), role: 'unknown' as Role }] : []
    })
    return texts.length > 0 ? { texts, dialect: 'fstring' } : undefined
  }
  if (isText(node['template']) && (node['_type'] === 'prompt' || Array.isArray(node['input_variables']) || base.length > 0)) {
    return { texts: [{ path: at('template'), role: 'unknown' }], dialect: 'fstring' }
  }
  return undefined
}

/** Where the prompt text of a parsed JSON document lives; undefined when it is not a template. */
export function jsonShape(root: unknown): JsonShape | undefined {
  if (Array.isArray(root)) return { messages: [], texts: [] }
  const r = asRecord(root)
  if (r === undefined) return undefined
  if (Array.isArray(get(r, ['kwargs', 'messages']))) return { messages: ['kwargs', 'messages'], texts: [], dialect: 'fstring' }
  if (Array.isArray(r['messages'])) return { messages: ['messages'], texts: [] }
  if (Array.isArray(r['prompt'])) return { messages: ['prompt'], texts: [], dialect: 'mustache' }
  if (isText(r['prompt'])) return { texts: [{ path: ['prompt'], role: 'unknown' }], dialect: 'mustache' }
  if (isText(r['instructions']) || Array.isArray(r['input']) || (isText(r['input']) && r['model'] !== undefined)) {
    const texts: JsonShape['texts'] = isText(r['instructions']) ? [{ path: ['instructions'], role: 'system' }] : []
    if (isText(r['input'])) texts.push({ path: ['input'], role: 'user' })
    return Array.isArray(r['input']) ? { messages: ['input'], texts } : { texts }
  }
  return langchainPrompt(r, []) ?? (asRecord(r['kwargs']) ? langchainPrompt(r, ['kwargs']) : undefined)
}

/** A JSON file under the template globs is a template only when it has one of the shapes above. */
export function isTemplateJson(text: string): boolean {
  try {
    return jsonShape(JSON.parse(text)) !== undefined
  } catch {
    // Not valid JSON: keep it governed so the parser reports the syntax error with its line.
    return true
  }
}
