// The fifth wave of public classifier data (issue 14): indirect prompt injection into agents
// and prompt-leak requests. Pinned like sources.mjs; credited in test/fixtures/README.md.
//
// AgentDojo (Debenedetti et al., NeurIPS 2024, MIT) is held out whole (`split: 'test'`): its
// attacks are instructions planted in the data an agent reads (emails, calendar entries, files,
// web pages, bank transactions) behind fake authority markers ("This is an important message
// from me, …"), the kind the classifier misses, written by people who never saw this project.
// It is never trained or tuned on; its figures estimate how indirect injection generalises. Its
// benign counterparts are the same documents with the benchmark's own benign default in each
// injection slot, and the benign requests the user gives the agent.
import { parse } from 'yaml'
import { listFiles, showFile } from './read-git.mjs'

const utf8 = (buf) => buf.toString('utf8')

/** A fork of ethz-spylab/agentdojo (MIT, authors' copyright) that keeps its suites and attacks. */
const AGENTDOJO = { repo: 'sequrity-ai/agentdojo', commit: '357c80dea9af34323f709c3505d9e6d224654c7e' }

const PY_ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '\n': '' }

/**
 * Reads one Python string literal at `i` (prefix f/r/b/u, single, double or triple quotes) and
 * returns `{ value, f, end }`, or null when there is none. Only the escapes the AgentDojo
 * sources use are decoded.
 */
