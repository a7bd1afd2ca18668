// Every governed template of one commit of a local clone, with its text: the input of the
// data-class register. Files git cannot show as text (symbolic links, submodules, non-UTF-8)
// are listed with the reason, never skipped.
import type { FileClassifier } from '../../core/config/governed.js'
import { isChatJson } from '../../core/config/governed.js'
import type { RegisterFile } from '../../core/data-classes/register.js'
import { detectFormat } from '../../core/templates/index.js'
import { decodeText } from '../decode.js'
import { git, readBlobs } from './git.js'

export async function governedFilesAt(
  repo: string,
  commit: string,
  classify: Pick<FileClassifier, 'isTemplate'>,
): Promise<RegisterFile[]> {
  const listed = (await git(repo, ['ls-tree', '-r', '-z', '--full-tree', commit])).split('\0').filter(Boolean)
  const entries = listed.flatMap((line) => {
    const tab = line.indexOf('\t')
    const [mode = '', type = ''] = line.slice(0, tab).split(' ')
    const path = line.slice(tab + 1)
    return classify.isTemplate(path) ? [{ path, mode, type }] : []
  })
  const regular = entries.filter((e) => e.type === 'blob' && e.mode !== '120000')
  const blobs = await readBlobs(
    repo,
    regular.map((e) => `${commit}:${e.path}`),
  )
  return entries.flatMap((e): RegisterFile[] => {
    if (e.mode === '120000') return [{ path: e.path, text: null, unreadable: 'a symbolic link' }]
    if (e.type !== 'blob') return [{ path: e.path, text: null, unreadable: 'a submodule' }]
    const bytes = blobs.get(`${commit}:${e.path}`)
    if (!bytes) return [{ path: e.path, text: null, unreadable: 'missing from the repository' }]
    const { text } = decodeText(bytes)
    if (text === null) return [{ path: e.path, text: null, unreadable: 'not UTF-8 text' }]
    // A JSON file under the template globs without a prompt shape is not a template (as in a report).
    return detectFormat(e.path) === 'json-chat' && !isChatJson(text) ? [] : [{ path: e.path, text }]
  })
}
