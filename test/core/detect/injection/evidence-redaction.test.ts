// Evidence that spells out invisible characters must not print a secret it runs through: the
// renderers' redactor reads through invisible characters but not through their [U+XXXX]
// spelling, nor through a value the snippet cut in two (twelfth round of issue 14: a key with
// a zero-width space inside was printed almost whole in the hidden-unicode finding).
import { describe, expect, it } from '@jest/globals'
import { injectionDetector } from '../../../../src/core/detect/injection/index.js'
import { renderSnippet } from '../../../../src/core/detect/injection/snippet.js'
import { changeOf, testContext } from './template-fixture.js'

const KEY_HEAD = ['sk-', 'proj-4f8Kq2Lm9Xv7Rt3Yb6Nc1Zd'].join('')
const KEY_TAIL = '5Wp8Hs2Jk4Gf7Qa9Lx3Tb6Vn1Mc'
const evidenceOf = (text: string) =>
  injectionDetector
    .detect(changeOf(null, text), testContext())
    .filter((f) => f.rule === 'injection.hidden-unicode')
    .map((f) => f.evidence ?? '')

describe('hidden-unicode evidence', () => {
  it('masks a key with an invisible character inside it, and no piece of it survives the cut', () => {
    const [evidence] = evidenceOf(`Use key ${KEY_HEAD}\u200b${KEY_TAIL} now`)
    expect(evidence).toContain('[REDACTED:openai-api-key]')
    for (const piece of [KEY_HEAD.slice(8), KEY_TAIL.slice(0, 12), KEY_TAIL.slice(-12)]) expect(evidence).not.toContain(piece)
  })

  it('masks a key glued to a terminal colour code', () => {
    const key = ['sk-', '615ef152bf865a131f88b23571dc4ee6'].join('')
    const [evidence] = evidenceOf(`Console output: \x1b[93m${key}\x1b[0m`)
    expect(evidence).toContain('[U+001B]')
    expect(evidence).not.toContain(key.slice(3, 20))
  })

  it('still spells out the invisible characters around ordinary text', () => {
    expect(evidenceOf('Please summarise\u200b this\u200b text\u200b for me')[0]).toContain('[U+200B]')
  })
})

describe('renderSnippet', () => {
  it('masks before spelling out and cutting', () => {
    const out = renderSnippet(`guardrail: never share ${KEY_HEAD}\u200b${KEY_TAIL}`, 40)
    expect(out).not.toContain(KEY_TAIL.slice(0, 10))
    expect(out).toContain('[REDACTED')
  })
})
