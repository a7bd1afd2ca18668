// ripsecrets' test files (MIT, Brian Smith) as a labelled secrets source (test split). Its test
// suite (src/lib.rs) states the labels: every line of a file under test/one_per_line/ holds one
// secret, every file under test/one_per_file/ holds one, and test/none holds none. A line or
// file is one sample; ripsecrets itself is not run.
import type { Draft, Tree } from './tree.js'

const PER_LINE = /^test\/one_per_line\/[^/]+$/
const PER_FILE = /^test\/one_per_file\/[^/]+$/

export function ripsecrets(tree: Tree): Draft[] {
  const out: Draft[] = []
  for (const path of tree.files().sort()) {
    const rule = path.slice(path.lastIndexOf('/') + 1).replace(/\..*$/, '')
    if (PER_LINE.test(path)) {
      tree
        .read(path)
        .split('\n')
        .forEach((line, i) => {
          if (line.trim() !== '') out.push({ path, at: `line:${i + 1}`, label: true, rule, value: line.trimEnd() })
        })
    } else if (PER_FILE.test(path)) {
      out.push({ path, at: 'file', label: true, rule })
    } else if (path === 'test/none') {
      out.push({ path, at: 'file', label: false, rule: 'none' })
    }
  }
  return out
}
