// Signs that a template handles personal data: variables named for people's records
// (`patient_id`, `student_grades`, `customerEmail`) and personal data in its own text (the
// PII detector's matches). Only ever used to suggest a class, never to assign one.
import { findPiiSkippingPlainLines } from '../detect/pii/find-pii.js'
import { phoneRegion } from '../detect/pii/phone.js'
import type { Template } from '../types.js'
import type { PresetName } from './presets.js'

export interface DataSignal {
  /** What was seen, safe to print: a variable name or the kind of a PII match (never its value). */
  what: string
  line: number
  suggests: PresetName
}

const TEXT_SCANNED = 100_000

/** Name parts that suggest a class; the first part decides `patient_*`, `student_*`. */
const VOCABULARY: ReadonlyArray<[PresetName, ReadonlySet<string>]> = [
  [
    'health',
    new Set([
      'patient',
      'patients',
      'diagnosis',
      'diagnoses',
      'symptom',
      'symptoms',
      'medical',
      'medication',
      'medications',
      'prescription',
      'treatment',
      'allergy',
      'allergies',
      'clinical',
      'mrn',
      'icd',
      'health',
    ]),
  ],
  [
    'student-records',
    new Set([
      'student',
      'students',
      'pupil',
      'pupils',
      'learner',
      'learners',
      'grades',
      'transcript',
      'enrollment',
      'enrolment',
      'gpa',
      'attendance',
      'iep',
    ]),
  ],
  [
    'special-category',
    new Set(['religion', 'ethnicity', 'ethnic', 'biometric', 'biometrics', 'genetic', 'sexuality', 'orientation', 'union']),
  ],
  [
    'personal',
    new Set([
      'ssn',
      'dob',
      'birthdate',
      'birthday',
      'email',
      'phone',
      'address',
      'passport',
      'surname',
      'firstname',
      'lastname',
      'fullname',
    ]),
  ],
]

/** `patientName` / `first-name` / `STUDENT_ID` → lowercase parts; `first`+`name` also as `firstname`. */
function nameParts(name: string): string[] {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p.length > 0)
  const joined = parts.flatMap((p, i) => (p === 'name' && i > 0 ? [`${parts[i - 1]}name`] : []))
  return [...parts, ...joined]
}

function variableSignal(name: string): PresetName | null {
  const parts = nameParts(name)
  return VOCABULARY.find(([, words]) => parts.some((p) => words.has(p)))?.[0] ?? null
}

export function personalDataSignals(template: Template, region: string): DataSignal[] {
  const signals: DataSignal[] = []
  const seen = new Set<string>()
  for (const use of template.variables) {
    const suggests = variableSignal(use.name)
    if (suggests === null || seen.has(use.name)) continue
    seen.add(use.name)
    signals.push({ what: `variable {{${use.name}}}`, line: use.line, suggests })
  }
  for (const input of template.inputs) {
    const suggests = variableSignal(input.name)
    if (suggests === null || seen.has(input.name)) continue
    seen.add(input.name)
    signals.push({ what: `input ${input.name}`, line: input.line ?? 1, suggests })
  }
  // Personal data in the text itself only matters when no variable already says so. A
  // suggestion needs one example, so only the first TEXT_SCANNED characters are read (the PII
  // detector itself reads every added line). Most lines can hold no PII at all (no digit, no
  // `@`): findPiiSkippingPlainLines leaves them out, with the same result as findPii.
  if (signals.length > 0) return signals
  const country = phoneRegion(region)
  let budget = TEXT_SCANNED
  for (const message of template.messages) {
    if (budget <= 0) break
    const text = headOf(message.text, budget)
    budget -= text.length
    const match = findPiiSkippingPlainLines(text, { defaultCountry: country }).find((m) => m.rule !== 'pii.functional-email')
    if (match === undefined) continue
    const offsetLine = text.slice(0, match.start).split('\n').length - 1
    const line = message.lines[offsetLine]?.line ?? message.startLine
    signals.push({ what: `${match.rule.replace('pii.', '').replace(/-/g, ' ')} in the text`, line, suggests: 'personal' })
    break
  }
  return signals
}

/** At most `max` characters of `text`, cut after a whole line where there is one. */
function headOf(text: string, max: number): string {
  if (text.length <= max) return text
  const lineEnd = text.lastIndexOf('\n', max)
  return text.slice(0, lineEnd > 0 ? lineEnd + 1 : max)
}
