// Every label the PII detectors look for (passport, identity-card and national-id labels),
// found in one case-insensitive pass: findPii computes it once per text and hands it to
// each detector, instead of each lower-casing and searching the text itself.
import { KeywordIndex } from '../keyword-index.js'

export const PASSPORT_LABELS = [
  'passport',
  'passeport',
  'pasaporte',
  'passaporto',
  'reisepass',
  'paspoort',
  'pass-nr',
  'passnummer',
] as const
export const ID_LABELS = [
  'national id',
  'id card',
  'identity card',
  'identity number',
  'id number',
  'personal id',
  'citizen id',
  'cnic',
  'hkid',
  'cedula',
  // Personal identity numbers by their own names (round 29). Each names only a person's
  // number, so any value with five digits or more after it counts (labelled-id.ts).
  // Keywords are ASCII: a name spelt with a letter outside it is found by an ASCII part
  // (`tunnus` of henkilötunnus, `dselsnummer` of fødselsnummer) whose start labelled-id.ts checks.
  'personnummer',
  'personnr',
  'samordningsnummer',
  'tunnus',
  'hetu',
  'dselsnummer',
  'kennitala',
  'cpr-nr',
  'cpr-nummer',
  'zehut',
  'kimlik',
  'tckn',
  'steuer-id',
  'steuerid',
  'steuer id',
  'steueridentifikationsnummer',
  'sozialversicherungsnummer',
  'ausweisnummer',
  'rijksregisternummer',
  'rijksregister',
  'registre national',
  'ppsn',
  'pps number',
  'dni',
  'curp',
  'cuil',
  'nric',
  'codice fiscale',
  'resident registration',
  'mykad',
  'bvn',
  'cnp',
] as const
/** Labels a checksummed id needs when its digits alone are too common (see intl-ids.ts). */
export const ID_CONTEXT_LABELS = [
  'cpf',
  'nhs',
  'national health service',
  'pesel',
  'sin',
  'social insurance',
  'tfn',
  'tax file',
  'bsn',
  'burgerservicenummer',
  'sofi',
  'pan',
  'permanent account',
  'nif',
  'contribuinte',
  'cpr',
  'rut',
  'pps',
] as const

const ALL = [...new Set<string>([...PASSPORT_LABELS, ...ID_LABELS, ...ID_CONTEXT_LABELS])]
const INDEX = new KeywordIndex(ALL)

export interface LabelsFound {
  /** Start offsets of `label` in the text (empty when absent). */
  at(label: string): readonly number[]
}

export function findLabels(text: string): LabelsFound {
  const occurrences = INDEX.occurrences(text)
  return { at: (label) => occurrences[ALL.indexOf(label)] ?? [] }
}
