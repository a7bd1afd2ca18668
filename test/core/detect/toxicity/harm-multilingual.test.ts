// Goading to self-harm, death wished and beatings urged in six languages (harm-multilingual.ts),
// and the idioms that borrow their words. All sentences are written for this project.
import { describe, expect, it } from '@jest/globals'
import { ruleHits } from './rules-of.js'

describe('toxicity: harm in other languages', () => {
  it.each([
    ['German, an order', 'Bring dich doch endlich um, du Versager.', 'toxicity.harassment'],
    ['German, nobody would miss you', 'Niemand würde dich jemals vermissen.', 'toxicity.harassment'],
    ['German, a beating urged', 'Solche Typen sollte man einfach verprügeln.', 'toxicity.violence'],
    ['French, an order', 'Va te pendre, sérieux.', 'toxicity.harassment'],
    ['French, a wish', "J'espère que tu crèves.", 'toxicity.violence'],
    ['Spanish, an order', '¡Mátate ya, inútil!', 'toxicity.harassment'],
    ['Spanish, a wish', 'Ojalá que te pudras.', 'toxicity.violence'],
    ['Italian, an order', 'Buttati da un ponte.', 'toxicity.harassment'],
    ['Italian, nobody would miss you', 'Nessuno sentirebbe la tua mancanza.', 'toxicity.harassment'],
    ['Portuguese, an order', 'Vai se matar, ninguém te aguenta.', 'toxicity.harassment'],
    ['Portuguese, a wish', 'Espero que você morra.', 'toxicity.violence'],
    ['Dutch, an order', 'Ga toch dood, sukkel.', 'toxicity.harassment'],
    ['Dutch, a wish', 'Ik hoop dat je doodgaat.', 'toxicity.violence'],
  ])('flags: %s', (_name, text, rule) => {
    expect(ruleHits(text)).toContain(rule)
  })

  it.each([
    ['German, sleep taken', 'Der Lärm bringt dich um den Schlaf.'],
    ['German, a film', 'Heute Abend läuft Stirb langsam im Fernsehen.'],
    ['Spanish, laughter', 'Muérete de risa con este vídeo.'],
    ['Portuguese, overwork', 'Ele se mata de trabalhar todos os dias.'],
    ['Dutch, laughter', 'Ik ga dood van het lachen.'],
    ['Dutch, a subject', 'Mijn plant gaat dood als ik hem vergeet.'],
    ['English, a matte finish', 'A tactile matte finish on every surface.'],
  ])('leaves clean: %s', (_name, text) => {
    expect(ruleHits(text)).toEqual([])
  })
})
