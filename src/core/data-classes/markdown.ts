// The "Data classes" table of the pull-request comment: each changed template that handles a
// data class, where it now sends its prompts, the verdict per class, and whether its telemetry
// must pass through `promptops redact`. Nothing when no changed template has a class.
import { mdInline } from '../report/sanitize.js'
import type { Report } from '../report/types.js'
import { describeHost } from './judge.js'

const VERDICT = { allowed: '✅ allowed', 'not-allowed': '❌ not allowed', unknown: '❔ unknown host' } as const

export function dataClassesMarkdown(report: Report): string[] {
  const classified = report.templates.flatMap((t) =>
    t.dataClasses && t.dataClasses.classes.length > 0 ? [{ path: t.path, d: t.dataClasses }] : [],
  )
  if (classified.length === 0) return []
  const out = ['### Data classes', '', '| Template | Classes | Sends to | Hosting | Telemetry |', '|---|---|---|---|---|']
  for (const { path, d } of classified) {
    const verdicts = d.verdicts.map((v) => `${mdInline(v.dataClass)}: ${VERDICT[v.verdict]}`).join('<br>')
    const telemetry = d.redactTelemetry ? 'through `promptops redact`' : '—'
    out.push(
      `| \`${mdInline(path)}\` | ${d.classes.map(mdInline).join(', ')} | ${mdInline(describeHost(d.host))} | ${verdicts || '—'} | ${telemetry} |`,
    )
  }
  return [...out, '']
}
