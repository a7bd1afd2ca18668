// Every resolver table, keyed by GraphQL type name. Types not listed resolve from plain
// properties of their source objects (see resolver.ts).
import { botResolvers, organizationResolvers, queryOrganization, queryUser, queryViewer, teamResolvers, userResolvers } from './accounts.js'
import { checkRunResolvers, checkSuiteResolvers, commitCheckSuites } from './checks.js'
import { blobResolvers, commitResolvers, tagResolvers, treeEntryResolvers, treeResolvers } from './git-objects.js'
import { pullCommitResolvers, pullResolvers, reviewRequestResolvers, reviewResolvers } from './pulls.js'
import { refResolvers } from './refs.js'
import { queryRepository, repositoryResolvers } from './repository.js'
import type { ResolverMap, Resolvers } from './resolver.js'

const queryResolvers: Resolvers<unknown> = {
  repository: queryRepository,
  organization: queryOrganization,
  user: queryUser,
  viewer: queryViewer,
  rateLimit: (_root, _args, ctx) => ctx.rateLimit,
}

export const RESOLVERS: ResolverMap = {
  Query: queryResolvers,
  Repository: repositoryResolvers,
  Ref: refResolvers,
  Blob: blobResolvers,
  Tree: treeResolvers,
  TreeEntry: treeEntryResolvers,
  Commit: { ...commitResolvers, checkSuites: commitCheckSuites },
  Tag: tagResolvers,
  CheckSuite: checkSuiteResolvers,
  CheckRun: checkRunResolvers,
  PullRequest: pullResolvers,
  PullRequestReview: reviewResolvers,
  ReviewRequest: reviewRequestResolvers,
  PullRequestCommit: pullCommitResolvers,
  Organization: organizationResolvers,
  User: userResolvers,
  Bot: botResolvers,
  Team: teamResolvers,
}
