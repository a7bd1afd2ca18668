// Semantic checks of `dataClasses` the schema cannot express; path-keyed issues (the config
// parser adds each line). A class name used anywhere must be defined under `classes`.
import picomatch from 'picomatch'
import type { Config } from '../config/config.schema.js'
import type { Issue } from '../errors.js'
import { pathGlob } from './policy.js'

export function validateDataClasses(config: Config): Issue[] {
  const dc = config.dataClasses
  const issues: Issue[] = []
  const defined = new Set(Object.keys(dc.classes))
  const known = defined.size > 0 ? `defined: ${[...defined].join(', ')}` : 'no class is defined under dataClasses.classes'
  dc.assign.forEach((a, i) => {
    a.classes.forEach((name, j) => {
      if (!defined.has(name))
        issues.push({ at: `dataClasses.assign.${i}.classes.${j}`, message: `unknown data class "${name}" (${known})` })
    })
  })
  for (const [name, cls] of Object.entries(dc.classes)) {
    cls.allow?.forEach((entry, i) => {
      if (entry.provider === undefined && entry.host === undefined && entry.region === undefined) {
        issues.push({
          at: `dataClasses.classes.${name}.allow.${i}`,
          message: 'an allow entry must name a provider, a host or a region',
        })
      }
    })
  }
  dc.deployments.forEach((d, i) => {
    if (d.provider === undefined && d.host === undefined)
      issues.push({ at: `dataClasses.deployments.${i}`, message: 'a deployment must name a provider or a host' })
  })
  const globs: Array<[string, string]> = [
    ...dc.assign.map((a, i): [string, string] => [`dataClasses.assign.${i}.pattern`, pathGlob(a.pattern)]),
    ...dc.deployments.map((d, i): [string, string] => [`dataClasses.deployments.${i}.pattern`, pathGlob(d.pattern)]),
    ...dc.hosts.map((h, i): [string, string] => [`dataClasses.hosts.${i}.host`, h.host]),
  ]
  for (const [at, glob] of globs) {
    try {
      picomatch.makeRe(glob)
    } catch {
      issues.push({ at, message: `invalid glob: ${glob}` })
    }
  }
  return issues
}
