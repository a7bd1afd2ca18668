// Writes test/fixtures/corpora/external/<source>.jsonl: the references an importer proposes,
// completed with repository, commit, git blob id and the hash of each located sample. The
// importer reads the mirror at the commit pinned in external/sources.json; nothing upstream is
// written into the repository but paths, locators and our labels.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { locate } from '../external/locate.js'
import { gitDirOf } from '../external/mirror.js'
import { EXTERNAL_DIR, loadSources, shaOf, type SampleRef } from '../external/refs.js'
import { credsweeper } from './credsweeper.js'
import { detectSecrets } from './detect-secrets.js'
import { kingfisher } from './kingfisher.js'
import { noseyparker } from './noseyparker.js'
import { presidioResearch } from './presidio-research.js'
import { ripsecrets } from './ripsecrets.js'
import { secretlint } from './secretlint.js'
import { gitTree, type Importer } from './tree.js'
import { trufflehog } from './trufflehog.js'
import { validatorjs } from './validatorjs.js'

export const IMPORTERS: Readonly<Record<string, Importer>> = {
  noseyparker,
  secretlint,
  validatorjs,
  'presidio-research': presidioResearch,
  'detect-secrets': detectSecrets,
  trufflehog,
  kingfisher,
  ripsecrets,
  credsweeper,
}

export function runImport(
  corporaDir: string,
  name: string,
  mirror: string,
): { file: string; positives: number; negatives: number } {
  const importer = IMPORTERS[name]
  const source = loadSources(corporaDir).find((s) => s.source === name)
  if (!importer || !source)
    throw new Error(
      `no importer or no entry in ${EXTERNAL_DIR}/sources.json for "${name}" (importers: ${Object.keys(IMPORTERS).join(', ')})`,
    )
  const tree = gitTree(gitDirOf(mirror, source.repo), source.commit)
  const texts = new Map<string, string>()
  const refs = importer(tree).map((draft): SampleRef => {
    const text = texts.get(draft.path) ?? texts.set(draft.path, tree.read(draft.path)).get(draft.path) ?? ''
    const located = locate(text, draft.at, draft.path)
    if (draft.value !== undefined && located !== draft.value)
      throw new Error(
        `${draft.path} ${draft.at}: the locator reads ${JSON.stringify(located.slice(0, 40))}, the importer read ${JSON.stringify(draft.value.slice(0, 40))}`,
      )
    const { path, at, label, rule, note, carrier } = draft
    return {
      repo: source.repo,
      commit: source.commit,
      path,
      blob: tree.blob(path),
      at,
      sha: shaOf(located),
      label,
      ...(rule ? { rule } : {}),
      ...(note ? { note } : {}),
      ...(carrier ? { carrier } : {}),
    }
  })
  const file = join(corporaDir, EXTERNAL_DIR, `${name}.jsonl`)
  writeFileSync(file, refs.map((r) => JSON.stringify(r)).join('\n') + '\n')
  return { file, positives: refs.filter((r) => r.label).length, negatives: refs.filter((r) => !r.label).length }
}
