// Where every file of the audit branch lives. Records are sharded by date, PR pointers by
// number range and template pages by hash prefix, so no directory nears GitHub's 1,000-entry
// listing limit.
import { sha256Hex } from './hash.js'

export const CHECKPOINT_PATH = 'checkpoint'
export const VERIFIER_KEY_PATH = 'verifier-key'
export const ROOT_README = 'README.md'
export const TEMPLATE_INDEX = 'by-template/README.md'
/** The data-class register (docs/data-classes.md), once a record carries data handling. */
export const REGISTER_PAGE = 'data-classes/README.md'

const PR_BUCKET = 500

/** `by-pr/12000-12499/12345.json` */
export function byPrPath(pr: number): string {
  const lo = Math.floor(pr / PR_BUCKET) * PR_BUCKET
  return `by-pr/${lo}-${lo + PR_BUCKET - 1}/${pr}.json`
}

// Index pages link every row to its template page; cache the per-path hashing.
const stems = new Map<string, { dir: string; slug: string }>()

function templateStem(path: string): { dir: string; slug: string } {
  let stem = stems.get(path)
  if (stem === undefined) {
    const digest = sha256Hex(path)
    stem = {
      dir: `by-template/${digest.slice(0, 2)}`,
      slug: `${path.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 80)}-${digest.slice(0, 8)}`,
    }
    if (stems.size >= 10_000) stems.clear()
    stems.set(path, stem)
  }
  return stem
}

/** Readable, collision-free file stem for a template path. */
export function templateSlug(path: string): string {
  return templateStem(path).slug
}

function templateDir(path: string): string {
  return templateStem(path).dir
}

/** `by-template/<2 hex>/<slug>.json`: the list of record paths touching the template. */
export function byTemplatePath(path: string): string {
  return `${templateDir(path)}/${templateSlug(path)}.json`
}

/** `by-template/<2 hex>/<slug>.md`: the browsable history page of one template. */
export function templatePagePath(path: string): string {
  return `${templateDir(path)}/${templateSlug(path)}.md`
}

/** `records/YYYY/MM/README.md` for a record path or an ISO time. */
export function monthPagePath(yyyy: string, mm: string): string {
  return `records/${yyyy}/${mm}/README.md`
}

const DERIVED = [
  /^README\.md$/,
  /^verifier-key$/,
  /^records\/\d{4}\/\d{2}\/README\.md$/,
  /^by-pr\/\d{1,10}-\d{1,10}\/\d{1,10}\.json$/,
  /^by-template\/README\.md$/,
  /^data-classes\/README\.md$/,
  /^by-template\/[0-9a-f]{2}\/[A-Za-z0-9._-]{1,100}\.(?:json|md)$/,
]

/** Files regenerated from the records (and so allowed to change in any commit). */
export function isDerivedPath(path: string): boolean {
  return DERIVED.some((re) => re.test(path))
}

/** Relative link from the directory of `from` to `to` (both repo-root paths). */
export function relativeLink(from: string, to: string): string {
  const depth = from.split('/').length - 1
  return `${'../'.repeat(depth)}${to}`
}
