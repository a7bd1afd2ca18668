// Round 29: a Luhn-valid number printed as a card after a card word in another language or a
// brand's name counts whatever its issuer range, grouped or not (an expiry may follow).
import { describe, expect, it } from '@jest/globals'
import { findPii } from '../../../../src/core/detect/pii/index.js'

const cards = (text: string) =>
  findPii(text)
    .filter((m) => m.rule === 'pii.card-number')
    .map((m) => text.slice(m.start, m.end))

describe('cards after a card word or a brand', () => {
  it.each([
    ['Japanese カード and a brand', '宿泊者: テスト 太郎\nカード: JCB 3518 5015 8978 5407\n人数: 2', '3518 5015 8978 5407'],
    ['German Karte', 'Zahlung per Karte: 3518 5015 8978 5407, gültig bis 09/27', '3518 5015 8978 5407'],
    ['a brand name, then an expiry', 'paid with my JCB 3518 5015 8978 5407 09 27', '3518 5015 8978 5407'],
    ['Spanish tarjeta número', 'tarjeta número: 3518-5015-8978-5407', '3518-5015-8978-5407'],
  ])('%s', (_name, text, value) => {
    expect(cards(text)).toEqual([value])
  })
})

describe('not cards', () => {
  it.each([
    ['a phone number after a brand', 'Visa customer service 1 800 847 2911'],
    ['pairs after a card label', 'card number: 3518 50 15 89 78 54 07'],
    ['Luhn-failing digits after a label', 'Karte: 3518 5015 8978 5406'],
    ['a travel visa number', 'Visa: 20241187, valid until 2026'],
  ])('%s', (_name, text) => {
    expect(cards(text)).toEqual([])
  })
})
