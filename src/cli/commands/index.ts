// The commands, as the dispatcher lists them. Each module is imported only when its command
// runs: the engine (and gpt-tokenizer's encodings) load for the commands that score, not for
// `--help`, `schema` or `owners`.
import type { CommandEntry } from '../io.js'

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'score',
    summary: 'risk report for the prompt changes between two git revisions',
    load: async () => (await import('./score.js')).scoreCommand,
  },
  {
    name: 'scan',
    summary: 'risk report on files, as if every line were new',
    load: async () => (await import('./scan.js')).scanCommand,
  },
  {
    name: 'owners',
    summary: 'owners of paths: CODEOWNERS (GitHub semantics) plus promptops.yml',
    load: async () => (await import('./owners.js')).ownersCommand,
  },
  {
    name: 'route',
    summary: 'the approval decision: tier, required reviewers, what is missing and why',
    load: async () => (await import('./route.js')).routeCommand,
  },
  {
    name: 'redact',
    summary: 'stdin → stdout filter masking PII and secrets in memories, traces, telemetry',
    load: async () => (await import('./redact.js')).redactCommand,
  },
  {
    name: 'audit',
    summary: 'append-only, tamper-evident audit branch: record, verify, export, show, reconcile',
    load: async () => (await import('./audit.js')).auditCommand,
  },
  {
    name: 'report',
    summary: 'review-SLA, per-template metrics and data-class register reports',
    load: async () => (await import('./report.js')).reportCommand,
  },
  {
    name: 'sla',
    summary: 'remind and escalate overdue reviews (run on a schedule)',
    load: async () => (await import('./sla.js')).slaCommand,
  },
  {
    name: 'migrate',
    summary: 'check or run a memory-schema compatibility adapter',
    load: async () => (await import('./migrate.js')).migrateCommand,
  },
  {
    name: 'validate',
    summary: 'check promptops.yml and CODEOWNERS, with file:line errors',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'doctor',
    summary: 'setup check: config, CODEOWNERS, owners, branch protection requiring promptops/approval',
    load: async () => (await import('./doctor.js')).doctorCommand,
  },
  {
    name: 'schema',
    summary: 'print the JSON Schema of promptops.yml',
    load: async () => (await import('./schema.js')).schemaCommand,
  },
]
