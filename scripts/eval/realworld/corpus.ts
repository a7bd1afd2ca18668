// The real-world corpus (test/fixtures/realworld): public templates and commits referenced by
// repository, commit and git blob id. No third-party text is stored in this repository: the
// texts are read from local mirrors of the source repositories (see test/fixtures/README.md),
// through a `BlobReader` the caller supplies.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export type Split = 'dev' | 'test'

export interface Source {
  repo: string
  commit: string
  split: Split
  licence: string
}

export interface TemplateRef {
  id: string
  repo: string
  path: string
  /** Path the engine is shown, when the runtime accepts a name the default globs do not (gh models `*.yml`). */
  as?: string
  blob: string
  commit: string
}

export interface CommitFileRef {
  path: string
  oldPath?: string
  /** git's status letter: A, M, D, T. */
  status: string
  baseBlob: string
  headBlob: string
  as?: string
}

export interface CommitRef {
  id: string
  repo: string
  commit: string
  parent: string
  files: CommitFileRef[]
}

/** A reviewer's verdict on one high or critical finding. */
export interface Label {
  /** `<template or commit id>|<path>|<rule>|<line>` */
  key: string
  /** true: a real risk a reviewer should see at this level; false: a false alarm. */
  real: boolean
  note: string
}

export interface Corpus {
  sources: Source[]
  templates: TemplateRef[]
  commits: CommitRef[]
  labels: Label[]
}

const readJson = <T>(dir: string, name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T

export function loadCorpus(dir: string): Corpus {
  return {
    sources: readJson<Source[]>(dir, 'sources.json'),
    templates: readJson<TemplateRef[]>(dir, 'templates.json'),
    commits: readJson<CommitRef[]>(dir, 'commits.json'),
    labels: readJson<Label[]>(dir, 'labels.json'),
  }
}

/** Text of a blob of `repo`; null for the all-zero id (the side does not exist). */
export type BlobReader = (repo: string, blob: string) => string | null

export const NO_BLOB = /^0+$/
