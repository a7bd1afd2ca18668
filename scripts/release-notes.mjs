#!/usr/bin/env node
// `node scripts/release-notes.mjs v1.2.3`: prints CHANGELOG.md's section for that version, the
// body of its GitHub release. Fails (exit 1) unless the tag is `v` + package.json's version and
// CHANGELOG.md has a dated section for it, so a release cannot go out undocumented.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The body of `## [X.Y.Z] - YYYY-MM-DD` up to the next `## ` heading, or null. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  const escaped = version.replace(/[.+]/g, (c) => `\\${c}`)
  const start = lines.findIndex((l) => new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`).test(l))
  if (start === -1) return null
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim()
}

export function releaseNotes(tag, pkg, changelog) {
  const version = tag.replace(/^v/, '')
  if (tag !== `v${pkg.version}`) throw new Error(`tag ${tag} is not v${pkg.version} (package.json): bump the version first`)
  const section = changelogSection(changelog, version)
  if (!section) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move Unreleased there`)
  return `${section}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
    process.stdout.write(releaseNotes(process.argv[2] ?? '', pkg, readFileSync('CHANGELOG.md', 'utf8')))
  } catch (error) {
    process.stderr.write(`release-notes: ${error.message}\n`)
    process.exitCode = 1
  }
}