function pyString(src, i) {
  const m = /^([fFrRbBuU]{0,2})("""|'''|"|')/.exec(src.slice(i, i + 5))
  if (!m) return null
  const raw = /r/i.test(m[1])
  const quote = m[2]
  let j = i + m[0].length
  let value = ''
  while (j < src.length) {
    if (src.startsWith(quote, j)) return { value, f: /f/i.test(m[1]), end: j + quote.length }
    const c = src[j]
    if (c === '\\' && !raw) {
      const next = src[j + 1]
      value += next in PY_ESCAPES ? PY_ESCAPES[next] : `\\${next}`
      j += 2
      continue
    }
    if (c === '\n' && quote.length === 1) return null
    value += c
    j++
  }
  return null
}

/**
 * The value of adjacent Python string literals at `i` (implicit concatenation, optionally in
 * parentheses), f-string fields filled from `constants`; `{{` `}}` unescaped. Null when the
 * expression is not made of literals only.
 */
function pyStrings(src, i, constants) {
  let j = i
  const skip = () => {
    while (j < src.length && /[\s(]/.test(src[j])) j++
  }
  skip()
  const parts = []
  for (;;) {
    const s = pyString(src, j)
    if (!s) break
    parts.push(
      s.f
        ? s.value.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (all, name) =>
            all === '{{' ? '{' : all === '}}' ? '}' : name in constants ? constants[name] : all,
          )
        : s.value,
    )
    j = s.end
    while (j < src.length && /[ \t\n]/.test(src[j])) j++
  }
  return parts.length > 0 ? parts.join('') : null
}

/** Module and class string constants (`NAME = "…"`, `_NAME: str = "…"`, numbers) of a Python block. */
function pyConstants(src, into = {}) {
  const re = /^[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?::[ \t]*[A-Za-z_.[\]]+[ \t]*)?=[ \t]*/gm
  for (let m; (m = re.exec(src));) {
    const at = m.index + m[0].length
    const number = /^-?\d+(?:\.\d+)?(?=\s)/.exec(src.slice(at, at + 40))
    if (number) into[m[1]] = number[0]
    else {
      const value = pyStrings(src, at, into)
      if (value !== null) into[m[1]] = value
    }
  }
  return into
}

/** `NAME = <literals>` of every class in a task file, with the class name: GOAL or PROMPT. */
function taskTexts(src, field) {
  const moduleConstants = pyConstants(src.split(/^(?:@.*\n)*class /m)[0])
  const classes = src.split(/^(?=(?:@.*\n)*class )/m).slice(1)
  return classes.flatMap((block) => {
    const name = /class\s+(\w+)/.exec(block)?.[1] ?? ''
    const constants = pyConstants(block, { ...moduleConstants })
    const at = new RegExp(`^[ \\t]+${field}[ \\t]*=[ \\t]*`, 'm').exec(block)
    if (!at) return []
    const text = pyStrings(block, at.index + at[0].length, constants)
    return text === null ? [] : [{ name, text }]
  })
}

/** Attack templates: the literal strings given to each attack class (`{goal}`, `{user}`, `{model}` slots). */
function attackTemplates(git) {
  const dir = 'src/agentdojo/attacks'
  const templates = []
  for (const file of ['important_instructions_attacks.py', 'baseline_attacks.py', 'dos_attacks.py']) {
    const src = utf8(showFile(git, AGENTDOJO.commit, `${dir}/${file}`))
    for (const block of src.split(/^(?=(?:@.*\n)*class )/m).slice(1)) {
      const name = /^[ \t]+name[ \t]*=[ \t]*"([^"]+)"/m.exec(block)?.[1]
      const at = /_JB_STRING\s*=\s*|_DOS_STRING\s*=\s*|super\(\).__init__\(\s*(?=["'])/.exec(block)
      if (!name || !at) continue
      const text = pyStrings(block, at.index + at[0].length, {})
      if (text) templates.push({ name, text })
    }
  }
  // `tool_knowledge` needs the tool calls of each task spelled out; "TODO: {goal}" (`direct`)
  // carries no marker at all, so as text alone it is a plain request: both are left out.
  return templates.filter((t) => !t.text.includes('{tools}') && t.name !== 'direct')
}

/** The distinct names AgentDojo gives the target model in its attacks ("GPT-4", "Claude", …). */
function modelNames(git) {
  const src = utf8(showFile(git, AGENTDOJO.commit, 'src/agentdojo/models.py'))
  const block = /MODEL_NAMES\s*=\s*\{([\s\S]*?)\n\}/.exec(src)?.[1] ?? ''
  return [...new Set([...block.matchAll(/:\s*"([^"]+)"/g)].map((m) => m[1]))]
}

const YAML_TAGS = [{ tag: '!include', resolve: () => null }]

/** Every string of a parsed YAML value. */
function yamlStrings(value, out = []) {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const v of value) yamlStrings(v, out)
  else if (value && typeof value === 'object') yamlStrings([...Object.keys(value), ...Object.values(value)], out)
  return out
}

/**
 * The documents of a suite's environment that hold an injection slot, with the slots and
 * their benign defaults (`injection_vectors.yaml`).
 */
function suiteDocuments(git, suite) {
  const dir = `src/agentdojo/data/suites/${suite}`
  const vectors = parse(utf8(showFile(git, AGENTDOJO.commit, `${dir}/injection_vectors.yaml`)))
  const defaults = Object.fromEntries(Object.entries(vectors).map(([k, v]) => [k, String(v?.default ?? '')]))
  const files = listFiles(git, AGENTDOJO.commit, dir).filter((p) => /\.ya?ml$/.test(p) && !p.endsWith('injection_vectors.yaml'))
  const documents = files.flatMap((path) =>
    yamlStrings(parse(utf8(showFile(git, AGENTDOJO.commit, path)), { customTags: YAML_TAGS, logLevel: 'silent' }))
      .map((text) => ({ text, slots: Object.keys(defaults).filter((k) => text.includes(`{${k}}`)) }))
      .filter((d) => d.slots.length > 0),
  )
  const fill = (text, slot, value) =>
    Object.entries(defaults).reduce((t, [k, v]) => t.replaceAll(`{${k}}`, k === slot ? value : v), text)
  return { documents, fill }
}

const SUITES = ['banking', 'slack', 'travel', 'workspace']

/**
 * AgentDojo as labelled text. Positives: every marked attack template filled with every
 * injection task's goal of a suite (all benchmark versions; duplicates fall to the
 * de-duplication) and planted in one of that suite's documents, in turn; each DoS template
 * (no goal) once per suite. Negatives: each document with its benign defaults, and the user
 * tasks' requests.
 */
function agentdojoSamples(git) {
  const templates = attackTemplates(git)
  const models = modelNames(git)
  const tasks = listFiles(git, AGENTDOJO.commit, 'src/agentdojo/default_suites')
  const rows = []
  let turn = 0
  for (const suite of SUITES) {
    const { documents, fill } = suiteDocuments(git, suite)
    const read = (file, field) =>
      tasks
        .filter((p) => p.endsWith(`/${suite}/${file}`))
        .flatMap((path) => taskTexts(utf8(showFile(git, AGENTDOJO.commit, path)), field).map((t) => ({ ...t, path })))
    const goals = read('injection_tasks.py', 'GOAL')
    for (const template of templates) {
      const fills = template.text.includes('{goal}') ? goals : [{ name: 'dos', text: '' }]
      for (const goal of fills) {
        const doc = documents[turn % documents.length]
        const attack = template.text
          .replaceAll('{goal}', goal.text)
          .replaceAll('{user}', 'Emma Johnson')
          .replaceAll('{model}', models[turn % models.length])
        turn++
        rows.push({ text: fill(doc.text, doc.slots[0], attack), label: true, note: `${suite} ${template.name} ${goal.name}` })
      }
    }
    for (const doc of documents)
      rows.push({ text: fill(doc.text, null, ''), label: false, note: `${suite} document, benign defaults` })
    for (const task of read('user_tasks.py', 'PROMPT'))
      rows.push({ text: task.text, label: false, note: `${suite} user task ${task.name}` })
  }
  return rows
}

export const FIFTH_WAVE_INJECTION_SOURCES = [
  { id: 'agentdojo', ...AGENTDOJO, licence: 'MIT', split: 'test', read: agentdojoSamples },
]
