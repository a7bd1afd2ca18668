// "Any encoding of a detected value is detected": a value the detectors find written plainly
// is still found, on the line where it is written, when the file writes it with format
// escapes, continued lines, template syntax, invisible, full-width or look-alike characters.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { defaultConfig } from '../../../src/core/config/parse-config.js'
import { scoreChanges } from '../../../src/core/engine.js'
import type { Finding } from '../../../src/core/types.js'
import { DISGUISES, FORMATS, planted, type Planted } from './arbitraries.js'

const config = defaultConfig()
const now = new Date('2026-01-01T00:00:00Z')
/** More runs locally: PROMPTOPS_FC_RUNS=2000. */
const RUNS = Number(process.env.PROMPTOPS_FC_RUNS ?? 60)

function findings(path: string, text: string): Finding[] {
  return scoreChanges({ files: [{ path, status: 'added', baseText: null, headText: text }], config, now, governAll: true })
    .findings
}

const found = (p: Planted, list: readonly Finding[]): Finding[] =>
  list.filter((f) => (p.kind === 'injection' ? f.rule === 'injection.override-phrase' : f.category === p.kind))

const plainlyFound = (p: Planted): boolean => {
  const plain = FORMATS.plain!(p.value, [])
  return found(p, findings(plain.path, plain.text)).length > 0
}

const picks = fc.array(fc.nat({ max: 1000 }), { minLength: 3, maxLength: 6 })

describe('any encoding of a detected value is detected', () => {
  for (const [format, embed] of Object.entries(FORMATS)) {
    it(`${format}: with every character disguise`, () => {
      fc.assert(
        fc.property(planted, fc.constantFrom(...Object.keys(DISGUISES)), picks, (p, disguise, at) => {
          fc.pre(plainlyFound(p))
          const file = embed(DISGUISES[disguise]!(p.value, at), at)
          const hits = found(p, findings(file.path, file.text))
          const onItsLine = hits.some((h) => file.lines.includes(h.line))
          expect({ disguise, text: file.text, lines: hits.map((h) => h.line), onItsLine }).toEqual(
            expect.objectContaining({ onItsLine: true }),
          )
        }),
        { numRuns: RUNS },
      )
    })
  }
})
