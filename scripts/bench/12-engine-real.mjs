// The engine on real prompt files: the synthetic corpus of 10-engine.mjs is deterministic and
// needs nothing, but it is plain ASCII prose with few of the words the phrase rules watch for,
// and real prompts cost more per MB. These files are read from local mirrors of public
// repositories at pinned commits (as `npm run eval` reads them); no third-party text is stored.
import { readFileSync } from 'node:fs'
import { gitDirOf, listFiles, showFile } from '../classify/read-git.mjs'
import { SOURCES } from '../classify/sources.mjs'
import { engineAddedTiming, NOW } from './10-engine.mjs'
import { MB, measure } from './lib/stats.mjs'

export const id = 'engine-real'
export const title = 'Engine on real prompt files (in-process scoreChanges)'
const MIRRORS = process.env.PROMPTOPS_MIRROR ?? '/work/.mirror'
export const method = [
  'Every prompt file of three public prompt collections at the commits the classifier data pin (`scripts/classify/sources.mjs`): `github/awesome-copilot` (`*.prompt.md`, `*.instructions.md`, `*.agent.md`, `*.chatmode.md`), `danielmiessler/fabric` (`data/patterns/*/system.md`) and `microsoft/promptflow` (`*.jinja2`, `*.prompty`), plus the 353 templates of the real-world evaluation (`test/fixtures/realworld/templates.json`), read from the mirrors (`$PROMPTOPS_MIRROR`, default `/work/.mirror`; the section is skipped without them).',
  'All scored as added files (`governAll`, as `promptops scan` does), warm, in the same process and with the same bundle as the synthetic corpus, whose figure is re-used for the ratio.',
].join(' ')

/** Whole files whose path matches, per pinned source. */
const COLLECTIONS = [
  { source: 'awesome-copilot', folder: '.', pattern: /\.(?:prompt|instructions|agent|chatmode)\.md$/ },
  { source: 'fabric', folder: 'data/patterns', pattern: /\/system\.md$/ },
  { source: 'promptflow', folder: '.', pattern: /\.(?:jinja2|prompty)$/ },
]

function realFiles(templates) {
  const files = []
  for (const { source, folder, pattern } of COLLECTIONS) {
    const pin = SOURCES.injection.find((s) => s.id === source)
    if (pin === undefined) throw new Error(`no classifier source ${source}`)
    const git = gitDirOf(MIRRORS, pin.repo)
    for (const path of listFiles(git, pin.commit, folder).filter((p) => pattern.test(p)))
      files.push({ path: `${source}/${path}`, text: showFile(git, pin.commit, path).toString('utf8') })
  }
  for (const t of templates)
    files.push({ path: t.as ?? t.path, text: showFile(gitDirOf(MIRRORS, t.repo), t.commit, t.path).toString('utf8') })
  return files
}

/** Repositories without a mirror (gitDirOf throws for them). */
function missingMirrors(repos) {
  return repos.filter((repo) => {
    try {
      gitDirOf(MIRRORS, repo)
      return false
    } catch {
      return true
    }
  })
}

export async function run(ctx) {
  const cmd = 'npm run bench -- engine-real'
  const templates = JSON.parse(readFileSync('test/fixtures/realworld/templates.json', 'utf8'))
  const repos = [
    ...COLLECTIONS.map((c) => SOURCES.injection.find((s) => s.id === c.source)?.repo ?? c.source),
    ...templates.map((t) => t.repo),
  ]
  const missing = missingMirrors([...new Set(repos)])
  if (missing.length > 0) {
    ctx.note(`Not run: no mirror of ${missing.join(', ')} under ${MIRRORS}.`)
    return [{ name: 'scoreChanges on real prompt files', value: 'not run (no mirrors)', unit: '', command: cmd }]
  }
  const engine = await ctx.engine()
  const real = realFiles(templates)
  const bytes = real.reduce((n, f) => n + Buffer.byteLength(f.text), 0)
  const lines = real.flatMap((f) => f.text.split('\n'))
  const nonAscii = lines.filter((l) => /[^\p{ASCII}]/u.test(l)).length
  ctx.log(
    `real files: ${real.length}, ${(bytes / MB).toFixed(2)} MB, ${lines.length} lines (${nonAscii} with non-ASCII characters)`,
  )
  const files = real.map((f) => ({ path: f.path, status: 'added', baseText: null, headText: f.text }))
  const config = engine.defaultConfig()
  const timed = await measure(() => engine.scoreChanges({ files, config, now: NOW, governAll: true }), {
    warmup: ctx.warmup,
    runs: ctx.runs,
  })
  const synthetic = await engineAddedTiming(ctx)
  const { base } = ctx.corpus()
  const realMsPerMb = timed.median / (bytes / MB)
  const syntheticMsPerMb = synthetic.median / (base.bytes / MB)
  const breakdown = ctx.memo('engine.instrumented', () => engine.instrumentDetectors())
  breakdown.reset()
  const start = performance.now()
  engine.scoreChanges({ files, config, now: NOW, governAll: true })
  const total = performance.now() - start
  const detectors = Object.entries(breakdown.snapshot()).sort((a, b) => b[1] - a[1])
  const inDetectors = detectors.reduce((n, [, ms]) => n + ms, 0)
  ctx.note(
    `${real.length} files, ${(bytes / MB).toFixed(2)} MB, ${lines.length} lines, ${((100 * nonAscii) / lines.length).toFixed(1)} % of them with a non-ASCII character (dashes, arrows, emoji, box drawing, other scripts). Runs (ms): ${timed.times.map((t) => t.toFixed(0)).join(', ')}.`,
  )
  ctx.note(
    `Where the time goes, one instrumented run (ms): total ${total.toFixed(0)}, ${detectors
      .filter(([, ms]) => ms >= 1)
      .map(([d, ms]) => `${d} ${ms.toFixed(0)}`)
      .join(', ')}, outside detectors (parse, diff, cost, report) ${(total - inDetectors).toFixed(0)}.`,
  )
  return [
    {
      name: `scoreChanges, ${real.length} real prompt files added (scan); warm, median of ${ctx.runs}`,
      value: timed.median,
      unit: 'ms',
      command: cmd,
    },
    { name: 'real files: time per MB', value: realMsPerMb, unit: 'ms/MB', command: cmd },
    {
      name: 'real files: time per MB ÷ synthetic corpus time per MB (same run)',
      value: realMsPerMb / syntheticMsPerMb,
      unit: '×',
      command: cmd,
    },
  ]
}
