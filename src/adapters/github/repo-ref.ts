export interface RepoRef {
  owner: string
  repo: string
}

export function parseRepo(fullName: string): RepoRef {
  const [owner, repo, ...rest] = fullName.split('/')
  if (!owner || !repo || rest.length > 0) throw new Error(`invalid repository "${fullName}" (expected owner/name)`)
  return { owner, repo }
}
