// The licence notices of every package bundled into dist/, from the bundles' esbuild inputs:
// each package's own licence file (LICENSE, LICENCE, COPYING, NOTICE), or, when it ships none,
// the licence its package.json declares. Sorted by name and version, so the output only
// changes when the bundled code does (CI's dist freshness check covers it). Rule modules
// generated from third-party rule sets (src/core/detect/secrets/generated/*-rules.ts) are
// listed too, with the notice their header carries (gitleaks' MIT notice, Nosey Parker's NOTICE,
// Kingfisher's Apache-2.0 licence line: it ships no NOTICE).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const RULE = '='.repeat(80)
const NOTICE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i
const GENERATED_RULES = /(?:^|\/)src\/core\/detect\/secrets\/generated\/[\w-]+-rules\.ts$/

/** `node_modules/a/node_modules/@s/b/lib/x.js` → `node_modules/a/node_modules/@s/b` */
export function packageDir(input) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)
  return m ? m[1] : null
}

/** @param {Array<{ name: string, inputs: string[] }>} bundles */
export function thirdPartyLicenses(bundles) {
  const packages = new Map()
  for (const bundle of bundles) {
    for (const input of bundle.inputs) {
      const dir = packageDir(input)
      if (!dir) continue
      const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      const key = `${meta.name}@${meta.version}`
      const entry = packages.get(key) ?? {
        name: meta.name,
        version: meta.version,
        license: licenseOf(meta),
        dir,
        usedBy: new Set(),
      }
      entry.usedBy.add(bundle.name)
      packages.set(key, entry)
    }
  }
  const sorted = [...packages.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, 'en', { numeric: true }),
  )
  const derived = [...new Set(bundles.flatMap((b) => b.inputs.filter((input) => GENERATED_RULES.test(input))))].sort()
  const head = [
    'Third-party software bundled in dist/ by scripts/bundle.mjs (generated: do not edit).',
    'PromptOps itself is under the MIT licence: see LICENSE.',
    '',
    ...sorted.map((p) => `- ${p.name} ${p.version} (${p.license})`),
    '',
  ]
  const sections = sorted.map((p) =>
    [
      RULE,
      `${p.name} ${p.version} — ${p.license}`,
      `bundled into: ${[...p.usedBy].sort().join(', ')}`,
      RULE,
      '',
      noticeText(p),
      '',
    ].join('\n'),
  )
  const derivedSections = derived.map((input) =>
    [
      RULE,
      `rules derived from a third-party rule set: ${input.slice(input.indexOf('src/'))}`,
      RULE,
      '',
      headerOf(input),
      '',
    ].join('\n'),
  )
  return `${[...head, ...sections, ...derivedSections].join('\n').trimEnd()}\n`
}

function licenseOf(meta) {
  if (typeof meta.license === 'string') return meta.license
  if (meta.license?.type) return meta.license.type
  if (Array.isArray(meta.licenses)) return meta.licenses.map((l) => l.type ?? l).join(' OR ')
  return 'UNKNOWN'
}

function noticeText(p) {
  const files = existsSync(p.dir)
    ? readdirSync(p.dir)
        .filter((f) => NOTICE_FILE.test(f))
        .sort()
    : []
  if (files.length === 0) return `The package ships no licence file; its package.json declares "${p.license}".`
  return files
    .map((f) =>
      readFileSync(join(p.dir, f), 'utf8')
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+$/gm, '')
        .trim(),
    )
    .join('\n\n')
}

/** The leading `//` comment of a generated rule module: its source and the upstream notice. */
function headerOf(input) {
  const lines = readFileSync(input, 'utf8').split('\n')
  const end = lines.findIndex((l) => !l.startsWith('//'))
  return lines
    .slice(0, end === -1 ? lines.length : end)
    .map((l) => l.replace(/^\/\/ ?/, ''))
    .join('\n')
    .trim()
}
