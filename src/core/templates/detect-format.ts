// Which parser reads a file, by its name alone.
import type { TemplateFormat } from '../types.js'

/** `*.prompt.yml|yaml` → GitHub Models, `*.prompty`, `*.prompt` → Dotprompt, `*.json` → JSON chat; anything else is plain. */
export function detectFormat(path: string): TemplateFormat {
  const name = (path.split(/[\\/]/).pop() ?? path).toLowerCase()
  if (name.endsWith('.prompt.yml') || name.endsWith('.prompt.yaml')) return 'github-models'
  if (name.endsWith('.prompty')) return 'prompty'
  if (name.endsWith('.prompt')) return 'dotprompt'
  if (name.endsWith('.json')) return 'json-chat'
  return 'plain'
}
