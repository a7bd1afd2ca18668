// Built-in starting points for common data-protection regimes. NOT LEGAL ADVICE: each preset
// only fills in defaults (required provider guarantees, telemetry redaction, severity) that a
// team then reviews with its own privacy and legal counsel. Which hosts are allowed and who
// approves are never preset: they are the team's decision.
import type { Level } from '../types.js'

export interface PresetRequires {
  /** The provider asserts it does not train on inputs or outputs. */
  noTraining?: boolean
  /** The provider keeps inputs and outputs at most this many days (0: zero retention). */
  maxRetentionDays?: number
}

export interface Preset {
  description: string
  requires: PresetRequires
  redactTelemetry: boolean
  severity: Extract<Level, 'high' | 'critical'>
}

export const PRESET_NAMES = ['student-records', 'health', 'special-category', 'personal'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  'student-records': {
    description:
      'Education records about identifiable students: grades, attendance, assessments, support needs (regimes such as FERPA in the US or GDPR for pupils).',
    requires: { noTraining: true, maxRetentionDays: 30 },
    redactTelemetry: true,
    severity: 'critical',
  },
  health: {
    description:
      'Health data about identifiable people: symptoms, diagnoses, treatments, patient identifiers (regimes such as HIPAA PHI or GDPR health data).',
    requires: { noTraining: true, maxRetentionDays: 0 },
    redactTelemetry: true,
    severity: 'critical',
  },
  'special-category': {
    description:
      'Special-category personal data (GDPR Art. 9): racial or ethnic origin, political opinions, religious or philosophical beliefs, trade-union membership, genetic, biometric, health, sex life or sexual orientation.',
    requires: { noTraining: true, maxRetentionDays: 0 },
    redactTelemetry: true,
    severity: 'critical',
  },
  personal: {
    description: 'Personal data about identifiable people: names, contact details, identifiers.',
    requires: { noTraining: true },
    redactTelemetry: true,
    severity: 'high',
  },
}
