// A migration playbook is markdown with four required, non-empty sections. Headings are
// matched case-insensitively at any ATX level (`## Rollback`, `### rollback:`); a section
// runs to the next heading of the same or a higher level, so sub-sections count as its
// content. Headings inside fenced code and text inside HTML comments do not count.

export const PLAYBOOK_SECTIONS = ['Change', 'Impact', 'Rollback', 'Communication'] as const

export interface PlaybookCheck {
  ok: boolean
  /** Required sections with no heading at all. */
  missing: string[]
  /** Required sections whose heading has nothing under it. */
  empty: string[]
}

interface Heading {
  level: number
  title: string
  index: number
}

const HEADING = /^ {0,3}(#{1,6})[ \t](.*)$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Drops `<!-- … -->` spans (templates leave TODOs in comments), by plain scanning. */
function stripComments(text: string): string {
  let out = ''
  let i = 0
  for (;;) {
    const start = text.indexOf('<!--', i)
    if (start === -1) return out + text.slice(i)
    out += text.slice(i, start)
    const end = text.indexOf('-->', start + 4)
    if (end === -1) return out
    i = end + 3
  }
}

function headingTitle(raw: string): string {
  let title = raw.trim()
  while (title.endsWith('#')) title = title.slice(0, -1)
  title = title.trim()
  return (title.endsWith(':') ? title.slice(0, -1) : title).trim().toLowerCase()
}

function scan(lines: string[]): Heading[] {
  const headings: Heading[] = []
  let fence: string | undefined
  lines.forEach((line, index) => {
    const f = FENCE.exec(line)?.[1]
    if (f !== undefined) {
      if (fence === undefined) fence = f
      else if (f[0] === fence[0] && f.length >= fence.length) fence = undefined
      return
    }
    if (fence !== undefined) return
    const m = HEADING.exec(line)
    if (m?.[1] && m[2] !== undefined) headings.push({ level: m[1].length, title: headingTitle(m[2]), index })
  })
  return headings
}

export function checkPlaybook(text: string): PlaybookCheck {
  const lines = stripComments(text.replaceAll('\r\n', '\n')).split('\n')
  const headings = scan(lines)
  const missing: string[] = []
  const empty: string[] = []
  for (const name of PLAYBOOK_SECTIONS) {
    const at = headings.findIndex((h) => h.title === name.toLowerCase())
    const heading = headings[at]
    if (heading === undefined) {
      missing.push(name)
      continue
    }
    const next = headings.slice(at + 1).find((h) => h.level <= heading.level)
    const body = lines.slice(heading.index + 1, next?.index ?? lines.length)
    const hasContent = body.some((l) => l.trim() !== '' && !HEADING.test(l))
    if (!hasContent) empty.push(name)
  }
  return { ok: missing.length === 0 && empty.length === 0, missing, empty }
}
