// PII forms from the probe set pii1 (issue 14, twelfth round): a card number under a card label
// whatever its issuer range, a processor's test card named as one, and Portugal's NIF.
import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'

const found = (text: string) => findPii(text).map((m) => [m.kind, text.slice(m.start, m.end)])

describe('findPii: records pasted into prompts', () => {
  it.each([
    [
      'a labelled card outside the known issuer ranges',
      '{"card":"3518501589785407","exp":"11/26"}',
      'card-number',
      '3518501589785407',
    ],
    ['a card-number label', 'Card number: 3518501589785407', 'card-number', '3518501589785407'],
    ['a Portuguese NIF after its label', 'Bill to: Rui Carvalho, NIF 255576625, Porto', 'pt-nif', '255576625'],
    ['a Portuguese NIF as "contribuinte"', 'Contribuinte: 255576625', 'pt-nif', '255576625'],
  ])('%s', (_name, text, kind, value) => {
    expect(found(text)).toEqual([[kind, value]])
  })

  it.each([
    ['a test card named as one', "use Stripe's test card 4242 4242 4242 4242 with any future expiry"],
    ['a Luhn-valid number under another label', 'ref 3518501589785407'],
    ['an unlabelled number outside the issuer ranges', 'batch 3518501589785407'],
    ['a NIF whose check digit fails', 'NIF 255576626'],
    ['a NIF-shaped number with no label', 'shipment 255576625 left the depot'],
  ])('not %s', (_name, text) => {
    expect(found(text)).toEqual([])
  })

  it('still flags a known test number written as a customer card', () => {
    expect(found('my card 4242 4242 4242 4242')).toEqual([['card-number', '4242 4242 4242 4242']])
  })
})
