// What became of each configured suppression in a run, for the report: applied to a finding
// of this change, present in a file the change touches (its content is still there), stale
// (it names a file this run read in full, and nothing there matches), unbound (a legacy
// `line:` without a fingerprint, which now suppresses nothing), expired, or unchecked.
import picomatch from 'picomatch'
import type { Suppression } from '../config/config.schema.js'
import type { Finding } from '../types.js'
import { names } from './apply-config.js'

export type SuppressionState = 'applied' | 'present' | 'stale' | 'unbound' | 'expired' | 'unchecked'

export interface SuppressionStatus {
  /** Position in `suppressions` of promptops.yml, from 0. */
  index: number
  rule: string
  path?: string
  fingerprint?: string
  line?: number
  reason: string
  status: SuppressionState
  /** One sentence on what to do, for stale, unbound and expired suppressions. */
  note?: string
  /** Unbound: the findings of its rule now on its line, to pick a fingerprint from. */
  candidates?: Array<{ path: string; line: number; fingerprint: string }>
}

export class SuppressionLedger {
  readonly used = new Set<number>()
  /** Path → fingerprints found in the whole head version (or 'removed'). */
  private readonly files = new Map<string, ReadonlySet<string> | 'removed'>()

  constructor(
    private readonly suppressions: readonly Suppression[],
    private readonly today: string,
  ) {}

  private live = (s: Suppression): boolean => s.until === undefined || s.until >= this.today

  /** True when a live fingerprint suppression names exactly `path` and matched nothing yet. */
  wantsFullScan(path: string): boolean {
    return this.suppressions.some(
      (s, i) => !this.used.has(i) && this.live(s) && s.fingerprint !== undefined && literalPath(s.path) === path,
    )
  }

  recordFile(path: string, fingerprints: Iterable<string> | 'removed'): void {
    this.files.set(path, fingerprints === 'removed' ? 'removed' : new Set(fingerprints))
  }

  statuses(findings: readonly Finding[]): SuppressionStatus[] {
    return this.suppressions.map((s, index) => {
      const base: SuppressionStatus = { index, rule: s.rule, ...optional(s), reason: s.reason, status: 'unchecked' }
      if (!this.live(s))
        return { ...base, status: 'expired', note: `expired on ${s.until}: remove it, or renew it with a new reason` }
      if (s.fingerprint === undefined && s.line !== undefined)
        return { ...base, status: 'unbound', note: UNBOUND, candidates: candidates(s, findings) }
      if (this.used.has(index)) return { ...base, status: 'applied' }
      const file = literalPath(s.path)
      const seen = file === undefined ? undefined : this.files.get(file)
      if (seen === 'removed') return { ...base, status: 'stale', note: `${file} was deleted: remove this suppression` }
      if (seen === undefined || s.fingerprint === undefined) return base
      if (seen.has(s.fingerprint)) return { ...base, status: 'present' }
      return { ...base, status: 'stale', note: `nothing in ${file} has this fingerprint any more: remove this suppression` }
    })
  }
}

const UNBOUND =
  'a line number alone no longer suppresses anything (it cannot tell what is on the line): add the fingerprint of the finding you accept'

function optional(s: Suppression): Pick<SuppressionStatus, 'path' | 'fingerprint' | 'line'> {
  return {
    ...(s.path === undefined ? {} : { path: s.path }),
    ...(s.fingerprint === undefined ? {} : { fingerprint: s.fingerprint }),
    ...(s.line === undefined ? {} : { line: s.line }),
  }
}

/** The path a glob names when it names exactly one file. */
function literalPath(glob: string | undefined): string | undefined {
  return glob !== undefined && !picomatch.scan(glob).isGlob ? glob : undefined
}

function candidates(s: Suppression, findings: readonly Finding[]): SuppressionStatus['candidates'] {
  return findings.flatMap((f) =>
    f.category !== 'policy' && f.line === s.line && f.fingerprint !== undefined && names(s, f)
      ? [{ path: f.path, line: f.line, fingerprint: f.fingerprint }]
      : [],
  )
}
