// Thin async wrapper over the `git` CLI for one repository. Every object the emulator serves
// or writes lives in this real repository, so clients see genuine SHAs, trees and diffs.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'

export const ZERO_SHA = '0000000000000000000000000000000000000000'
/** Git's well-known empty tree, the "parent" of a root commit when diffing. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

export interface GitPerson {
  readonly name: string
  readonly email: string
  /** ISO 8601 date */
  readonly date: string
}

export interface GitCommitObject {
  readonly sha: string
  readonly tree: string
  readonly parents: readonly string[]
  readonly author: GitPerson
  readonly committer: GitPerson
  readonly message: string
}

export interface TreeEntry {
  readonly mode: string
  readonly type: 'blob' | 'tree' | 'commit'
  readonly sha: string
  readonly path: string
  /** Blob size in bytes; undefined for trees and submodules. */
  readonly size?: number
}

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
  ) {
    super(message)
  }
}

export class Git {
  constructor(readonly dir: string) {}

  /** Runs git and returns stdout as a Buffer; rejects with stderr on non-zero exit. */
  run(args: readonly string[], options: { input?: Buffer | string; env?: Record<string, string> } = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['-C', this.dir, ...args], {
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...options.env },
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      })
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout?.on('data', (d: Buffer) => out.push(d))
      child.stderr?.on('data', (d: Buffer) => err.push(d))
      child.on('error', reject)
      child.on('close', (code) => {
        if (code === 0) resolve(Buffer.concat(out))
        else reject(new GitError(`git ${args.join(' ')}: ${Buffer.concat(err).toString('utf8').trim()}`, code))
      })
      if (child.stdin) {
        // git may exit before reading stdin (e.g. on a bad object); the exit code reports that.
        child.stdin.on('error', () => undefined)
        child.stdin.end(options.input)
      }
    })
  }

  async text(args: readonly string[], options?: { input?: Buffer | string; env?: Record<string, string> }): Promise<string> {
    return (await this.run(args, options)).toString('utf8')
  }

  /** Resolves a ref, branch or SHA to a commit SHA; undefined when it does not exist. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (ref.startsWith('-')) return undefined
    try {
      return (await this.text(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim()
    } catch {
      return undefined
    }
  }

  /** The object type of a SHA or `rev:path` expression, or undefined when missing. */
  async typeOf(spec: string): Promise<string | undefined> {
    if (spec.startsWith('-')) return undefined
    try {
      return (await this.text(['cat-file', '-t', spec])).trim()
    } catch {
      return undefined
    }
  }

  async revParse(spec: string): Promise<string> {
    return (await this.text(['rev-parse', '--verify', spec])).trim()
  }

  readBlob(sha: string): Promise<Buffer> {
    return this.run(['cat-file', 'blob', sha])
  }

  /** Commit objects never change: parsed once (pull requests with hundreds of commits list them often). */
  readonly #commits = new Map<string, Promise<GitCommitObject>>()

  readCommit(sha: string): Promise<GitCommitObject> {
    if (!/^[0-9a-f]{40}$/.test(sha)) return this.#readCommit(sha)
    let found = this.#commits.get(sha)
    if (!found) {
      found = this.#readCommit(sha)
      found.catch(() => this.#commits.delete(sha))
      if (this.#commits.size >= 20_000) this.#commits.clear()
      this.#commits.set(sha, found)
    }
    return found
  }

  async #readCommit(sha: string): Promise<GitCommitObject> {
    const raw = await this.text(['cat-file', 'commit', sha])
    const split = raw.indexOf('\n\n')
    const headers = raw.slice(0, split < 0 ? raw.length : split).split('\n')
    const message = split < 0 ? '' : raw.slice(split + 2)
    const field = (name: string) => headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1))
    return {
      sha,
      tree: field('tree')[0] ?? '',
      parents: field('parent'),
      author: parsePerson(field('author')[0] ?? ''),
      committer: parsePerson(field('committer')[0] ?? ''),
      message,
    }
  }

  /** Lists a tree; `recursive` descends into subtrees (and still lists the subtrees themselves). */
  async lsTree(treeish: string, recursive = false): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), treeish]
    const out = await this.text(args)
    return out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t')
        const [mode = '', type = '', sha = '', size = '-'] = line.slice(0, tab).split(/ +/)
        const entry = { mode, type: type as TreeEntry['type'], sha, path: line.slice(tab + 1) }
        return size === '-' ? entry : { ...entry, size: Number(size) }
      })
  }

  async writeBlob(content: Buffer): Promise<string> {
    return (await this.text(['hash-object', '-w', '--stdin'], { input: content })).trim()
  }

  /** Writes many blobs with one `git fast-import` (one process per blob is slow for 1000s of files). */
  async writeBlobs(contents: readonly Buffer[]): Promise<string[]> {
    if (contents.length === 0) return []
    const stream = contents.flatMap((c) => [Buffer.from(`blob\ndata ${c.length}\n`), c, Buffer.from('\n')])
    await this.run(['fast-import', '--quiet', '--done'], { input: Buffer.concat([...stream, Buffer.from('done\n')]) })
    return contents.map((c) => createHash('sha1').update(`blob ${c.length}\0`).update(c).digest('hex'))
  }

  /** Writes one tree level; entries' paths must be plain names. */
  async mktree(entries: readonly TreeEntry[]): Promise<string> {
    const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.path}\0`).join('')
    return (await this.text(['mktree', '-z'], { input })).trim()
  }

  async commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    author: GitPerson,
    committer: GitPerson,
  ): Promise<string> {
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: author.date,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: committer.date,
    }
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-']
    return (await this.text(args, { input: message, env })).trim()
  }

  /** Compare-and-swap: fails unless the ref currently points at `oldSha` (ZERO_SHA = must not exist). */
  async updateRef(ref: string, newSha: string, oldSha: string): Promise<boolean> {
    try {
      await this.run(['update-ref', ref, newSha, oldSha])
      return true
    } catch {
      return false
    }
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    try {
      await this.run(['merge-base', '--is-ancestor', ancestor, descendant])
      return true
    } catch {
      return false
    }
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return (await this.text(['merge-base', a, b])).trim()
    } catch {
      return undefined
    }
  }

  /** Commits reachable from `head` but not `base`, oldest first. */
  async revList(base: string, head: string): Promise<string[]> {
    const out = await this.text(['rev-list', '--reverse', `${base}..${head}`])
    return out.split('\n').filter(Boolean)
  }

  /** Full ref names (refs/heads/x) under a prefix, with their SHAs. */
  async listRefs(prefix: string): Promise<Array<{ ref: string; sha: string }>> {
    const out = await this.text(['for-each-ref', '--format=%(refname) %(objectname)', prefix])
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref = '', sha = ''] = line.split(' ')
        return { ref, sha }
      })
  }
}

function parsePerson(raw: string): GitPerson {
  // "Name <email> 1700000000 +0000"; GitHub reports dates in UTC.
  const lt = raw.lastIndexOf('<')
  const gt = raw.lastIndexOf('>')
  const seconds = Number(raw.slice(gt + 2).split(' ')[0] ?? '0')
  const date = new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
  return { name: raw.slice(0, Math.max(0, lt - 1)), email: raw.slice(lt + 1, gt), date }
}
